// Keeps the posts read so far on the current page and regroups them into threads.
// X's list is virtual: posts scrolled far away leave the DOM, but their thread still has them, so
// parsed posts are kept by id after their element goes, without it: the tracker holds no reference
// to a node the site removed (what the adapter's grouping reads from it is kept as plain facts).
// Memory is bounded for long sessions (issue 12): beyond `cap` posts, those far from the viewport
// are dropped, removed ones first, farthest and oldest first; a thread's root post goes only with
// its whole thread, so a thread keeps its key, its badge and the verdict already shown for it. The
// thread being read (the one with the post read last) keeps its root however far the reader went
// since the last grouping: dropping a status page's conversation whole left the replies read after
// it with no focal post, one thread each, a badge and a request each (soak, 2026-12-02).
// Each flush rehashes only the posts read since the last one (the rest reuse their hash).
import { fnv1a } from '../shared/hash.ts';
import type { Post } from '../shared/thread.ts';
import type { GroupingFacts, ParsedPost, SiteAdapter, ThreadGroup } from '../sites/site-adapter.ts';

export interface TrackedGroup {
  group: ThreadGroup;
  hash: string;
  /** not sent to the background in this form yet */
  changed: boolean;
  /** its posts, or their elements, changed since the last call to groups(): the badge needs syncing */
  touched: boolean;
  /** pass back to markSent: an answer to a request from before resend() or reset() marks nothing */
  generation: number;
}

/** The part of the page that is on screen, in document coordinates (the `y` given to read()). */
export interface ViewportSpan {
  top: number;
  bottom: number;
}

export interface TrackerLimits {
  /** posts kept: about 2,000 (a 5,000-reply page read to its end held every one, with its element) */
  cap: number;
  /** a post at least this far from the viewport may be dropped: well beyond the 1,200 px margin posts are read at */
  farPx: number;
}

export const DEFAULT_TRACKER_LIMITS: TrackerLimits = { cap: 2000, farPx: 4000 };

interface Entry {
  post: Post;
  /** the post's element while the page holds it; null once the site removed it */
  element: Element | null;
  /** what groupThreads read from the element before it went */
  facts?: GroupingFacts;
  /** document position when read: X absolutely positions its cells, so this orders them */
  y: number;
  seq: number;
  parseMs: number;
  /** the tick it was last read or lost its element at (its thread's badge needs syncing) */
  version: number;
  /** the tick it was last read at (news for its thread's verdict) */
  readAt: number;
  /** fnv1a of the post as parsed */
  hash: number;
}

interface Issued {
  hash: string;
  /** newest version among its posts */
  version: number;
  /** newest readAt among its posts */
  readAt: number;
  postIds: readonly string[];
}

export class ThreadTracker {
  private readonly posts = new Map<string, Entry>();
  private readonly sentHashes = new Map<string, string>();
  /** per key, the newest readAt among the posts sent */
  private readonly sentVersions = new Map<string, number>();
  /** threads that lost posts to the cap since they were sent: their smaller hash needs no new verdict */
  private readonly trimmed = new Set<string>();
  /** what the last groups() call gave, by key */
  private issued = new Map<string, Issued>();
  private lastGroups: ThreadGroup[] = [];
  /** keys whose thread the last regroup changed (new, other posts, or a post read again) */
  private touchedKeys = new Set<string>();
  /** every thread counts as touched at the next groups() call (after resend: the overlay may have been cleared) */
  private touchAll = false;
  private removedKeys: string[] = [];
  private readonly limits: TrackerLimits;
  private placeholder: Element | null = null;
  private seq = 0;
  private tick = 0;
  /** tick of the last regroup */
  private groupedAt = 0;
  private generation = 0;
  private changedSinceGroups = false;
  private droppedAtCap = 0;

  constructor(
    private readonly adapter: SiteAdapter,
    private pageUrl: URL,
    limits: Partial<TrackerLimits> = {},
  ) {
    this.limits = { ...DEFAULT_TRACKER_LIMITS, ...limits };
  }

  /** Parses a post element and keeps it; false when it holds no readable post. */
  read(element: Element, y: number, now: () => number = () => performance.now()): boolean {
    const start = now();
    const post = this.adapter.parsePost(element, this.pageUrl);
    const parseMs = now() - start;
    if (!post) return false;
    const existing = this.posts.get(post.id);
    this.placeholder ??= element.ownerDocument.createElement('div');
    const hash = fnv1a(JSON.stringify(post));
    const tick = ++this.tick;
    this.posts.set(post.id, { post, element, y, seq: existing?.seq ?? this.seq++, parseMs, version: tick, readAt: tick, hash });
    this.changedSinceGroups = true;
    return true;
  }

