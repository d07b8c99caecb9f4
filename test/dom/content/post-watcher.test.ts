// The post watcher on a linkedom page (its MutationObserver is linkedom's), with a hand-driven
// IntersectionObserver standing in for the viewport: which posts it hands on, when, and that it
// stops on abort.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { watchPosts, type PostWatcher } from '../../../src/content/post-watcher.ts';
import { domEnv, type DomEnv } from '../dom-env.ts';
import { fakeAdapter } from './fake-site.ts';

/** Observes like the browser's, but entries come only when the test says an element scrolled near. */
class FakeIntersectionObserver {
  static all: FakeIntersectionObserver[] = [];
  readonly observed = new Set<Element>();
  disconnected = false;
  constructor(private readonly callback: (entries: Array<{ target: Element; isIntersecting: boolean }>) => void) {
    FakeIntersectionObserver.all.push(this);
  }
  observe(el: Element): void {
    this.observed.add(el);
  }
  unobserve(el: Element): void {
    this.observed.delete(el);
  }
  disconnect(): void {
    this.disconnected = true;
    this.observed.clear();
  }
  /** the element scrolled near the viewport (or, with false, away from it) */
  scroll(el: Element, isIntersecting = true): void {
    if (this.observed.has(el)) this.callback([{ target: el, isIntersecting }]);
  }
}

/** Lets the MutationObserver's microtask and the time slicers' setTimeout passes run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

const PAGE = `<!doctype html><html><body><main id="list">
  <article data-post="1">the root</article><article data-post="2" data-reply-to="1">a reply</article>
</main></body></html>`;

describe('watchPosts', () => {
  let env: DomEnv;
  let controller: AbortController;
  let near: string[];
  let passes: number;
  let scans: number;
  let navigations: string[];
  let removals: number;
  let watcher: PostWatcher;
  const saved = { IntersectionObserver: globalThis.IntersectionObserver, MutationObserver: globalThis.MutationObserver };
  const io = (): FakeIntersectionObserver => {
    const last = FakeIntersectionObserver.all.at(-1);
    if (!last) throw new Error('no IntersectionObserver');
    return last;
  };
  const post = (id: string): Element => env.document.querySelector(`[data-post="${id}"]`) as Element;

  beforeEach(async () => {
    env = domEnv(PAGE, 'https://x.com/user1/status/1');
    FakeIntersectionObserver.all = [];
    Object.assign(globalThis, {
      IntersectionObserver: FakeIntersectionObserver,
      MutationObserver: (env.window as unknown as { MutationObserver: unknown }).MutationObserver,
    });
    controller = new AbortController();
    near = [];
    passes = 0;
    scans = 0;
    navigations = [];
    removals = 0;
    watcher = watchPosts(env.document, {
      adapter: fakeAdapter,
      signal: controller.signal,
      onNearViewport: (el) => near.push(el.getAttribute('data-post') ?? '?'),
      onPass: () => passes++,
      onScanPass: () => scans++,
      onRemoved: () => removals++,
      onNavigate: (url) => navigations.push(url),
    });
    await settle();
  });
  afterEach(() => {
    controller.abort();
    Object.assign(globalThis, saved);
    env.restore();
  });

  it('watches the posts already on the page, and hands on only those that come near the viewport', async () => {
    expect(scans).toBeGreaterThan(0);
    expect([...io().observed].map((el) => el.getAttribute('data-post'))).toEqual(['1', '2']);
    expect(near).toEqual([]);
    io().scroll(post('2'), false);
    io().scroll(post('2'));
    await settle();
    expect(near).toEqual(['2']);
    expect(passes).toBe(1);
    // Handed on once: it is no longer observed.
    io().scroll(post('2'));
    await settle();
    expect(near).toEqual(['2']);
  });

  it('watches again a post the tracker dropped: it is handed on once more when it comes near', async () => {
    io().scroll(post('1'));
    await settle();
    expect(io().observed.has(post('1'))).toBe(false);
    watcher.rewatch(post('1'));
    io().scroll(post('1'));
    await settle();
    expect(near).toEqual(['1', '1']);
    // a dropped post the site removed meanwhile is not watched
    const second = post('2');
    io().scroll(second);
    await settle();
    second.remove();
    watcher.rewatch(second);
    expect(io().observed.has(second)).toBe(false);
  });

  it('stops watching a post the site removes before it comes near (the observer would keep it alive)', async () => {
    io().scroll(post('1'));
    await settle();
    const first = post('1');
    watcher.rewatch(first);
    expect(io().observed.has(first)).toBe(true);
    first.remove();
    await settle();
    // never near: observed since the first scan
    const second = post('2');
    second.remove();
    // swept within a second of the removal
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(io().observed.has(first)).toBe(false);
    expect(io().observed.has(second)).toBe(false);
  });

  it('says within a second that the site removed nodes, even when it watches none of them (once for many)', async () => {
    io().scroll(post('1'));
    io().scroll(post('2'));
    await settle();
    // both already handed on: nothing is watched, yet whoever holds them must hear of the removal
    expect(io().observed.size).toBe(0);
    post('1').remove();
    post('2').remove();
    await settle();
    expect(removals).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(removals).toBe(1);
  });

  it('finds posts the site adds later, and skips those removed before their turn', async () => {
    const list = env.document.getElementById('list') as Element;
    const cell = env.document.createElement('div');
    cell.innerHTML = '<article data-post="3" data-reply-to="1">a later reply</article>';
    list.append(cell);
    await settle();
    expect(io().observed.has(post('3'))).toBe(true);
    const third = post('3');
    io().scroll(third);
    third.remove();
    io().scroll(post('1'));
    await settle();
    expect(near).toEqual(['1']);
  });

  it('reports an in-page navigation and looks at the posts on the page again', async () => {
    io().scroll(post('1'));
    await settle();
    expect(io().observed.has(post('1'))).toBe(false);
    (env.document as unknown as { location: URL }).location = new URL('https://x.com/user7/status/7');
    env.document.getElementById('list')?.append(env.document.createElement('div'));
    await settle();
    expect(navigations).toEqual(['https://x.com/user7/status/7']);
    expect(io().observed.has(post('1'))).toBe(true);
  });

  it('stops when its signal aborts', async () => {
    controller.abort();
    expect(io().disconnected).toBe(true);
    env.document.getElementById('list')?.insertAdjacentHTML('beforeend', '<article data-post="4">late</article>');
    await settle();
    expect(io().observed.size).toBe(0);
    expect(near).toEqual([]);
  });
});
