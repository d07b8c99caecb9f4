// Reports cached by content hash. Chrome stops an idle MV3 service worker after ~30 s and starts it
// again on the next message: the memory map is lost then, so entries are also kept in
// storage.session (in memory, per browser session, 10 MB in Chrome) and read back on start.
import type { Report } from '../shared/report.ts';

export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

const STORAGE_KEY = 'reportCache';
/** Large threads' reports are cheap to recompute relative to the session quota they would eat. */
const MAX_PERSISTED_CHARS = 200_000;

export class ReportCache {
  private readonly entries = new Map<string, Report>();
  private loaded: Promise<void> | null = null;
  private saveTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly area: SessionArea | null,
    private readonly capacity = 300,
    private readonly saveDelayMs = 500,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  async get(key: string): Promise<Report | undefined> {
    await this.load();
    const report = this.entries.get(key);
    if (report) {
      // refresh its place in the LRU order
      this.entries.delete(key);
      this.entries.set(key, report);
    }
    return report;
  }

  async set(key: string, report: Report): Promise<void> {
    await this.load();
    this.entries.delete(key);
    this.entries.set(key, report);
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    this.scheduleSave();
  }

  clear(): void {
    this.entries.clear();
    this.scheduleSave();
  }

  private load(): Promise<void> {
    this.loaded ??= (async () => {
      if (!this.area) return;
      try {
        const stored = (await this.area.get(STORAGE_KEY))[STORAGE_KEY];
        if (!Array.isArray(stored)) return;
        for (const entry of stored) {
          if (Array.isArray(entry) && typeof entry[0] === 'string' && typeof entry[1] === 'object' && entry[1] !== null) {
            if (!this.entries.has(entry[0])) this.entries.set(entry[0], entry[1] as Report);
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
      const items: Array<[string, Report]> = [];
      for (const [key, report] of this.entries) {
        if (JSON.stringify(report).length <= MAX_PERSISTED_CHARS) items.push([key, report]);
      }
      this.area?.set({ [STORAGE_KEY]: items }).catch(() => undefined);
    }, this.saveDelayMs);
  }
}
