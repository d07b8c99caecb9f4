// The X adapter on pages in the markup of x.com seen logged out (test/fixtures/x/*-logged-out.html, hand-written after
// the saved pages in the Control Panel for Twitter examples, 2025-11): a status page and a profile.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { pageMeta } from '../../../../src/sites/page-meta.ts';
import { parsePage } from '../../../../src/sites/parse-page.ts';
import { xAdapter } from '../../../../src/sites/x/x-adapter.ts';
import { FIXTURE_FILES, fixtureDocument, parsedPosts } from './x-fixtures.ts';

const FOCAL = '1991700000000000101';
const QUOTED = '1991600000000000077';

describe('a status page seen logged out', () => {
  const doc = () => fixtureDocument('ownLoggedOutStatus');

  it('takes its URL from the oEmbed link (the page has no canonical link)', () => {
    const meta = pageMeta(doc(), readFileSync(FIXTURE_FILES.ownLoggedOutStatus, 'utf8'));
    expect(meta).toEqual({ url: `https://x.com/tidewatch_lena/status/${FOCAL}` });
  });

  it.each([
    ['its URL', new URL(`https://x.com/tidewatch_lena/status/${FOCAL}`)],
    ['nothing', new URL('https://x.com/')],
  ])("reads the one post, with the quoted id from the quote's photo link (page URL from %s)", (_what, pageUrl) => {
    expect(parsePage(xAdapter, doc(), pageUrl)).toEqual([
      {
        id: FOCAL,
        author: { handle: 'tidewatch_lena', displayName: 'Lena Tidewatch', verified: true, defaultAvatar: false },
        // The quoted post's text, time and link (a plain span there, not an <a>) stay out.
        text: 'Look at this.',
        createdAt: '2025-11-20T20:59:02.000Z',
        quotes: QUOTED,
        // "809 Views" is only in the group label; "0 reposts" is a count.
        metrics: { replies: 1, reposts: 0, likes: 4, views: 809 },
      },
    ]);
  });

  it("without a time link or analytics link, takes the id from the post's own photo link, never from the quote's", () => {
    const [article] = xAdapter.findPostElements(doc());
    if (article === undefined) throw new Error('fixture changed: no post');
    const copy = article.cloneNode(true) as Element;
    for (const time of copy.querySelectorAll('time')) time.closest('a')?.remove();
    const post = xAdapter.parsePost(copy, new URL('https://x.com/'));
    expect(post).toMatchObject({ id: FOCAL, author: { handle: 'tidewatch_lena' }, quotes: QUOTED });
    expect(post?.createdAt).toBeUndefined();
    // With its own photo link gone too, only the quoted post's link is left: that is not this post's id.
    copy.querySelector(`a[href$="/status/${FOCAL}/photo/1"]`)?.remove();
    expect(xAdapter.parsePost(copy, new URL('https://x.com/'))).toBeNull();
  });
});

describe('a profile seen logged out', () => {
  const PROFILE = new URL('https://x.com/quayside_otto');
  const posts = () => parsePage(xAdapter, fixtureDocument('ownLoggedOutProfile'), PROFILE);

  it("finds the five posts in page order, all by the profile's owner, none answering another", () => {
    expect(posts().map((p) => [p.id, p.author.handle, p.replyTo])).toEqual([
      ['1985100000000000201', 'quayside_otto', undefined],
      ['1456900000000000202', 'quayside_otto', undefined],
      ['1982100000000000203', 'quayside_otto', undefined],
      ['1748800000000000204', 'quayside_otto', undefined],
      ['1929300000000000205', 'quayside_otto', undefined],
    ]);
    expect(xAdapter.groupThreads(parsedPosts(fixtureDocument('ownLoggedOutProfile'), PROFILE), PROFILE)).toHaveLength(5);
  });

  it("keeps the bio's links out of the posts and reads a card's t.co link as it is", () => {
    const all = posts().flatMap((p) => p.links ?? []);
    expect(all).not.toContain('https://t.co/Pr0f1leA1');
    expect(all).not.toContain('https://quayside.example.net/about/');
    expect(posts()[0]).toMatchObject({ text: 'New write-up on why the morning crossing moved.', links: ['https://t.co/Crd9ferry1'] });
  });

  it('reads an old post whose analytics link has no count: no views', () => {
    expect(posts()[1]).toMatchObject({
      createdAt: '2021-11-06T14:48:45.000Z',
      text: 'Fog signal test at noon today.\n\nIf you hear three long blasts, that is us.',
      metrics: { replies: 163, reposts: 739, likes: 2939 },
    });
    expect(posts()[1]?.metrics?.views).toBeUndefined();
  });

  it('reads a post quoting one that links nowhere: no quoted id, only its own link', () => {
    const post = posts()[2];
    expect(post?.quotes).toBeUndefined();
    expect(post?.text).toBe('They did. It stopped in 2016.\n\nhttps://en.wikipedia.org/wiki/Night_Ferry#History');
    expect(post?.links).toEqual(['https://en.wikipedia.org/wiki/Night_Ferry#History']);
    expect(post?.text).not.toContain('night ferry');
  });

  it('reads a mention wrapped in a div, a plain "@name" and a link shown in full, as X shows them', () => {
    expect(posts()[3]).toMatchObject({
      text: 'Danke an @hafenamt\nfür die neuen Tafeln.  \n\nDie Abfahrten gibt es jetzt auch hier:  \n\nhttps://abfahrten.example.at \n\ncc @lotsendienst',
      links: ['https://abfahrten.example.at/'],
    });
  });

  it('reads an emoji image in the text, and a video post as a post (its player sits in a placementTracking box)', () => {
    expect(posts()[4]).toMatchObject({
      text: 'A short film of the new pilot boat:\n\n- 14 knots\n- two engines\n\nMore below. 🧵',
      metrics: { replies: 29, reposts: 98, likes: 993, views: 219482 },
    });
  });
});
