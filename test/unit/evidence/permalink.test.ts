import { describe, expect, it } from 'vitest';
import { permalink } from '../../../src/evidence/permalink.ts';
import type { Post, Thread } from '../../../src/shared/thread.ts';

const post = (id: string, handle = 'someone', replyTo?: string): Post => ({ id, author: { handle }, text: 'text', ...(replyTo ? { replyTo } : {}) });

describe('permalink', () => {
  it('X: the status address', () => {
    const t: Thread = { site: 'x', posts: [post('123', '@Bob')] };
    expect(permalink(t, post('123', '@Bob'))).toBe('https://x.com/Bob/status/123');
  });

  it('Bluesky: from the at:// uri', () => {
    const p = post('at://did:plc:abc/app.bsky.feed.post/3k2', 'alice.bsky.social');
    expect(permalink({ site: 'bluesky', posts: [p] }, p)).toBe('https://bsky.app/profile/did:plc:abc/post/3k2');
  });

  it('Mastodon: only with the page the thread was read on', () => {
    const p = post('1099', 'carol@example.org');
    expect(permalink({ site: 'mastodon', url: 'https://mastodon.social/@dan/1000', posts: [p] }, p)).toBe('https://mastodon.social/@carol@example.org/1099');
    expect(permalink({ site: 'mastodon', posts: [p] }, p)).toBeNull();
  });

  describe('Reddit: under the submission', () => {
    const root = post('t3_abc12');
    const comment = post('t1_def34', 'erin', 't3_abc12');
    const thread = (url?: string): Thread => ({ site: 'reddit', ...(url ? { url } : {}), posts: [root, comment] });

    it('keeps the page address and its title slug', () => {
      const t = thread('https://www.reddit.com/r/news/comments/abc12/some_title/?sort=new');
      expect(permalink(t, root)).toBe('https://www.reddit.com/r/news/comments/abc12/');
      expect(permalink(t, comment)).toBe('https://www.reddit.com/r/news/comments/abc12/some_title/def34/');
      expect(permalink(thread('https://old.reddit.com/r/news/comments/abc12/'), comment)).toBe('https://old.reddit.com/r/news/comments/abc12/_/def34/');
    });

    it('without a page address, or with another page, from the ids alone', () => {
      expect(permalink(thread(), comment)).toBe('https://www.reddit.com/comments/abc12/_/def34/');
      expect(permalink(thread('https://www.reddit.com/r/news/comments/zzz99/other/'), comment)).toBe('https://www.reddit.com/comments/abc12/_/def34/');
    });

    it('none for an id that is not a fullname, or without the submission', () => {
      expect(permalink(thread(), post('weird'))).toBeNull();
      expect(permalink({ site: 'reddit', posts: [comment] }, comment)).toBeNull();
    });
  });

  it('an unknown site: none', () => {
    const p = post('1');
    expect(permalink({ site: 'elsewhere', posts: [p] }, p)).toBeNull();
  });
});
