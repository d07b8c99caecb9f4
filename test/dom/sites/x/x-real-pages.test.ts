// The X adapter on real saved x.com pages (../shared/fixtures, read in place). Every expected value below was read
// off the HTML by hand (and the verified marks counted with a separate HTML parser), not taken from the adapter.
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../../src/sites/parse-page.ts';
import { xAdapter } from '../../../../src/sites/x/x-adapter.ts';
import { fixtureDocument, HAS_SHARED, NEEDS_SHARED, parsedPosts } from './x-fixtures.ts';

const HOME = new URL('https://x.com/home');

describe.skipIf(!HAS_SHARED)(`X adapter on the saved home timeline${NEEDS_SHARED}`, () => {
  const posts = () => parsePage(xAdapter, fixtureDocument('homeTimeline'), HOME);

  it('finds all 20 posts, in page order, with their authors', () => {
    expect(posts().map((p) => `${p.author.handle}/${p.id}`)).toEqual([
      'will__price/1991602883645829145',
      'kevinafischer/1769469976489099654',
      'hasufl/1991475453887217692',
      'cmsholdings/1991586882858172684',
      'hasufl/1991607597108195581',
      'repligate/1991607454917144922',
      'cryptolyxe/1991606928280318423',
      'nic__carter/1991606789301776835',
      'vibhu/1991606635463364872',
      'solarapparition/1991569962109132848',
      'ericjang11/1991606465300426936',
      'Gioscotti_/1991562419542557009',
      'aeyakovenko/1991604521647432094',
      'mlunghi2000/1991600690448224406',
      'ChillHouseSOL/1991590286544499038',
      'beffjezos/1991603284034118034',
      'itszach/1991602275589173447',
      'gallabytes/1991594727851061492',
      'solidintel_x/1991602648081133744',
      'ThinkingUSD/1991602309667885293',
    ]);
  });

  it("reads a quoting post's own text, time and author, not the quoted post's", () => {
    const post = posts()[0];
    expect(post).toMatchObject({
      id: '1991602883645829145',
      author: { handle: 'will__price', displayName: 'Will Price', verified: true, defaultAvatar: false },
      text: 'hearooors undefeated, GTE chain confirmed',
      createdAt: '2025-11-20T20:21:44.000Z',
      // The quote has no permalink; its "Show more" link names it.
      quotes: '1991600514811973815',
      metrics: { replies: 3, reposts: 1, likes: 22, views: 1178 },
    });
    expect(post?.text).not.toContain('GTE_XYZ');
  });

  it('reads a reposted post as its original author\'s ("j⧉nus reposted" Kevin Fischer)', () => {
    const post = posts()[1];
    expect(post).toMatchObject({
      id: '1769469976489099654',
      author: { handle: 'kevinafischer', displayName: 'Kevin Fischer' },
      createdAt: '2024-03-17T21:04:52.000Z',
      metrics: { replies: 10, reposts: 8, likes: 69, views: 10891 },
    });
    expect(post?.text.startsWith('One fascinating difference between Claude and GPT4 - Claude seems')).toBe(true);
    expect(post?.text).not.toContain('Show more');
  });

  it('links the hasufl -> cmsholdings -> hasufl conversation by its drawn line', () => {
    const byId = new Map(posts().map((p) => [p.id, p]));
    expect(byId.get('1991475453887217692')?.replyTo).toBeUndefined();
    expect(byId.get('1991586882858172684')?.replyTo).toBe('1991475453887217692');
    expect(byId.get('1991607597108195581')?.replyTo).toBe('1991586882858172684');
    expect(byId.get('1991607597108195581')?.text).toBe('Great pt.');
    // Nothing else on the page is joined.
    expect(posts().filter((p) => p.replyTo !== undefined)).toHaveLength(2);
  });

  it('groups the conversation into one thread and leaves every other post on its own', () => {
    const parsed = parsedPosts(fixtureDocument('homeTimeline'), HOME);
    const groups = xAdapter.groupThreads(parsed, HOME);
    expect(groups).toHaveLength(18);
    const conversation = groups.find((g) => g.key === '1991475453887217692');
    expect(conversation?.thread.posts.map((p) => p.id)).toEqual(['1991475453887217692', '1991586882858172684', '1991607597108195581']);
    expect(conversation?.rootElement).toBe(parsed[2]?.element);
  });

  it('reads emoji images as text and names with emoji', () => {
    const byId = new Map(posts().map((p) => [p.id, p]));
    expect(byId.get('1991604521647432094')).toMatchObject({ text: '🔥🔥🔥', author: { displayName: 'toly 🇺🇸' }, quotes: '1991491720174006581' });
    expect(byId.get('1991475453887217692')?.author.displayName).toBe('Hasu⚡️🤖');
    expect(byId.get('1991606465300426936')?.text).toBe(
      "big congrats to @tonyzzhao and @chichengcc , this is a big validation point that home robots like Memo and NEO are going to work and be useful for chores around the home. Really impressed by the team's execution here.",
    );
  });

  it('gives image-only posts an empty text, and tells verified accounts from others', () => {
    const byId = new Map(posts().map((p) => [p.id, p]));
    expect(byId.get('1991606789301776835')?.text).toBe('');
    expect(byId.get('1991606928280318423')).toMatchObject({ text: '', quotes: '1991605768551034887' });
    expect(byId.get('1991569962109132848')?.author.verified).toBe(false);
    expect(byId.get('1991562419542557009')?.author.verified).toBe(false);
    expect(posts().filter((p) => p.author.verified === true)).toHaveLength(18);
  });

  it('finds no platform label: the 7 previewInterstitial elements are video previews, not warnings', () => {
    expect(fixtureDocument('homeTimeline').querySelectorAll('[data-testid="previewInterstitial"]')).toHaveLength(7);
    expect(posts().filter((p) => p.platformLabels !== undefined)).toEqual([]);
  });

  it('detects the page as X', () => {
    expect(xAdapter.detect(fixtureDocument('homeTimeline'))).toBe(true);
  });
});

