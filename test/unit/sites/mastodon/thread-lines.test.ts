// The rule that turns Mastodon's thread lines into a parent (src/sites/mastodon/thread-lines.ts), on its own.
import { describe, expect, it } from 'vitest';
import { threadLineParent } from '../../../../src/sites/mastodon/thread-lines.ts';

describe('threadLineParent', () => {
  it('names the status drawn before as the parent of one joined to it by a line and not first in thread', () => {
    expect(threadLineParent('d', { line: true, firstInThread: false, idBefore: 'c' })).toBe('c');
  });

  it('names nothing without a line, when first in thread, with no status before it, or with itself before it', () => {
    expect(threadLineParent('d', { line: false, firstInThread: false, idBefore: 'c' })).toBeUndefined();
    expect(threadLineParent('d', { line: true, firstInThread: true, idBefore: 'c' })).toBeUndefined();
    expect(threadLineParent('d', { line: true, firstInThread: false, idBefore: undefined })).toBeUndefined();
    expect(threadLineParent('d', { line: true, firstInThread: false, idBefore: 'd' })).toBeUndefined();
  });
});
