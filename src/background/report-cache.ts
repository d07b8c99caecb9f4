// Reports cached by content hash. Chrome stops an idle MV3 service worker after ~30 s and starts it
// again on the next message: the memory map is lost then, so entries are also kept in
// storage.session (in memory, per browser session, 10 MB in Chrome) and read back on start.
// Both copies are bounded by entries and by bytes, oldest (least recently used) out first: a long
// session on a busy site must not grow the worker's heap or fill the session quota (issue 12).
import type { Report } from '../shared/report.ts';

export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export interface ReportCacheLimits {
  /** reports kept in memory */
  entries: number;
  /** their size in memory, counted as the characters of their JSON */
  bytes: number;
  /**
   * what the storage.session copy may take: well under Chrome's 10 MB QUOTA_BYTES, which counts
   * keys and JSON values and is shared with anything else the extension keeps there
   */
  persistedBytes: number;
  /** quiet time before the copy is written (reports arrive in bursts) */
  saveDelayMs: number;
}

export const DEFAULT_REPORT_CACHE_LIMITS: ReportCacheLimits = {
  entries: 300,
  bytes: 8_000_000,
  persistedBytes: 4_000_000,
  saveDelayMs: 500,
};

const STORAGE_KEY = 'reportCache';
/** Large threads' reports are cheap to recompute relative to the session quota they would eat. */
const MAX_PERSISTED_CHARS = 200_000;
/** Writes tried after a quota error, each with the oldest half of what is left dropped. */
const MAX_QUOTA_RETRIES = 8;

interface Entry {
  report: Report;
  /** characters of the report's JSON */
  size: number;
}

/** Chrome: "Resource::kQuotaBytes quota exceeded"; Firefox: "QuotaExceededError". */
export function isQuotaError(e: unknown): boolean {
  const text = e instanceof Error ? `${e.name} ${e.message}` : String(e);
  return /quota/i.test(text);
}

export class ReportCache {
  private readonly entries = new Map<string, Entry>();
  private readonly limits: ReportCacheLimits;
  private bytes = 0;
  private loaded: Promise<void> | null = null;
  private saveTimer: ReturnType<typeof setTimeout> | null = null;
  private saving: Promise<void> = Promise.resolve();

  constructor(
    private readonly area: SessionArea | null,
    limits: Partial<ReportCacheLimits> = {},
  ) {
    this.limits = { ...DEFAULT_REPORT_CACHE_LIMITS, ...limits };
  }

  get size(): number {
    return this.entries.size;
  }

  /** characters of JSON the reports in memory take */
  get byteSize(): number {
    return this.bytes;
  }

  async get(key: string): Promise<Report | undefined> {
    await this.load();
    const entry = this.entries.get(key);
    if (entry) {
      // refresh its place in the LRU order
      this.entries.delete(key);
      this.entries.set(key, entry);
    }
    return entry?.report;
  }

  async set(key: string, report: Report): Promise<void> {
    await this.load();
    this.put(key, report, JSON.stringify(report).length);
    this.scheduleSave();
  }

  clear(): void {
    this.entries.clear();
    this.bytes = 0;
    this.scheduleSave();
  }

  /** Resolves once a write scheduled so far has been made (tests; a quota error retried included). */
  async flushed(): Promise<void> {
    if (this.saveTimer !== null) {
      clearTimeout(this.saveTimer);
      this.saveTimer = null;
      this.saving = this.saving.then(() => this.save());
    }
    await this.saving;
  }

  private put(key: string, report: Report, size: number): void {
    this.remove(key);
    // One report larger than the whole budget is not kept (it would evict everything else).
    if (size > this.limits.bytes) return;
    this.entries.set(key, { report, size });
    this.bytes += size;
    while (this.entries.size > this.limits.entries || this.bytes > this.limits.bytes) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.remove(oldest);
    }
  }

  private remove(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.size;
  }

  private load(): Promise<void> {
    this.loaded ??= (async () => {
      if (!this.area) return;
      try {
        const stored = (await this.area.get(STORAGE_KEY))[STORAGE_KEY];
        if (!Array.isArray(stored)) return;
        for (const entry of stored) {
          if (Array.isArray(entry) && typeof entry[0] === 'string' && typeof entry[1] === 'object' && entry[1] !== null) {
            if (!this.entries.has(entry[0])) this.put(entry[0], entry[1] as Report, JSON.stringify(entry[1]).length);
          }
        }
      } catch {
        // A broken session store only costs recomputation.
      }
    })();
    return this.loaded;
  }

  private scheduleSave(): void {
    if (!this.area || this.saveTimer !== null) return;
    this.saveTimer = setTimeout(() => {
      this.saveTimer = null;
      this.saving = this.saving.then(() => this.save());
    }, this.limits.saveDelayMs);
  }

  /** The newest entries that fit the persisted budget, oldest first (the order load() restores). */
  private persistable(): Array<[string, Report]> {
    const items: Array<[string, Report]> = [];
    let bytes = 0;
    for (const [key, entry] of [...this.entries].reverse()) {
      if (entry.size > MAX_PERSISTED_CHARS) continue;
      // the key and the array's punctuation count against the quota too
      const cost = entry.size + key.length + 8;
      if (bytes + cost > this.limits.persistedBytes) break;
      bytes += cost;
      items.push([key, entry.report]);
    }
    return items.reverse();
  }

  private async save(): Promise<void> {
    const area = this.area;
    if (!area) return;
    let items = this.persistable();
    for (let attempt = 0; ; attempt++) {
      try {
        await area.set({ [STORAGE_KEY]: items });
        return;
      } catch (e) {
        if (!isQuotaError(e) || attempt >= MAX_QUOTA_RETRIES || items.length === 0) {
          console.warn('[threadlens] the report cache could not be kept in storage.session', e);
          return;
        }
        // The session area is fuller than this cache's share (or the quota smaller than thought):
        // the oldest half goes, from memory too, so the next write starts from what fits.
        const dropped = items.slice(0, Math.ceil(items.length / 2));
        items = items.slice(dropped.length);
        for (const [key] of dropped) this.remove(key);
      }
    }
  }
}
