// Keeps the posts read so far on the current page and regroups them into threads.
// X's list is virtual: posts scrolled far away leave the DOM, but their thread still has them,
// so parsed posts are kept by id (with the last element seen for them) until the page changes.
import { threadHash } from '../shared/hash.ts';
import type { ParsedPost, SiteAdapter, ThreadGroup } from '../sites/site-adapter.ts';

export interface TrackedGroup {
  group: ThreadGroup;
  hash: string;
  /** not sent to the background in this form yet */
  changed: boolean;
  /** pass back to markSent: an answer to a request from before resend() or reset() marks nothing */
  generation: number;
}

interface Entry {
  parsed: ParsedPost;
  /** document position when read: X absolutely positions its cells, so this orders them */
  y: number;
  seq: number;
  parseMs: number;
}

export class ThreadTracker {
  private readonly posts = new Map<string, Entry>();
  private readonly sentHashes = new Map<string, string>();
  private seq = 0;
  private generation = 0;
  private changedSinceGroups = false;

  constructor(
    private readonly adapter: SiteAdapter,
    private pageUrl: URL,
  ) {}

  /** Parses a post element and keeps it; false when it holds no readable post. */
  read(element: Element, y: number, now: () => number = () => performance.now()): boolean {
    const start = now();
    const post = this.adapter.parsePost(element, this.pageUrl);
    const parseMs = now() - start;
    if (!post) return false;
    const existing = this.posts.get(post.id);
    this.posts.set(post.id, { parsed: { post, element }, y, seq: existing?.seq ?? this.seq++, parseMs });
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

  /** The page's threads, each with its content hash and whether that hash was sent yet. */
  groups(): TrackedGroup[] {
    this.changedSinceGroups = false;
    const ordered = [...this.posts.values()].sort((a, b) => a.y - b.y || a.seq - b.seq).map((e) => e.parsed);
    return this.adapter.groupThreads(ordered, this.pageUrl).map((group) => {
      const hash = threadHash(group.thread);
      return { group, hash, changed: this.sentHashes.get(group.key) !== hash, generation: this.generation };
    });
  }

  /** Forget what was sent, so every thread is sent again (settings changed). */
  resend(): void {
    this.generation++;
    this.sentHashes.clear();
    this.changedSinceGroups = true;
  }

  markSent(key: string, hash: string, generation: number): void {
    // A request still in flight when settings changed was scored under the old ones: marking it
    // sent would keep the thread from being scored again under the new ones.
    if (generation !== this.generation) return;
    this.sentHashes.set(key, hash);
  }

  /** The page changed in place: forget everything read on the old one. */
  reset(pageUrl: URL): void {
    this.pageUrl = pageUrl;
    this.generation++;
    this.posts.clear();
    this.sentHashes.clear();
    this.changedSinceGroups = false;
  }
}
