// The cross-thread memory: fingerprints of replies from the threads the reader has seen (or the
// CLI has scored), each with the thread, the account, when it was seen and a short excerpt, so
// that a reply copied under many threads by different accounts, invisible to any one thread, is
// seen. Pure data: no storage, no clock. The background keeps it in storage.local, the CLI in a
// file (--memory), both through toJSON / fromJSON.
//
// Bounded three ways, oldest out first: entries (default 50,000), bytes of its JSON (default
// 4 MB, under storage.local's 10 MB quota), and age (7 days). A file or stored value that is
// corrupt, from another version or over the bounds is rebuilt or trimmed, with a one-line note,
// never an exception.
import type { Post, Thread } from '../shared/thread.ts';
import { rootPost } from '../shared/thread.ts';
import { normaliseHandle } from '../shared/normalise-handle.ts';
import { excerptOf, postFingerprint } from './reply-fingerprint.ts';

export const MEMORY_VERSION = 1;

export interface MemoryLimits {
  maxEntries: number;
  maxBytes: number;
  maxAgeMs: number;
}

export const DEFAULT_MEMORY_LIMITS: MemoryLimits = { maxEntries: 50_000, maxBytes: 4_000_000, maxAgeMs: 7 * 24 * 60 * 60_000 };

export interface MemoryEntry {
  fp: number;
  /** site:rootId of the thread it was seen in */
  thread: string;
  /** normalised handle */
  account: string;
  /** when it was seen (ms) */
  seenAt: number;
  excerpt: string;
  /** the thread's root, not a reply: a copy of a popular root is a quote, not a campaign */
  root: boolean;
}

/** What signals may read: lookups only. */
export interface MemoryView {
  entriesFor(fp: number): readonly MemoryEntry[];
  readonly maxAgeMs: number;
}

export interface SerializedMemory {
  kind: 'threadlens-memory';
  version: number;
  /** [fp in base 36, thread, account, seenAt, excerpt, 1 for a root] */
  entries: [string, string, string, number, string, 0 | 1][];
}

/** Bytes an entry adds to the JSON (close enough for a bound: its array's text and a comma). */
const entryBytes = (e: MemoryEntry): number => 24 + e.thread.length + e.account.length + e.excerpt.length * 1.2 + 14;

/** The key a thread is remembered under: the same thread read twice is one thread. */
export function threadKey(thread: Thread): string | undefined {
  const root = rootPost(thread);
  return root ? `${thread.site}:${root.id}` : undefined;
}

export class CrossThreadMemory implements MemoryView {
  readonly limits: MemoryLimits;
  /** oldest first; `head` entries at the front are already evicted */
  private log: MemoryEntry[] = [];
  private head = 0;
  private byFp = new Map<number, MemoryEntry[]>();
  private bytes = 0;

  constructor(limits: Partial<MemoryLimits> = {}) {
    this.limits = { ...DEFAULT_MEMORY_LIMITS, ...limits };
  }

  get maxAgeMs(): number {
    return this.limits.maxAgeMs;
  }

  get size(): number {
    return this.log.length - this.head;
  }

  get approximateBytes(): number {
    return this.bytes;
  }

  entriesFor(fp: number): readonly MemoryEntry[] {
    return this.byFp.get(fp) ?? [];
  }

  /** Adds the thread's root and replies; a reply already remembered for this thread and account is not added twice. */
  remember(thread: Thread, now: number): void {
    const key = threadKey(thread);
    if (key === undefined) return;
    const root = rootPost(thread);
    for (const post of thread.posts) this.add(post, key, post === root, now);
    this.prune(now);
  }

  private add(post: Post, thread: string, root: boolean, now: number): void {
    if (typeof post.text !== 'string') return;
    const fp = postFingerprint(post);
    if (fp === null) return;
    const account = normaliseHandle(post.author.handle);
    this.push({ fp, thread, account, seenAt: now, excerpt: excerptOf(post.text), root });
  }

  private push(entry: MemoryEntry): void {
    const list = this.byFp.get(entry.fp);
    if (list) {
      // one entry per text, thread and account: lists are short (a text's copies)
      for (let i = 0; i < list.length; i++) {
        const e = list[i] as MemoryEntry;
        if (e.thread === entry.thread && e.account === entry.account) return;
      }
      list.push(entry);
    } else this.byFp.set(entry.fp, [entry]);
    this.log.push(entry);
    this.bytes += entryBytes(entry);
  }

