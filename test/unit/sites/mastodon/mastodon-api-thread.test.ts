import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlAnchors, htmlToText } from '../../../../src/sites/html-to-text.ts';
import { importMastodonThread } from '../../../../src/sites/mastodon/mastodon-api-thread.ts';
import type { Thread } from '../../../../src/shared/thread.ts';
import { importedThread, sharedFixture, sharedFixturesMissing, skipNote } from '../api-test-helpers.ts';

const imported = (answer: unknown): Thread => importedThread(importMastodonThread(answer));

describe('htmlToText', () => {
  it('turns paragraphs and breaks into newlines and decodes entities after stripping tags', () => {
    expect(htmlToText('<p>One &amp; two</p><p>three<br>four<br/>five</p>')).toBe('One & two\n\nthree\nfour\nfive');
    expect(htmlToText('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>')).toBe('<script>alert(1)</script>');
    expect(htmlToText('<p>a<script>alert(1)</script><style>p{}</style>b</p>')).toBe('ab');
    expect(htmlToText('<a title="x>y" href="/">link</a> &#39;q&#39; &#x1F600; &bogus; &#0;')).toBe("link 'q' 😀 &bogus; \ufffd");
  });

  it('keeps the hidden parts of shortened link text, so URLs come out whole', () => {
    const html =
      '<a href="https://github.com/a/b"><span class="invisible">https://</span><span class="ellipsis">github.com/a</span><span class="invisible">/b</span></a>';
    expect(htmlToText(html)).toBe('https://github.com/a/b');
  });

  it('lists anchors with their classes', () => {
    expect(htmlAnchors('<a href="https://m.s/tags/x" class="mention hashtag">#x</a> <a href=\'https://e.x/?a=1&amp;b=2\'>e</a>')).toEqual([
      { href: 'https://m.s/tags/x', classes: ['mention', 'hashtag'] },
      { href: 'https://e.x/?a=1&b=2', classes: [] },
    ]);
    expect(decodeEntities('&quot;&apos;&nbsp;')).toBe('"\'\u00a0');
  });
});

describe.skipIf(sharedFixturesMissing)(`importMastodonThread on a real /context answer${skipNote}`, () => {
  const thread = (): Thread => imported(sharedFixture('mastodon-api/status-context-59-replies.json'));

  it('makes one post per status, in the answer order', () => {
    const t = thread();
    expect(t.site).toBe('mastodon');
    expect(t.url).toBeUndefined();
    expect(t.posts).toHaveLength(59);
    expect(t.posts.filter((p) => p.replyTo === '109294719267373593')).toHaveLength(43);
  });

  it('carries a status exactly: plain text, outbound links only, hashtags, author fields', () => {
    expect(thread().posts[0]).toEqual({
      id: '109294767623508949',
      author: {
        handle: 'austinkocher',
        displayName: 'Austin Kocher, PhD 🌎',
        defaultAvatar: false,
        createdAt: '2022-10-28T00:00:00.000Z',
        followers: 12193,
        following: 522,
      },
      text:
        'The best way to keep this development going and to get features added is to support the team. I #SupportMastodon at $10 a month, ' +
        'but you can choose less or more. See my post below with link to #Patreon. @Gargron @Mastodon  \n\nhttps://mastodon.social/@austinkocher/109268468019840972',
      createdAt: '2022-11-06T03:36:44.808Z',
      replyTo: '109294719267373593',
      links: ['https://mastodon.social/@austinkocher/109268468019840972'],
      hashtags: ['supportmastodon', 'patreon'],
      metrics: { replies: 0, reposts: 18, likes: 23 },
    });
  });

  it('marks the account with the default picture', () => {
    const t = thread();
    expect(t.posts.filter((p) => p.author.defaultAvatar).map((p) => p.author.handle)).toEqual(['Benji_CH@data-folks.masto.host']);
    expect(t.posts.find((p) => p.id === '109296600638577574')?.links).toEqual(['https://cztwitter.cz']);
  });
});

const status = (id: string, extra: object = {}, account: object = {}): object => ({
  id,
  created_at: '2025-01-01T10:00:00.000Z',
  in_reply_to_id: null,
  content: `<p>status ${id}</p>`,
  account: { acct: `user${id}`, display_name: '', avatar: 'https://i/a.png', bot: false, followers_count: 3, following_count: 4, ...account },
  tags: [],
  replies_count: 1,
  reblogs_count: 0,
  favourites_count: 2,
  ...extra,
});

describe('importMastodonThread on hand-written answers', () => {
  it('puts ancestors, the status and descendants in order, and labels bots and sensitive posts', () => {
    const t = imported({
      status: status('2', { in_reply_to_id: '1', url: 'https://example.social/@user2/2', sensitive: true }),
      context: {
        ancestors: [status('1')],
        descendants: [status('3', { in_reply_to_id: '2' }, { bot: true, avatar: 'https://x/avatars/original/missing.png' }), status('2')],
      },
    });
    expect(t.url).toBe('https://example.social/@user2/2');
    expect(t.posts.map((p) => p.id)).toEqual(['1', '2', '3']);
    expect(t.posts[1]?.platformLabels).toEqual(['sensitive-content']);
    expect(t.posts[2]).toMatchObject({ replyTo: '2', platformLabels: ['automated'], author: { defaultAvatar: true } });
  });

  it('reads quotes and tolerates missing fields and numeric ids', () => {
    const t = imported({
      ancestors: [],
      descendants: [{ id: 7, account: { username: 'bare' } }, status('8', { quote: { state: 'accepted', quoted_status: { id: '99' } } })],
    });
    expect(t.posts[0]).toEqual({ id: '7', author: { handle: 'bare' }, text: '' });
    expect(t.posts[1]?.quotes).toBe('99');
  });

  it('refuses what is not a Mastodon answer', () => {
    expect(importMastodonThread({ statuses: [] }).ok).toBe(false);
    expect(importMastodonThread({ status: 'x', context: { ancestors: [], descendants: [] } })).toEqual({
      ok: false,
      error: '"status" must be a status object',
    });
    expect(importMastodonThread({ ancestors: [], descendants: [{ content: 'no id' }] })).toEqual({ ok: false, error: 'status 0 has no id or no account' });
  });
});