describe.skipIf(!HAS_SHARED)(`X adapter on the saved single posts with a quote${NEEDS_SHARED}`, () => {
  it('status-quote.html: the quoting post only, with the quoted id from its photo link', () => {
    expect(parsePage(xAdapter, fixtureDocument('statusQuote'), HOME)).toEqual([
      {
        id: '1983130065320780162',
        author: { handle: 'TestQuoter', displayName: 'Test Quoter', verified: true, defaultAvatar: false },
        text: 'This is a quote tweet with additional commentary',
        createdAt: '2025-10-28T11:13:47.000Z',
        quotes: '1983129251856470493',
        metrics: { replies: 2534, reposts: 4483, likes: 25616, views: 2596467 },
      },
    ]);
  });

  it('status-quote-video.html: no quoted id (the quote links nowhere), the t.co link kept as is', () => {
    expect(parsePage(xAdapter, fixtureDocument('statusQuoteVideo'), HOME)).toEqual([
      {
        id: '1983128852952998358',
        author: { handle: 'QuotingUser', displayName: 'Quoting User', verified: true, defaultAvatar: false },
        text: 'How to share Example.com links',
        createdAt: '2025-10-28T11:08:57.000Z',
        // The link's text is "Example.com", not a URL, so the t.co address is the only absolute one there is.
        links: ['https://t.co/placeholder'],
        metrics: { replies: 972, reposts: 2370, likes: 11313, views: 2195266 },
      },
    ]);
  });
});

describe.skipIf(!HAS_SHARED)(`X adapter on a Reddit page${NEEDS_SHARED}`, () => {
  it('finds nothing and does not claim the page', () => {
    const doc = fixtureDocument('oldReddit');
    expect(xAdapter.detect(doc)).toBe(false);
    expect(xAdapter.findPostElements(doc)).toEqual([]);
    expect(parsePage(xAdapter, doc, new URL('https://old.reddit.com/'))).toEqual([]);
  });
});