  /** Drops entries older than maxAgeMs, then the oldest until within maxEntries and maxBytes. */
  prune(now: number): number {
    let dropped = 0;
    const { maxEntries, maxBytes, maxAgeMs } = this.limits;
    while (this.head < this.log.length) {
      const oldest = this.log[this.head];
      if (!oldest) break;
      if (oldest.seenAt >= now - maxAgeMs && this.size <= maxEntries && this.bytes <= maxBytes) break;
      this.evictOldest(oldest);
      dropped++;
    }
    // compact the log now and then, so evicted entries do not pile up in the array
    if (this.head > 1024 && this.head * 2 > this.log.length) {
      this.log = this.log.slice(this.head);
      this.head = 0;
    }
    return dropped;
  }

  private evictOldest(entry: MemoryEntry): void {
    this.head++;
    this.bytes -= entryBytes(entry);
    const list = this.byFp.get(entry.fp);
    if (!list) return;
    // entries of one fingerprint are in insertion order too: the oldest is first
    if (list[0] === entry) list.shift();
    else list.splice(list.indexOf(entry), 1);
    if (list.length === 0) this.byFp.delete(entry.fp);
  }

  clear(): void {
    this.log = [];
    this.head = 0;
    this.byFp.clear();
    this.bytes = 0;
  }

  toJSON(): SerializedMemory {
    const entries: SerializedMemory['entries'] = [];
    for (let i = this.head; i < this.log.length; i++) {
      const e = this.log[i];
      if (e) entries.push([e.fp.toString(36), e.thread, e.account, e.seenAt, e.excerpt, e.root ? 1 : 0]);
    }
    return { kind: 'threadlens-memory', version: MEMORY_VERSION, entries };
  }

  /**
   * A memory from what a file or storage held. Never throws: anything unreadable gives an empty
   * memory and a note; bad entries are skipped and counted; a memory over its bounds is trimmed.
   */
  static fromJSON(value: unknown, now: number, limits: Partial<MemoryLimits> = {}): { memory: CrossThreadMemory; note?: string } {
    const memory = new CrossThreadMemory(limits);
    if (value === undefined || value === null) return { memory };
    if (typeof value !== 'object' || Array.isArray(value) || (value as { kind?: unknown }).kind !== 'threadlens-memory') {
      return { memory, note: 'The cross-thread memory was not readable (corrupt): started a new one.' };
    }
    const v = value as { version?: unknown; entries?: unknown };
    if (v.version !== MEMORY_VERSION) {
      return {
        memory,
        note: `The cross-thread memory was written by another version (${JSON.stringify(v.version)}; this one reads ${MEMORY_VERSION}): started a new one.`,
      };
    }
    if (!Array.isArray(v.entries)) return { memory, note: 'The cross-thread memory had no list of entries (corrupt): started a new one.' };
    let bad = 0;
    for (const row of v.entries) {
      const entry = entryFrom(row);
      if (entry) memory.push(entry);
      else bad++;
    }
    const dropped = memory.prune(now);
    const notes: string[] = [];
    if (bad > 0) notes.push(`skipped ${bad} unreadable entries`);
    if (dropped > 0) notes.push(`dropped ${dropped} entries that were expired or over its bounds, oldest first`);
    return notes.length === 0 ? { memory } : { memory, note: `The cross-thread memory: ${notes.join('; ')}.` };
  }
}

function entryFrom(row: unknown): MemoryEntry | undefined {
  if (!Array.isArray(row) || row.length !== 6) return undefined;
  const [fp36, thread, account, seenAt, excerpt, root] = row as unknown[];
  if (typeof fp36 !== 'string' || !/^[0-9a-z]{1,11}$/.test(fp36)) return undefined;
  const fp = parseInt(fp36, 36);
  if (!Number.isSafeInteger(fp)) return undefined;
  if (typeof thread !== 'string' || thread.length === 0 || thread.length > 300) return undefined;
  if (typeof account !== 'string' || account.length > 300) return undefined;
  if (typeof seenAt !== 'number' || !Number.isFinite(seenAt)) return undefined;
  if (typeof excerpt !== 'string' || excerpt.length > 200) return undefined;
  if (root !== 0 && root !== 1) return undefined;
  return { fp, thread, account, seenAt, excerpt, root: root === 1 };
}
