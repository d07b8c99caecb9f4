// The page's one MutationObserver. Its callback only queues the added subtrees; a time slicer
// later finds the post elements in them, and an IntersectionObserver reports which of those come
// near the viewport: only those are parsed and sent (a 5,000-reply page is read as it is scrolled).
import type { SiteAdapter } from '../sites/site-adapter.ts';
import { createTimeSlicer } from './time-slicer.ts';

export interface PostWatcherOptions {
  adapter: SiteAdapter;
  /** called (in time slices) with each post element that came near the viewport */
  onNearViewport: (element: Element) => void;
  /** called after each slice that handled near-viewport posts */
  onPass: () => void;
  /** called after each pass over added subtrees (the site may have re-rendered a post) */
  onScanPass: () => void;
  /**
   * called at most once a second after the site removed nodes: what others hold of removed posts
   * can be let go then, not only at the next flush (which never comes if nothing new is read)
   */
  onRemoved?: () => void;
  /** called when the page's URL changed in place (X navigates without reloading) */
  onNavigate: (url: string) => void;
  signal: AbortSignal;
  /** how far outside the viewport a post counts as near */
  margin?: string;
}

export interface PostWatcher {
  /** watches a post element again: it is read once more when it comes near the viewport (the tracker dropped it) */
  rewatch(element: Element): void;
}

export function watchPosts(doc: Document, options: PostWatcherOptions): PostWatcher {
  const { adapter, signal } = options;
  const known = new WeakSet<Element>();
  let lastUrl = doc.location.href;

  const parseQueue = createTimeSlicer<Element>(
    (element) => {
      if (element.isConnected) options.onNearViewport(element);
    },
    options.onPass,
    { signal },
  );

  /**
   * Posts observed and not yet near: the observer keeps what it observes alive, so those the site
   * removes before they come near (a virtual list, or posts the tracker dropped and watches again)
   * are unobserved within a second.
   */
  const watched = new Set<Element>();
  const observe = (element: Element): void => {
    watched.add(element);
    visibility.observe(element);
  };
  let sweep: ReturnType<typeof setTimeout> | null = null;
  const sweepRemoved = (): void => {
    sweep = null;
    if (signal.aborted) return;
    for (const element of watched) {
      if (element.isConnected) continue;
      visibility.unobserve(element);
      watched.delete(element);
    }
    options.onRemoved?.();
  };

  const visibility = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        visibility.unobserve(entry.target);
        watched.delete(entry.target);
        parseQueue.push(entry.target);
      }
    },
    { rootMargin: options.margin ?? '1200px 0px' },
  );

  const scanQueue = createTimeSlicer<ParentNode>(
    (root) => {
      for (const element of adapter.findPostElements(root)) {
        if (known.has(element)) continue;
        known.add(element);
        observe(element);
      }
    },
    options.onScanPass,
    { signal },
  );

  const checkUrl = (): void => {
    const url = doc.location.href;
    if (url === lastUrl) return;
    lastUrl = url;
    options.onNavigate(url);
    // Posts already on the page may belong to the new view (X keeps cells when it can).
    for (const element of adapter.findPostElements(doc)) {
      visibility.unobserve(element);
      observe(element);
    }
  };

  const mutations = new MutationObserver((records) => {
    let removed = false;
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType === 1) scanQueue.push(node as Element);
      }
      if (record.removedNodes.length > 0) removed = true;
    }
    // At most one sweep a second: a virtual list removes cells on every scroll step.
    if (removed && sweep === null) sweep = setTimeout(sweepRemoved, 1000);
    checkUrl();
  });
  mutations.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true });
  scanQueue.push(doc);
  // Back/forward between X views can change the URL without any mutation.
  const onPop = (): void => checkUrl();
  doc.defaultView?.addEventListener('popstate', onPop);

  signal.addEventListener(
    'abort',
    () => {
      mutations.disconnect();
      visibility.disconnect();
      watched.clear();
      if (sweep !== null) clearTimeout(sweep);
      doc.defaultView?.removeEventListener('popstate', onPop);
    },
    { once: true },
  );
  return {
    rewatch(element) {
      if (signal.aborted || !element.isConnected) return;
      observe(element);
    },
  };
}
