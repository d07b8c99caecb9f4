// The Reddit adapter on the real old.reddit page of ../shared and on our own pages of one thread in both markups
// (test/fixtures/reddit/), and on bad input: deleted and removed comments, "load more" stubs, pages that change.
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { redditAdapter } from '../../../../src/sites/reddit/reddit-adapter.ts';
import { parsePage } from '../../../../src/sites/parse-page.ts';
import { validateThread } from '../../../../src/shared/validate-thread.ts';
import { HAS_SHARED, NEEDS_SHARED, SITE_FIXTURES, siteFixtureDocument } from '../site-fixtures.ts';

const posts = (name: 'redditOld2018' | 'redditOwnOld' | 'redditOwnNew') =>
  parsePage(redditAdapter, siteFixtureDocument(name), new URL(SITE_FIXTURES[name].url));

describe.skipIf(!HAS_SHARED)(`old.reddit real page (2018)${NEEDS_SHARED}`, () => {
  it('reads the submission and all 197 comments once each, every one with author, time and parent', () => {
    const read = posts('redditOld2018');
    // 198 things are posts (1 submission, 197 comments), 2 more are "load more" stubs (reddit/selectors.ts).
    expect(read).toHaveLength(198);
    expect(new Set(read.map((p) => p.id)).size).toBe(198);
    expect(read[0]).toMatchObject({
      id: 't3_8dyrb3',
      author: { handle: 'Brookefemale' },
      text: 'Ben is very proud of himself for learning to go on walks',
      createdAt: '2018-04-21T21:28:31.000Z',
      links: ['https://i.redd.it/0ex9rus0ybt01.jpg'],
    });
    expect(read[0]?.replyTo).toBeUndefined();
    const ids = new Set(read.map((p) => p.id));
    for (const comment of read.slice(1)) {
      expect(comment.createdAt).toMatch(/^2018-04-2[12]T/);
      expect(comment.replyTo !== undefined && ids.has(comment.replyTo)).toBe(true);
      expect(comment.author.handle).not.toBe('');
    }
    expect(read[1]).toMatchObject({ id: 't1_dxr0evr', replyTo: 't3_8dyrb3', createdAt: '2018-04-21T21:36:45.000Z' });
    expect(read[2]).toMatchObject({ id: 't1_dxr2q90', author: { handle: 'glitterpig09' }, replyTo: 't1_dxr0evr' });
    expect(read[1]?.text).toBe('Bonus pics of Ben on a walk/ chillin like a cool kid.\n\nEdit: Bonus Bonus');
    const groups = redditAdapter.groupThreads(
      redditAdapter.findPostElements(siteFixtureDocument('redditOld2018')).flatMap((element) => {
        const post = redditAdapter.parsePost(element, new URL(SITE_FIXTURES.redditOld2018.url));
        return post === null ? [] : [{ post, element }];
      }),
      new URL(SITE_FIXTURES.redditOld2018.url),
    );
    expect(groups.map((g) => [g.key, g.thread.posts.length])).toEqual([['t3_8dyrb3', 198]]);
    expect(validateThread({ site: 'reddit', posts: read }).ok).toBe(true);
  });

  it('reports the two "load more" stubs and reads neither as a post', () => {
    const stubs = redditAdapter.unloaded?.(siteFixtureDocument('redditOld2018')) ?? [];
    expect(stubs).toHaveLength(2);
    expect(stubs.every((s) => s.parentId?.startsWith('t1_'))).toBe(true);
    expect(posts('redditOld2018').some((p) => p.id === 't1_dxr9ly1')).toBe(false);
  });
});

describe.each(['redditOwnOld', 'redditOwnNew'] as const)('our %s page', (name) => {
  it('reads authors, times, nesting; deleted and removed comments keep their place without text', () => {
    const read = posts(name);
    expect(read.map((p) => [p.id, p.author.handle, p.replyTo ?? null])).toEqual([
      ['t3_1h2abcd', 'ferncastle', null],
      ['t1_m1aaaa', 'pinecone_dev', 't3_1h2abcd'],
      ['t1_m1bbbb', 'ferncastle', 't1_m1aaaa'],
      ['t1_m1cccc', '[deleted]', 't1_m1bbbb'],
      ['t1_m1dddd', 'pinecone_dev', 't1_m1cccc'],
      ['t1_m1eeee', '[deleted]', 't3_1h2abcd'],
      ['t1_m1ffff', 'sunny_meadow_42', 't3_1h2abcd'],
    ]);
    expect(read.find((p) => p.id === 't1_m1cccc')?.text).toBe('');
    expect(read.find((p) => p.id === 't1_m1eeee')?.text).toBe('');
    expect(read.find((p) => p.id === 't1_m1dddd')?.text).toBe('MapLibre does, with a plugin.\n\nSecond paragraph.');
    expect(read[0]?.text).toBe('Which library do you use for offline maps?\n\nNeed something that works without a network & on old phones.');
    expect(read[1]).toMatchObject({ createdAt: '2026-11-20T10:05:00.000Z', links: ['https://leafletjs.com/'] });
    expect(redditAdapter.unloaded?.(siteFixtureDocument(name))).toEqual([{ parentId: 't1_m1aaaa', count: 2 }]);
  });
});

describe('bad input', () => {
  const url = new URL('https://www.reddit.com/r/x/comments/1/t/');
  const read = (html: string) => parsePage(redditAdapter, parseHTML(html).document, url);

  it('reads a comment with no body, no time and no author as a Post without them, never throws', () => {
    const out = read('<shreddit-comment thingid="t1_a1" depth="0"></shreddit-comment><shreddit-comment thingid="nonsense"></shreddit-comment>');
    expect(out).toEqual([{ id: 't1_a1', author: { handle: '[deleted]' }, text: '' }]);
  });

  it('counts a post shown twice (a page re-rendering while read) once', () => {
    const comment = '<shreddit-comment thingid="t1_a1" author="a" parentid="t3_p"><div slot="comment"><p>hi</p></div></shreddit-comment>';
    expect(read(comment + comment).map((p) => p.id)).toEqual(['t1_a1']);
  });

  it('reads a media-only submission as its title, and an old.reddit thing without entry as a bare post', () => {
    const out = read(
      '<shreddit-post id="t3_p" author="b" post-title="Look" content-href="https://i.redd.it/x.jpg" post-type="image"></shreddit-post>' +
        '<div class="thing" data-fullname="t1_zz" data-type="comment"></div>',
    );
    expect(out[0]).toMatchObject({ id: 't3_p', text: 'Look', links: ['https://i.redd.it/x.jpg'] });
    expect(out[1]).toEqual({ id: 't1_zz', author: { handle: '[deleted]' }, text: '' });
  });

  it('finds nothing on a page of another site', () => {
    const x = readFileSync(SITE_FIXTURES.xOwnStatus.file, 'utf8');
    expect(redditAdapter.detect(parseHTML(x).document)).toBe(false);
    expect(read(x)).toEqual([]);
  });
});
