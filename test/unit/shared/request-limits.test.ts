import { describe, expect, it } from 'vitest';
import { MAX_TEXT_CHARS, withinTextLimit } from '../../../src/shared/request-limits.ts';

describe('withinTextLimit', () => {
  it('cuts only the texts over the limit, and gives the same thread back when none is', () => {
    const thread = { site: 'x', posts: [{ id: '1', text: 'short' }] };
    expect(withinTextLimit(thread)).toBe(thread);
    const long = {
      site: 'reddit',
      posts: [
        { id: '1', text: 'a'.repeat(MAX_TEXT_CHARS + 5) },
        { id: '2', text: 'b' },
      ],
    };
    const cut = withinTextLimit(long);
    expect(cut.posts.map((p) => p.text.length)).toEqual([MAX_TEXT_CHARS, 1]);
    expect(long.posts[0]?.text.length).toBe(MAX_TEXT_CHARS + 5);
  });
});
