// The X adapter on our own pages in X's markup (test/fixtures/x): a status page with ancestors, a Community Note and
// a "Discover more" section; a profile with a pinned post and a self-thread; a home timeline with a repost, a quote
// and a sensitive-media warning.
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../../src/sites/parse-page.ts';
import type { ParsedPost } from '../../../../src/sites/site-adapter.ts';
import { xAdapter } from '../../../../src/sites/x/x-adapter.ts';
import type { XFixture } from '../../../../src/sites/x/selectors.ts';
import { fixtureDocument, parsedPosts } from './x-fixtures.ts';

const STATUS_URL = new URL('https://x.com/portauthority_gov/status/1991109699302326285');
const UNKNOWN_PAGE = new URL('https://x.com/');

function parsed(fixture: XFixture, pageUrl: URL): ParsedPost[] {
  return parsedPosts(fixtureDocument(fixture), pageUrl);
}

describe('a status page', () => {
  const ANCESTOR_1 = '1991054502261686283';
  const ANCESTOR_2 = '1991072718123958284';
  const FOCAL = '1991109699302326285';
  const NOTED = '1991113839080374286';
  const DEFAULT_AVATAR = '1991115030262710287';
  const ANSWER = '1991119451059126288';
  const THANKS = '1991136878392246289';
  const UNRELATED = '1990827338757046290';

  it.each([
    ['from its URL', STATUS_URL],
    ['from its markup when the URL says nothing', UNKNOWN_PAGE],
  ])('chains ancestors to the focal post and hangs the replies under it (focal post %s)', (_how, pageUrl) => {
    const posts = parsePage(xAdapter, fixtureDocument('ownStatus'), pageUrl);
    expect(posts.map((p) => [p.id, p.replyTo])).toEqual([
      [ANCESTOR_1, undefined],
      [ANCESTOR_2, ANCESTOR_1],
      [FOCAL, ANCESTOR_2],
      [NOTED, FOCAL],
      [DEFAULT_AVATAR, FOCAL],
      [ANSWER, DEFAULT_AVATAR],
      [THANKS, FOCAL],
      [UNRELATED, undefined],
    ]);
  });

  it('makes one thread of the conversation, keyed by its root, and leaves "Discover more" posts out of it', () => {
    const groups = xAdapter.groupThreads(parsed('ownStatus', STATUS_URL), STATUS_URL);
    expect(groups.map((g) => [g.key, g.thread.posts.length])).toEqual([
      [ANCESTOR_1, 7],
      [UNRELATED, 1],
    ]);
    expect(groups[0]?.thread.url).toBe(STATUS_URL.href);
    expect(groups[0]?.elements.size).toBe(7);
  });

  it('reads the focal post: verified, link expanded from its t.co text, hashtags, views from the group label', () => {
    const focal = parsePage(xAdapter, fixtureDocument('ownStatus'), STATUS_URL)[2];
    expect(focal).toEqual({
      id: FOCAL,
      author: { handle: 'portauthority_gov', displayName: 'Port Authority', verified: true, defaultAvatar: false },
      text: 'We moved the 7:10 crossing to 6:50 because of tide windows this winter; it is not gone. Details and the full timetable: https://portauthority.example.gov/ferries/winter-2025-timetable #FerryUpdate #Winter2025',
      createdAt: '2025-11-19T11:42:00.000Z',
      replyTo: ANCESTOR_2,
      // The card repeats the text's t.co link: one link, in its expanded form.
      links: ['https://portauthority.example.gov/ferries/winter-2025-timetable'],
      hashtags: ['FerryUpdate', 'Winter2025'],
      metrics: { replies: 214, reposts: 87, likes: 1206, views: 48213 },
    });
  });

  it("labels the reply with a Community Note, and no other post; the note's own link is not the post's", () => {
    const posts = parsePage(xAdapter, fixtureDocument('ownStatus'), STATUS_URL);
    expect(posts.filter((p) => p.platformLabels !== undefined).map((p) => [p.id, p.platformLabels])).toEqual([[NOTED, ['community-note']]]);
    expect(posts[3]?.links).toBeUndefined();
  });

  it("sees X's default picture through a saved page's renamed image file", () => {
    const posts = parsePage(xAdapter, fixtureDocument('ownStatus'), STATUS_URL);
    expect(posts[4]?.author).toEqual({ handle: 'daniel39104458', displayName: 'Daniel', verified: false, defaultAvatar: true });
    expect(posts.filter((p) => p.author.defaultAvatar === true)).toHaveLength(1);
  });

  it('keeps mentions, emoji and a non-English text as written', () => {
    const posts = parsePage(xAdapter, fixtureDocument('ownStatus'), STATUS_URL);
    expect(posts[1]?.text).toBe('@harbourwatch That was the only crossing that gets commuters in before 8. Has anyone asked why?');
    expect(posts[6]?.text).toBe('Obrigada pela explicação 🙏 I will take the 6:50 then.');
    expect(posts[5]?.links).toEqual(['https://tides.example.org/stations/harbour-north']);
  });
});

