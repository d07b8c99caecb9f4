// Hostile or broken markup: text is only ever text, a missing part is only a missing field, nothing throws.
import { describe, expect, it } from 'vitest';
import type { DemoPost, DemoThread } from '../../../../tools/demo/demo-thread.ts';
import { renderXStatusPage } from '../../../../tools/demo/render-x-status-page.ts';
import { parsePage } from '../../../../src/sites/parse-page.ts';
import { xAdapter } from '../../../../src/sites/x/x-adapter.ts';
import { fixtureDocument, htmlDocument } from './x-fixtures.ts';

const PAGE = new URL('https://x.com/someone/status/1991000000000000001');

function pageWithText(text: string): Document {
  const focal: DemoPost = {
    id: '1991000000000000001',
    author: { handle: 'someone', name: 'Some One' },
    text,
    createdAt: '2025-11-20T10:00:00.000Z',
    metrics: { replies: 0, reposts: 0, likes: 0, views: 1 },
  };
  const thread: DemoThread = { slug: 'bad', title: 'bad', focal, replies: [] };
  return htmlDocument(renderXStatusPage(thread));
}

/** A fresh copy of the status fixture's first reply, to cut parts out of. */
function replyArticle(): Element {
  const article = xAdapter.findPostElements(fixtureDocument('ownStatus'))[3];
  if (article === undefined) throw new Error('fixture changed: no fourth post');
  return article.cloneNode(true) as Element;
}

function removeAll(root: Element, selector: string): void {
  for (const element of root.querySelectorAll(selector)) element.remove();
}

describe('post text is plain text, exactly', () => {
  it.each([
    ['markup-like text', '<script>alert(1)</script> and <img src=x onerror=alert(2)> &amp; &lt;b&gt;'],
    ['right-to-left marks and Arabic', '\u202Eabc\u202C \u200Fمرحبا بالعالم\u200F end'],
    ['zero-width characters and a BOM', '\uFEFFa\u200Bb\u200Cc\u200Dd\u2060e'],
    ['10,000 characters', 'x'.repeat(4_000) + ' lorem ipsum '.repeat(461) + 'y'.repeat(6_000 - 13 * 461)],
    ['newlines and runs of spaces', 'line one\n\n   line three   '],
  ])('%s', (_what, text) => {
    const [post] = parsePage(xAdapter, pageWithText(text), PAGE);
    expect(post?.text).toBe(text);
  });

  it('keeps a 10,000-character text whole', () => {
    const text = 'a'.repeat(10_000);
    expect(parsePage(xAdapter, pageWithText(text), PAGE)[0]?.text).toHaveLength(10_000);
  });

  it('does not read script or style elements inside the text as text', () => {
    const doc = pageWithText('before');
    const text = doc.querySelector('[data-testid="tweetText"]');
    text?.insertAdjacentHTML('beforeend', '<script>alert(1)</script><style>p{}</style><span> after</span>');
    expect(parsePage(xAdapter, doc, PAGE)[0]?.text).toBe('before after');
  });
});

describe('a post missing a part is a post without that part', () => {
  const url = new URL('https://x.com/portauthority_gov/status/1991109699302326285');

  it('without User-Name: no display name or check mark, the handle still from the permalink', () => {
    const article = replyArticle();
    removeAll(article, '[data-testid="User-Name"]');
    const post = xAdapter.parsePost(article, url);
    expect(post?.author).toEqual({ handle: 'tidecharts_fan', defaultAvatar: false });
    expect(post?.createdAt).toBeUndefined();
    // With the time gone too, the id comes from the analytics link.
    expect(post?.id).toBe('1991113839080374286');
  });

  it('without its time: no createdAt, id from the analytics link', () => {
    const article = replyArticle();
    removeAll(article, 'time');
    const post = xAdapter.parsePost(article, url);
    expect(post).toMatchObject({ id: '1991113839080374286', author: { handle: 'tidecharts_fan', displayName: 'Mo Larsen' } });
    expect(post?.createdAt).toBeUndefined();
  });

  it('without text, metrics or avatar: an empty text and no metrics or defaultAvatar', () => {
    const article = replyArticle();
    removeAll(article, '[data-testid="tweetText"], [role="group"], [data-testid="Tweet-User-Avatar"]');
    const post = xAdapter.parsePost(article, url);
    expect(post?.text).toBe('');
    expect(post?.metrics).toBeUndefined();
    expect(post?.author.defaultAvatar).toBeUndefined();
  });

  it('with no id anywhere (no permalink, no analytics link): not a readable post', () => {
    const article = replyArticle();
    removeAll(article, 'a[href*="/status/"]');
    expect(xAdapter.parsePost(article, url)).toBeNull();
  });

  it('never throws, whichever single element is cut out', () => {
    const count = replyArticle().querySelectorAll('*').length;
    expect(count).toBeGreaterThan(50);
    let read = 0;
    for (let i = 0; i < count; i++) {
      const article = replyArticle();
      article.querySelectorAll('*')[i]?.remove();
      const post = xAdapter.parsePost(article, url);
      if (post !== null) read++;
    }
    // Only cutting out the permalink's and the analytics link's ancestors loses the id.
    expect(read).toBeGreaterThan(count / 2);
  });
});

describe('pages that are not X posts', () => {
  it('reads nothing from elements that are not post articles, and does not throw', () => {
    const doc = htmlDocument('<html><body><article>plain</article><div data-testid="tweet">div, not article</div><p>x</p></body></html>');
    for (const element of doc.querySelectorAll('*')) expect(xAdapter.parsePost(element, PAGE)).toBeNull();
    expect(xAdapter.findPostElements(doc)).toEqual([]);
    expect(xAdapter.detect(doc)).toBe(false);
    expect(xAdapter.groupThreads([], PAGE)).toEqual([]);
  });

  it('takes an added article itself as root, and skips an unavailable quote nested in a post', () => {
    const [article] = xAdapter.findPostElements(fixtureDocument('ownTimeline'));
    if (article === undefined) throw new Error('fixture changed');
    expect(xAdapter.findPostElements(article)).toEqual([article]);
    const copy = article.cloneNode(true) as Element;
    copy.querySelector('[data-testid="tweetText"]')?.insertAdjacentHTML('afterend', '<article data-testid="tweet">This post is unavailable.</article>');
    expect(xAdapter.findPostElements(copy)).toHaveLength(1);
  });
});
