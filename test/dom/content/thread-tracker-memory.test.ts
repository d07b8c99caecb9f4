// The thread tracker over a long session (issue 12): it holds no element the site removed, keeps
// at most about `cap` posts (far ones first, a thread's root only with its whole thread), keeps the
// verdict of a thread that only lost posts, and hashes only what was read since the last flush.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ThreadTracker } from '../../../src/content/thread-tracker.ts';
import { xAdapter } from '../../../src/sites/x/x-adapter.ts';
import { domEnv, type DomEnv } from '../dom-env.ts';
import { fakeAdapter } from './fake-site.ts';
import { FIXTURE_FILES } from '../sites/x/x-fixtures.ts';
import { renderXStatusPage, statusPath } from '../../../tools/demo/render-x-status-page.ts';
import { stressThread } from '../../../tools/demo/stress-thread.ts';

const PAGE_URL = new URL('https://x.com/user1/status/1');

/** Posts 1..n; every `perThread`-th one starts a thread, the others answer it. */
function page(n: number, perThread = 1): string {
  const posts = Array.from({ length: n }, (_, i) => {
    const id = i + 1;
    const root = id - ((id - 1) % perThread);
    return root === id ? `<article data-post="${id}">post ${id}</article>` : `<article data-post="${id}" data-reply-to="${root}">post ${id}</article>`;
  });
  return `<!doctype html><html><body>${posts.join('')}</body></html>`;
}

describe('ThreadTracker over a long session', () => {
  let env: DomEnv;
  const post = (id: number): Element => env.document.querySelector(`[data-post="${id}"]`) as Element;
  afterEach(() => env.restore());

  it('lets go of an element the site removed and keeps its post in the thread', () => {
    env = domEnv(page(3, 3));
    const tracker = new ThreadTracker(fakeAdapter, PAGE_URL);
    for (const id of [1, 2, 3]) tracker.read(post(id), id * 100);
    const [before] = tracker.groups();
    if (!before) throw new Error('no thread');
    tracker.markSent(before.group.key, before.hash, before.generation);
    const removed = post(2);
    removed.remove();
    const [after] = tracker.groups();
    expect(after?.group.thread.posts.map((p) => p.id)).toEqual(['1', '2', '3']);
    expect([...(after?.group.elements.values() ?? [])]).not.toContain(removed);
    expect([...(after?.group.elements.values() ?? [])].every((e) => e.isConnected)).toBe(true);
    expect(tracker.elementsHeld).toBe(2);
    // same posts, same thread: nothing to send again
    expect(after?.changed).toBe(false);
  });

  it('keeps at most about `cap` posts, dropping removed and far ones first, and hands back the dropped elements still on the page', () => {
    env = domEnv(page(60));
    const tracker = new ThreadTracker(fakeAdapter, PAGE_URL, { cap: 20, farPx: 500 });
    for (let id = 1; id <= 60; id++) tracker.read(post(id), id * 100);
    tracker.groups();
    // the reader is at the end of the page; posts 1..3 were removed by the site
    for (const id of [1, 2, 3]) post(id).remove();
    const released = tracker.trim({ top: 5500, bottom: 6000 });
    expect(tracker.size).toBeLessThanOrEqual(20);
    const kept = tracker.groups().map((g) => Number(g.group.key));
    // the posts near the viewport stay, the farthest went first
    expect(kept).toContain(60);
    expect(kept).toContain(50);
    expect(Math.min(...kept)).toBeGreaterThan(40);
    expect(released.every((e) => e.isConnected)).toBe(true);
    expect(released).toContain(post(4));
    expect(released).not.toContain(post(50));
    expect(tracker.elementsHeld).toBe(tracker.size);
    expect(tracker.dropped).toBe(60 - tracker.size);
  });

  it('drops the far replies of a thread that is still on screen, never its root, and keeps the verdict already shown', () => {
    env = domEnv(page(50, 50));
    const tracker = new ThreadTracker(fakeAdapter, PAGE_URL, { cap: 20, farPx: 500 });
    for (let id = 1; id <= 50; id++) tracker.read(post(id), id * 100);
    const [sent] = tracker.groups();
    if (!sent) throw new Error('no thread');
    tracker.markSent(sent.group.key, sent.hash, sent.generation);
    // the reader scrolled to the root again: the replies far below may go, and the site took a near one out of the DOM
    post(5).remove();
    tracker.trim({ top: 0, bottom: 900 });
    const [trimmed] = tracker.groups();
    expect(tracker.size).toBeLessThanOrEqual(20);
    expect(trimmed?.group.key).toBe('1');
    expect(trimmed?.group.rootElement).toBe(post(1));
    expect(trimmed?.group.thread.posts.length).toBe(tracker.size);
    // only posts were dropped, none read: the label on screen stays as it is
    expect(trimmed?.changed).toBe(false);
    // a reply read again (the reader scrolls down) is news: the thread is sent again
    tracker.read(post(50), 5000);
    expect(tracker.groups()[0]?.changed).toBe(true);
  });

  it('drops a whole thread far from the viewport, and says its key is gone', () => {
    env = domEnv(page(30, 10));
    const tracker = new ThreadTracker(fakeAdapter, PAGE_URL, { cap: 20, farPx: 500 });
    for (let id = 1; id <= 30; id++) tracker.read(post(id), id * 100);
    tracker.groups();
    tracker.trim({ top: 2500, bottom: 3000 });
    const keys = tracker.groups().map((g) => g.group.key);
    expect(keys).not.toContain('1');
    expect(tracker.removed).toContain('1');
    // said once: the next flush, with nothing new, removes nothing
    tracker.groups();
    expect(tracker.removed).toEqual([]);
  });

  it('keeps the root of the thread being read, however far the reader scrolled since the last grouping', () => {
    env = domEnv(page(40, 40));
    const tracker = new ThreadTracker(fakeAdapter, PAGE_URL, { cap: 10, farPx: 500 });
    for (let id = 1; id <= 20; id++) tracker.read(post(id), id * 100);
    tracker.groups();
    // a loaded machine: the flush comes when the reader is already far below every post grouped
    tracker.trim({ top: 10_000, bottom: 10_900 });
    const [kept] = tracker.groups();
    expect(tracker.removed).toEqual([]);
    expect(kept?.group.key).toBe('1');
    expect(kept?.group.rootElement).toBe(post(1));
    expect(tracker.size).toBeLessThanOrEqual(10);
  });

  it('regroups only when posts changed, and hashes only the posts read since the last flush', () => {
    env = domEnv(page(1001, 100));
    const adapter = { ...fakeAdapter, groupThreads: vi.fn(fakeAdapter.groupThreads) };
    const tracker = new ThreadTracker(adapter, PAGE_URL);
    for (let id = 1; id <= 1000; id++) tracker.read(post(id), id * 100);
    const first = tracker.groups();
    expect(first.every((g) => g.touched)).toBe(true);
    const stringify = vi.spyOn(JSON, 'stringify');
    try {
      const again = tracker.groups();
      expect(adapter.groupThreads).toHaveBeenCalledTimes(1);
      expect(again.map((g) => g.hash)).toEqual(first.map((g) => g.hash));
      expect(again.some((g) => g.touched)).toBe(false);
      stringify.mockClear();
      tracker.read(post(1001), 100_100);
      const grown = tracker.groups();
      // the new post once when read; none of the 1,000 others again
      expect(stringify.mock.calls.length).toBeLessThanOrEqual(2);
      expect(grown.filter((g) => g.touched).map((g) => g.group.key)).toEqual(['1001']);
    } finally {
      stringify.mockRestore();
    }
  });
});

