// What every site adapter offers. The adapter is the only code that knows a site's markup;
// the content script (in the browser) and `threadlens parse` (in Node, on linkedom) both use it,
// so it may only use standard DOM APIs that both provide (querySelector, getAttribute, textContent...).
import type { Post, Thread } from '../shared/thread.ts';

/**
 * What an adapter's groupThreads reads from a post's element beyond the post itself (X: the
 * conversation lines, the focal post's mark), as plain values: the content script keeps these when
 * the site removes the element, so it can let go of the node and still group the post as before.
 */
export type GroupingFacts = Readonly<Record<string, boolean>>;

/** A post and the element that holds it on the page (for badges and highlighting). */
export interface ParsedPost {
  post: Post;
  element: Element;
  /**
   * Set when the site removed the post's element: `element` is then a placeholder outside the page
   * and groupThreads reads these instead (from the adapter's groupingFacts).
   */
  facts?: GroupingFacts;
}

/** One thread as found on a page: `key` is stable while the page shows it (the root post's id). */
export interface ThreadGroup {
  key: string;
  thread: Thread;
  /** the element of the root post: where the badge goes */
  rootElement: Element;
  /** post id -> element, for highlighting the posts behind a reason */
  elements: Map<string, Element>;
}

/** Replies the page holds back behind a "load more" stub: reported, never invented as posts. */
export interface UnloadedReplies {
  /** the post they answer, when the stub says */
  parentId?: string;
  /** how many, when the stub says */
  count?: number;
  /** why they are not read: a "load more" stub (the default), or a post the reader's own filter hides */
  reason?: 'load-more' | 'filtered';
}

export interface SiteAdapter {
  /** the `site` of the Threads it makes: x, bluesky, mastodon, reddit */
  readonly id: string;
  /** host names the shipped extension runs this adapter on */
  readonly hosts: readonly string[];
  /** does this document carry the site's markup (for --site auto and pages saved elsewhere) */
  detect(doc: Document): boolean;
  /** the elements that each hold one post, in document order */
  findPostElements(root: ParentNode): Element[];
  /** a Post from one post element, or null when it is not a readable post; never throws */
  parsePost(element: Element, pageUrl: URL): Post | null;
  /** groups parsed posts (in document order) into the page's threads */
  groupThreads(posts: readonly ParsedPost[], pageUrl: URL): ThreadGroup[];
  /**
   * What groupThreads reads from a post element, for ParsedPost.facts. Optional: an adapter whose
   * grouping reads only the posts (Bluesky, Reddit) needs none.
   */
  groupingFacts?(element: Element): GroupingFacts;
  /**
   * Puts the overlay's badge host into a root post's element, where the site's layout leaves
   * room for it. Optional: the overlay's default puts it first inside the post element.
   */
  placeBadge?(rootElement: Element, host: Element): void;
  /** The page's "load more" stubs, for `threadlens parse` to report. Optional: X has none it can read. */
  unloaded?(root: ParentNode): UnloadedReplies[];
}
