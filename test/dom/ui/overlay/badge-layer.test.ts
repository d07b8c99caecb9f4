// The badge layer over a long session: a thread whose root post the site removed keeps its verdict
// and no node. The soak (README, Long sessions) found every such thread holding its detached badge
// host, and with it the removed cell until the next sync: thousands of nodes once a page was split
// into one thread a post.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBadgeLayer, type BadgeEntry, type BadgeLayer } from '../../../../src/ui/overlay/badge-layer.tsx';
import type { ScoredThread } from '../../../../src/shared/messages.ts';
import type { SiteAdapter, ThreadGroup } from '../../../../src/sites/site-adapter.ts';
import { domEnv, type DomEnv } from '../../dom-env.ts';

const THREADS = 20;
const PAGE = `<!doctype html><html><head></head><body><main>${Array.from({ length: THREADS }, (_, i) => `<div class="cell"><article data-post="${i + 1}">post ${i + 1}</article></div>`).join('')}</main></body></html>`;

/** What the entry holds besides the tracker's group (the tracker's own tests cover that): every DOM node in it, however deep. */
function nodesHeld(entry: BadgeEntry, win: Window & typeof globalThis): Node[] {
  const found: Node[] = [];
  const seen = new Set<unknown>();
  const walk = (value: unknown): void => {
    if (value === null || typeof value !== 'object' || seen.has(value)) return;
    seen.add(value);
    if (value instanceof win.Node) {
      found.push(value);
      return;
    }
    for (const child of Object.values(value)) walk(child);
  };
  for (const [key, value] of Object.entries(entry)) if (key !== 'group') walk(value);
  return found;
}

function scored(): ScoredThread {
  return { hash: 'h', report: { thread: { score: 0.9, level: 'high' }, signals: [], model: null }, ms: 1, cached: false };
}

describe('badge layer over a long session', () => {
  let env: DomEnv;
  let layer: BadgeLayer;
  const article = (id: number): Element => env.document.querySelector(`[data-post="${id}"]`) as Element;
  const group = (id: number, root: Element = article(id)): ThreadGroup => ({
    key: String(id),
    thread: { site: 'x', posts: [{ id: String(id), author: { handle: `user${id}` }, text: `post ${id}` }] },
    rootElement: root,
    elements: root.isConnected ? new Map([[String(id), root]]) : new Map(),
  });
  const entries = (): BadgeEntry[] => Array.from({ length: THREADS }, (_, i) => layer.get(String(i + 1))).filter((e): e is BadgeEntry => e !== undefined);

  beforeEach(() => {
    env = domEnv(PAGE);
    layer = createBadgeLayer({
      doc: env.document,
      adapter: { id: 'x' } as SiteAdapter,
      sheet: null,
      isOpen: () => false,
      onToggle: () => undefined,
      showNone: () => true,
      theme: () => 'light',
    });
    for (let id = 1; id <= THREADS; id++) {
      layer.sync(group(id));
      layer.setResult(String(id), scored());
    }
  });
  afterEach(() => {
    layer.clear();
    env.restore();
  });

  it('holds no node of a root post the site removed, once the thread is synced, and keeps its verdict', () => {
    expect(env.document.querySelectorAll('threadlens-badge')).toHaveLength(THREADS);
    // the site drops the first half of the cells (a virtual list); the tracker's groups get its placeholder as their root
    const placeholder = env.document.createElement('div');
    for (let id = 1; id <= THREADS / 2; id++) article(id).closest('.cell')?.remove();
    for (let id = 1; id <= THREADS / 2; id++) layer.sync(group(id, placeholder));
    const removed = entries().slice(0, THREADS / 2);
    expect(removed.flatMap((e) => nodesHeld(e, env.window))).toEqual([]);
    expect(removed.every((e) => e.state.kind === 'scored' && e.report !== null)).toBe(true);
    // the threads still on the page keep their badges, in the page
    const kept = entries().slice(THREADS / 2);
    expect(kept.every((e) => e.mount?.host.isConnected === true)).toBe(true);
    expect(env.document.querySelectorAll('threadlens-badge')).toHaveLength(THREADS / 2);
  });

  it('lets go of them at the next repair, before the thread is synced again', () => {
    for (let id = 1; id <= THREADS; id++) article(id).closest('.cell')?.remove();
    layer.repair();
    expect(entries().flatMap((e) => nodesHeld(e, env.window))).toEqual([]);
  });

  it('puts a badge with the verdict on the post drawn again', () => {
    article(1).closest('.cell')?.remove();
    layer.repair();
    const redrawn = env.document.createElement('article');
    redrawn.setAttribute('data-post', '1');
    redrawn.textContent = 'post 1';
    env.document.querySelector('main')?.prepend(redrawn);
    layer.sync(group(1, redrawn));
    const host = redrawn.querySelector('threadlens-badge');
    expect(host).not.toBeNull();
    expect(env.shadowRootOf(host as Element).querySelector('button.badge')?.textContent).toContain('High');
  });
});
