import { describe, expect, it } from 'vitest';
import { evidenceFileName } from '../../../src/ui/overlay/evidence-actions.tsx';
import { evidenceOf } from '../evidence/evidence-fixtures.ts';

describe('evidenceFileName', () => {
  it('names the site, the root post and the time, with nothing a file system refuses', async () => {
    const evidence = await evidenceOf({ site: 'x', posts: [{ id: '1790000000000000000', author: { handle: 'a' }, text: 'hi' }] });
    expect(evidenceFileName(evidence)).toBe('threadlens-evidence-x-1790000000000000000-20260101T000000Z');
  });

  it('keeps hostile ids and sites out of the path', async () => {
    const evidence = await evidenceOf({
      site: '../../etc',
      posts: [{ id: 'at://did:plc:x/app.bsky.feed.post/../../passwd', author: { handle: 'a' }, text: 'hi' }],
    });
    expect(evidenceFileName(evidence)).toMatch(/^threadlens-evidence-[\w-]+$/);
  });
});