  /** Time the adapter took to parse a post, for the debug view. */
  parseMs(postId: string): number | undefined {
    return this.posts.get(postId)?.parseMs;
  }

  get size(): number {
    return this.posts.size;
  }

  /** Whether posts were read since the last call to groups(). */
  get dirty(): boolean {
    return this.changedSinceGroups;
  }

  /** Posts kept whose element is still referenced (for tests: none the site removed). */
  get elementsHeld(): number {
    let n = 0;
    for (const entry of this.posts.values()) if (entry.element) n++;
    return n;
  }

  /** Posts dropped at the cap so far (the soak reports it: a run that never reached the cap tested no trimming). */
  get dropped(): number {
    return this.droppedAtCap;
  }

  /** Keys the last groups() call had that this one no longer has (their badges may go). */
  get removed(): readonly string[] {
    return this.removedKeys;
  }

  /**
   * Lets go of removed elements and drops posts beyond the cap (see the file's head). Returns the
   * elements of dropped posts that are still on the page, to be watched again: read once more when
   * they come near the viewport.
   */
  trim(view: ViewportSpan): Element[] {
    this.releaseRemoved();
    const excess = this.posts.size - this.limits.cap;
    if (excess <= 0) return [];
    // A tenth under the cap, so a long scroll trims every few flushes rather than on each.
    let toDrop = excess + Math.floor(this.limits.cap / 10);
    const distance = (y: number): number => (y < view.top ? view.top - y : y > view.bottom ? y - view.bottom : 0);
    const units: Array<{ ids: string[]; key?: string; far: number; removed: boolean; seq: number }> = [];
    const grouped = new Set<string>();
    const reading = this.readingKey();
    for (const [key, issued] of this.issued) {
      const entries = issued.postIds.map((id) => this.posts.get(id)).filter((e): e is Entry => e !== undefined);
      const near = Math.min(...entries.map((e) => distance(e.y)));
      if (near >= this.limits.farPx && key !== reading) {
        // The whole thread is far away: it goes with its root (its badge is nowhere near the screen).
        units.push({ ids: entries.map((e) => e.post.id), key, far: near, removed: entries.every((e) => !e.element), seq: entries[0]?.seq ?? 0 });
      } else {
        // Part of it is near: its root stays (the badge's place and the thread's key), far replies may go.
        for (const entry of entries.slice(1)) {
          const far = distance(entry.y);
          if (far >= this.limits.farPx) units.push({ ids: [entry.post.id], key, far, removed: !entry.element, seq: entry.seq });
        }
      }
      for (const e of entries) grouped.add(e.post.id);
    }
    // Read since the last grouping: no thread yet; far ones go alone.
    for (const entry of this.posts.values()) {
      const far = distance(entry.y);
      if (!grouped.has(entry.post.id) && far >= this.limits.farPx) units.push({ ids: [entry.post.id], far, removed: !entry.element, seq: entry.seq });
    }
    units.sort((a, b) => Number(b.removed) - Number(a.removed) || b.far - a.far || a.seq - b.seq);
    const released: Element[] = [];
    for (const unit of units) {
      if (toDrop <= 0) break;
      for (const id of unit.ids) {
        const entry = this.posts.get(id);
        if (!entry) continue;
        if (entry.element) released.push(entry.element);
        this.posts.delete(id);
        this.droppedAtCap++;
        toDrop--;
      }
      if (unit.key !== undefined) this.trimmed.add(unit.key);
      this.changedSinceGroups = true;
    }
    return released;
  }

  /** The page's threads, each with its content hash and whether that hash was sent yet. */
  groups(): TrackedGroup[] {
    this.releaseRemoved();
    if (this.changedSinceGroups) this.regroup();
    else {
      this.touchedKeys.clear();
      this.removedKeys = [];
    }
    const result: TrackedGroup[] = this.lastGroups.map((group) => {
      const issued = this.issued.get(group.key);
      const hash = issued?.hash ?? '';
      const readAt = issued?.readAt ?? 0;
      let changed = this.sentHashes.get(group.key) !== hash;
      // It lost posts to the cap and read none since it was sent: what is on screen keeps its verdict
      // (sending the smaller thread could change the label the reader sees, for no new post).
      if (changed && this.trimmed.has(group.key) && this.sentHashes.has(group.key) && readAt <= (this.sentVersions.get(group.key) ?? Infinity)) {
        this.sentHashes.set(group.key, hash);
        changed = false;
      }
      return { group, hash, changed, touched: this.touchAll || this.touchedKeys.has(group.key), generation: this.generation };
    });
    this.touchedKeys.clear();
    this.touchAll = false;
    return result;
  }

