// The rule that turns Mastodon's thread lines into parents (src/sites/mastodon/thread-lines.ts), on its own.
import { describe, expect, it } from 'vitest';
import { parentsFromThreadLines } from '../../../../src/sites/mastodon/thread-lines.ts';
import type { ThreadLineItem } from '../../../../src/sites/mastodon/thread-lines.ts';

const item = (id: string | undefined, line: boolean, firstInThread = false): ThreadLineItem => ({ id, line, firstInThread });

describe('parentsFromThreadLines', () => {
  it('names the status drawn before as the parent of one joined to it by a line and not first in thread', () => {
    const parents = parentsFromThreadLines([item('c', true), item('d', true), item('e', true), item('f', true, true)]);
    expect([...parents]).toEqual([
      ['d', 'c'],
      ['e', 'd'],
    ]);
  });

  it('names nothing without lines, for the first descendant, after a filtered status, or for a status drawn twice', () => {
    expect(parentsFromThreadLines([])).toEqual(new Map());
    expect(parentsFromThreadLines([item('c', false), item('d', false)])).toEqual(new Map());
    expect(parentsFromThreadLines([item('c', true)])).toEqual(new Map());
    expect(parentsFromThreadLines([item('c', false), item(undefined, false), item('e', true)])).toEqual(new Map());
    expect(parentsFromThreadLines([item('c', false), item('c', true), item(undefined, true)])).toEqual(new Map());
  });
});
