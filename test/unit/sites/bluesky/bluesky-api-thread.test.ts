import { describe, expect, it } from 'vitest';
import { importBlueskyThread } from '../../../../src/sites/bluesky/bluesky-api-thread.ts';
import type { Thread } from '../../../../src/shared/thread.ts';
import { importedThread, sharedFixture, sharedFixturesMissing, skipNote } from '../api-test-helpers.ts';

const ROOT = 'at://did:plc:ebczxy5kirxbwzoippkbb2jf/app.bsky.feed.post/3me2bgtq4es2d';

const imported = (answer: unknown): Thread => importedThread(importBlueskyThread(answer));

describe.skipIf(sharedFixturesMissing)(`importBlueskyThread on a real getPostThread answer${skipNote}`, () => {
  const thread = (): Thread => imported(sharedFixture('bluesky-api/get-post-thread-letterboxd.json'));

  it('makes one post per post in the answer, root first', () => {
    const t = thread();
    expect(t.site).toBe('bluesky');
    expect(t.url).toBe('https://bsky.app/profile/letterboxd.social/post/3me2bgtq4es2d');
    expect(t.posts).toHaveLength(16);
    expect(t.posts.filter((p) => p.replyTo === ROOT)).toHaveLength(15);
  });

  it('carries the root post exactly', () => {
    expect(thread().posts[0]).toEqual({
      id: ROOT,
      author: { handle: 'letterboxd.social', displayName: 'Letterboxd', verified: true, defaultAvatar: false, createdAt: '2024-11-27T02:08:00.545Z' },
      text: 'what’s your favorite muppet movie? 🌈\u00a0🐸\u00a0🐷',
      createdAt: '2026-02-04T16:14:26.493Z',
      metrics: { replies: 15, reposts: 23, likes: 183 },
    });
  });

  it('takes links from facets and from external embeds (GIFs)', () => {
    const t = thread();
    expect(t.posts.find((p) => p.id.endsWith('3me2bgus2cs2d'))?.links).toEqual(['https://boxd.it/1UrS']);
    expect(t.posts.filter((p) => p.links?.some((l) => l.startsWith('https://media.tenor.com/')))).toHaveLength(8);
    const gif = t.posts.find((p) => p.id.endsWith('3me2j26eg2c2j'));
    expect(gif).toMatchObject({ text: '', author: { handle: 'halcyonfeature.bsky.social', displayName: 'bill' }, metrics: { likes: 2 } });
  });

  it('keeps account-level visibility preferences out of the platform labels', () => {
    expect(thread().posts.some((p) => p.platformLabels !== undefined)).toBe(false);
  });
});

const author = (handle: string, extra: object = {}): object => ({ did: `did:plc:${handle}`, handle, avatar: 'https://cdn/a.jpg', ...extra });
const view = (rkey: string, handle: string, text: string, extra: object = {}, record: object = {}): object => ({
  uri: `at://did:plc:${handle}/app.bsky.feed.post/${rkey}`,
  author: author(handle),
  record: { $type: 'app.bsky.feed.post', text, createdAt: '2025-01-01T10:00:00.000Z', ...record },
  replyCount: 0,
  likeCount: 1,
  ...extra,
});

describe('importBlueskyThread on hand-written answers', () => {
  it('puts the parent chain first, top down, and skips deleted and blocked replies', () => {
    const answer = {
      thread: {
        $type: 'app.bsky.feed.defs#threadViewPost',
        post: view('c', 'carol', 'anchor', {}, { reply: { parent: { uri: 'at://did:plc:bob/app.bsky.feed.post/b' } } }),
        parent: {
          $type: 'app.bsky.feed.defs#threadViewPost',
          post: view('b', 'bob', 'middle'),
          parent: { $type: 'app.bsky.feed.defs#threadViewPost', post: view('a', 'alice', 'top') },
        },
        replies: [
          { $type: 'app.bsky.feed.defs#notFoundPost', uri: 'at://gone', notFound: true },
          { $type: 'app.bsky.feed.defs#blockedPost', uri: 'at://blocked', blocked: true, author: { did: 'did:plc:x' } },
          {
            $type: 'app.bsky.feed.defs#threadViewPost',
            post: view('d', 'dave', 'first reply'),
            replies: [{ $type: 'app.bsky.feed.defs#threadViewPost', post: view('e', 'erin', 'nested') }],
          },
          { $type: 'app.bsky.feed.defs#threadViewPost', post: view('f', 'frank', 'second reply') },
        ],
      },
    };
    const t = imported(answer);
    expect(t.posts.map((p) => p.text)).toEqual(['top', 'middle', 'anchor', 'first reply', 'nested', 'second reply']);
    expect(t.posts[2]?.replyTo).toBe('at://did:plc:bob/app.bsky.feed.post/b');
    expect(t.url).toBe('https://bsky.app/profile/carol/post/c');
  });

  it('reads hashtags, quotes, labels, default avatars and missing fields', () => {
    const post = view(
      'q',
      'quoter',
      'look #Vote #vote',
      { labels: [{ val: 'porn' }, { val: 'spam' }], replyCount: -1 },
      {
        facets: [
          {
            features: [
              { $type: 'app.bsky.richtext.facet#tag', tag: 'Vote' },
              { $type: 'app.bsky.richtext.facet#link', uri: 'https://a.example/x' },
            ],
          },
        ],
        tags: ['extra'],
        embed: {
          $type: 'app.bsky.embed.recordWithMedia',
          record: { record: { uri: 'at://quoted' } },
          media: { $type: 'app.bsky.embed.external', external: { uri: 'https://b.example' } },
        },
      },
    );
    const bare = { uri: 'at://did:plc:z/app.bsky.feed.post/z', author: { handle: 'noavatar', displayName: '  ' }, record: {} };
    const t = imported({ thread: { post, replies: [{ post: bare }] } });
    expect(t.posts[0]).toMatchObject({
      hashtags: ['Vote', 'extra'],
      links: ['https://a.example/x', 'https://b.example'],
      quotes: 'at://quoted',
      platformLabels: ['sensitive-content', 'spam'],
      metrics: { likes: 1 },
    });
    expect(t.posts[1]).toEqual({ id: 'at://did:plc:z/app.bsky.feed.post/z', author: { handle: 'noavatar', defaultAvatar: true }, text: '' });
  });

  it('refuses what is not a getPostThread answer, or a thread whose own post is gone', () => {
    expect(importBlueskyThread([])).toEqual({ ok: false, error: 'not an app.bsky.feed.getPostThread answer (no "thread" object)' });
    expect(importBlueskyThread({ thread: { $type: 'app.bsky.feed.defs#notFoundPost', uri: 'at://x', notFound: true } })).toEqual({
      ok: false,
      error: "the thread's own post is deleted or not found",
    });
    expect(importBlueskyThread({ thread: { post: { uri: 'at://x', author: {}, record: {} } } })).toEqual({
      ok: false,
      error: 'post 0 has no uri or no author handle',
    });
  });

  it('walks a very deep reply chain without recursion', () => {
    let node: Record<string, unknown> = { post: view('leaf', 'x', 'leaf') };
    for (let i = 0; i < 5000; i++) node = { post: view(`n${i}`, `u${i}`, `level ${i}`), replies: [node] };
    expect(imported({ thread: node }).posts).toHaveLength(5001);
  });
});