  /** Forget what was sent, so every thread is sent again (settings changed). */
  resend(): void {
    this.generation++;
    this.sentHashes.clear();
    this.sentVersions.clear();
    this.trimmed.clear();
    this.touchAll = true;
    this.changedSinceGroups = true;
  }

  markSent(key: string, hash: string, generation: number): void {
    // A request still in flight when settings changed was scored under the old ones: marking it
    // sent would keep the thread from being scored again under the new ones.
    if (generation !== this.generation) return;
    this.sentHashes.set(key, hash);
    const issued = this.issued.get(key);
    this.sentVersions.set(key, issued?.hash === hash ? issued.readAt : -1);
    this.trimmed.delete(key);
  }

  /** The page changed in place: forget everything read on the old one. */
  reset(pageUrl: URL): void {
    this.pageUrl = pageUrl;
    this.generation++;
    this.posts.clear();
    this.sentHashes.clear();
    this.sentVersions.clear();
    this.trimmed.clear();
    this.issued = new Map();
    this.lastGroups = [];
    this.removedKeys = [];
    this.changedSinceGroups = false;
  }

  /** The key of the thread with the post read last, among those the last groups() call gave. */
  private readingKey(): string | undefined {
    let key: string | undefined;
    let readAt = -1;
    for (const [k, issued] of this.issued) {
      if (issued.readAt <= readAt) continue;
      key = k;
      readAt = issued.readAt;
    }
    return key;
  }

  /** Drops the reference to every element the site removed, keeping what grouping read from it. */
  releaseRemoved(): void {
    for (const entry of this.posts.values()) {
      if (!entry.element || entry.element.isConnected) continue;
      entry.facts = this.adapter.groupingFacts?.(entry.element);
      entry.element = null;
      entry.version = ++this.tick;
      this.changedSinceGroups = true;
    }
  }

  private regroup(): void {
    this.changedSinceGroups = false;
    const placeholder = this.placeholder;
    const ordered: ParsedPost[] = [];
    for (const e of [...this.posts.values()].sort((a, b) => a.y - b.y || a.seq - b.seq)) {
      if (e.element) ordered.push({ post: e.post, element: e.element });
      else if (placeholder) ordered.push({ post: e.post, element: placeholder, ...(e.facts ? { facts: e.facts } : {}) });
    }
    const groups = this.adapter.groupThreads(ordered, this.pageUrl);
    const issued = new Map<string, Issued>();
    this.touchedKeys = new Set();
    for (const group of groups) {
      // No placeholder among the elements to highlight (the badge layer skips a root that is not on the page).
      if (placeholder) for (const [id, element] of group.elements) if (element === placeholder) group.elements.delete(id);
      const next = this.hashGroup(group);
      if (this.issued.get(group.key)?.hash !== next.hash || next.version > this.groupedAt) this.touchedKeys.add(group.key);
      issued.set(group.key, next);
    }
    this.groupedAt = this.tick;
    this.removedKeys = [...this.issued.keys()].filter((key) => !issued.has(key));
    for (const key of this.removedKeys) {
      this.sentHashes.delete(key);
      this.sentVersions.delete(key);
      this.trimmed.delete(key);
    }
    this.issued = issued;
    this.lastGroups = groups;
  }

  /** The thread's hash from its posts' stored hashes: only what the adapter rewrote (replyTo) is hashed again. */
  private hashGroup(group: ThreadGroup): Issued {
    const { thread } = group;
    let h = fnv1a(`${thread.site}\n${thread.url ?? ''}`);
    let version = 0;
    let readAt = 0;
    const postIds: string[] = [];
    for (const post of thread.posts) {
      const entry = this.posts.get(post.id);
      postIds.push(post.id);
      if (entry) {
        version = Math.max(version, entry.version);
        readAt = Math.max(readAt, entry.readAt);
      }
      const same = entry !== undefined && (post === entry.post || onlyReplyToDiffers(post, entry.post));
      const postHash = same ? fnv1a(post.replyTo ?? '', entry.hash % 0xffffffff) : fnv1a(JSON.stringify(post));
      h = fnv1a(postHash.toString(36), h % 0xffffffff);
    }
    return { hash: `${thread.posts.length}-${h.toString(36)}`, version, readAt, postIds };
  }
}

/** Whether `a` is `b` with only its replyTo set by the adapter's grouping (a shallow comparison). */
function onlyReplyToDiffers(a: Post, b: Post): boolean {
  const keys = Object.keys(a) as Array<keyof Post>;
  for (const key of keys) if (key !== 'replyTo' && a[key] !== b[key]) return false;
  return keys.length === Object.keys(b).length + (b.replyTo === undefined && a.replyTo !== undefined ? 1 : 0);
}