describe('X threads after X removed their cells', () => {
  const cases = [
    ['a status page', 'ownStatus', new URL('https://x.com/portauthority_gov/status/1991109699302326285')],
    ['a timeline with self-threads', 'ownTimeline', new URL('https://x.com/home')],
  ] as const;
  for (const [name, fixture, pageUrl] of cases) {
    it(`groups ${name} as the removed articles would, from what it kept of them`, () => {
      const env = domEnv(readFileSync(FIXTURE_FILES[fixture], 'utf8'), pageUrl.href);
      try {
        const tracker = new ThreadTracker(xAdapter, pageUrl);
        const articles = xAdapter.findPostElements(env.document);
        articles.forEach((article, i) => tracker.read(article, i * 100));
        const live = tracker.groups();
        for (const article of articles) (article.closest('[data-testid="cellInnerDiv"]') ?? article).remove();
        // What grouping made of the removed articles themselves (the tracker used to keep them):
        // their lines are inside them and survive; a heading between cells can't be seen any more.
        const parsed = articles.flatMap((element) => {
          const post = xAdapter.parsePost(element, pageUrl);
          return post ? [{ post, element }] : [];
        });
        const expected = xAdapter.groupThreads(parsed, pageUrl).map((g) => [g.key, g.thread]);
        const kept = tracker.groups();
        expect(kept.map((g) => [g.group.key, g.group.thread])).toEqual(expected);
        expect(tracker.elementsHeld).toBe(0);
        expect(kept.every((g) => g.group.elements.size === 0 && !g.group.rootElement.isConnected)).toBe(true);
        // the self-threads and the status page's chain are still read from the lines
        expect(kept.length).toBeLessThan(parsed.length);
        expect(live.length).toBeGreaterThan(0);
      } finally {
        env.restore();
      }
    });
  }
});

describe('an X status page trimmed while it is read', () => {
  it('stays one thread under its focal post (dropped whole, its later replies were one thread each)', () => {
    const thread = stressThread(60);
    const pageUrl = new URL(`https://x.com${statusPath(thread)}`);
    const env = domEnv(renderXStatusPage(thread), pageUrl.href);
    try {
      const tracker = new ThreadTracker(xAdapter, pageUrl, { cap: 25, farPx: 500 });
      const articles = xAdapter.findPostElements(env.document);
      expect(articles).toHaveLength(61);
      articles.slice(0, 31).forEach((article, i) => tracker.read(article, i * 100));
      expect(tracker.groups().map((g) => g.group.key)).toEqual([thread.focal.id]);
      // X drops the cells scrolled past; the flush comes when the reader is below every post grouped
      for (const article of articles.slice(0, 20)) article.closest('[data-testid="cellInnerDiv"]')?.remove();
      tracker.trim({ top: 5500, bottom: 6400 });
      articles.slice(31).forEach((article, i) => tracker.read(article, (31 + i) * 100));
      const groups = tracker.groups();
      expect(groups.map((g) => g.group.key)).toEqual([thread.focal.id]);
      expect(tracker.removed).toEqual([]);
      expect(groups[0]?.group.thread.posts[0]?.id).toBe(thread.focal.id);
    } finally {
      env.restore();
    }
  });
});