describe('a profile page', () => {
  const PROFILE = new URL('https://x.com/lena_k_writes');

  it('keeps the pinned post on its own and joins the self-thread 1/3 -> 2/3 -> 3/3', () => {
    const groups = xAdapter.groupThreads(parsed('ownProfile', PROFILE), PROFILE);
    expect(groups.map((g) => g.thread.posts.map((p) => [p.id, p.replyTo]))).toEqual([
      [['1962780027909046293', undefined]],
      [
        ['1991431318533046294', undefined],
        ['1991431612134326295', '1991431318533046294'],
        ['1991431947678646296', '1991431612134326295'],
      ],
      [['1991237541688246297', undefined]],
    ]);
  });

  it('reads the pinned post without its "Show more", and the repost as the original with its card link', () => {
    const posts = parsePage(xAdapter, fixtureDocument('ownProfile'), PROFILE);
    expect(posts[0]?.text).toBe(
      'My novel is out today. Ten years, three drafts, one very patient editor. Thank you all for reading along the way. 📚\n\nIt started as a short story about a lighthouse keeper who stops answering letters, and it kept growing until',
    );
    expect(posts[0]?.createdAt).toBe('2025-09-02T07:30:00.000Z');
    expect(posts[4]).toMatchObject({
      id: '1991237541688246297',
      author: { handle: 'tomasz_reads', displayName: 'Tomasz Wójcik', verified: false },
      text: "Finished Lena's novel on the train. The letters chapter wrecked me. Review here:",
      // A card gives only its t.co address.
      links: ['https://t.co/rV7wQ2xY'],
    });
    expect(posts[3]?.hashtags).toEqual(['amwriting']);
  });
});

describe('a home timeline', () => {
  const HOME = new URL('https://x.com/home');

  it('reads a repost, a quote, a warned post and a reply joined to it', () => {
    const posts = parsePage(xAdapter, fixtureDocument('ownTimeline'), HOME);
    expect(posts.map((p) => [p.author.handle, p.id, p.replyTo])).toEqual([
      ['bob_builds', '1991492974801846303', undefined],
      ['carol_data', '1991516882334646304', undefined],
      ['erin_fieldnotes', '1991479133598646306', undefined],
      ['frank_ops', '1991484418421686307', '1991479133598646306'],
    ]);
    expect(posts[0]?.links).toEqual(['https://github.com/example-org/sensor-firmware']);
  });

  it("keeps the quoted post's author, check mark, text and time out of the quoting post", () => {
    const carol = parsePage(xAdapter, fixtureDocument('ownTimeline'), HOME)[1];
    expect(carol).toEqual({
      id: '1991516882334646304',
      author: { handle: 'carol_data', displayName: 'Carol Ndiaye', verified: false, defaultAvatar: false },
      text: 'This chart is doing a lot of work with a truncated y-axis.',
      createdAt: '2025-11-20T14:40:00.000Z',
      quotes: '1991461517521846305',
      metrics: { replies: 5, reposts: 3, likes: 48, views: 2210 },
    });
  });

  it('labels the post behind a sensitive-media warning, and only that one', () => {
    const posts = parsePage(xAdapter, fixtureDocument('ownTimeline'), HOME);
    expect(posts.filter((p) => p.platformLabels !== undefined).map((p) => [p.id, p.platformLabels])).toEqual([['1991479133598646306', ['sensitive-content']]]);
  });
});
