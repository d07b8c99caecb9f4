// The cross-thread memory as the background keeps it: in storage.local (on the device only), read
// once after each service-worker start and written back at most once a second after it changes,
// so a restart of the worker loses at most the last second of it. A stored value that is corrupt,
// from another version or over the bounds is rebuilt or trimmed, with a one-line warning.
import { CrossThreadMemory } from '../memory/cross-thread-memory.ts';

export interface LocalArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export const MEMORY_STORAGE_KEY = 'crossThreadMemory';

export class MemoryStore {
  private memory: Promise<CrossThreadMemory> | null = null;
  private saveTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly area: LocalArea | null,
    private readonly now: () => number = Date.now,
    private readonly saveDelayMs = 1000,
  ) {}

  /** The memory, loaded from storage on first use. */
  get(): Promise<CrossThreadMemory> {
    this.memory ??= this.load();
    return this.memory;
  }

  private async load(): Promise<CrossThreadMemory> {
    if (!this.area) return new CrossThreadMemory();
    let stored: unknown;
    try {
      stored = (await this.area.get(MEMORY_STORAGE_KEY))[MEMORY_STORAGE_KEY];
    } catch {
      stored = undefined;
    }
    const { memory, note } = CrossThreadMemory.fromJSON(stored, this.now());
    if (note !== undefined) console.warn(`Threadlens: ${note}`);
    return memory;
  }

  /** Call after the memory changed: it is written back soon, once for many changes. */
  changed(): void {
    if (!this.area || this.saveTimer !== null) return;
    this.saveTimer = setTimeout(() => {
      this.saveTimer = null;
      void this.save();
    }, this.saveDelayMs);
  }

  async save(): Promise<void> {
    if (!this.area || !this.memory) return;
    const memory = await this.memory;
    await this.area.set({ [MEMORY_STORAGE_KEY]: memory.toJSON() });
  }

  /** Forgets everything, in memory and in storage. */
  async clear(): Promise<void> {
    if (this.saveTimer !== null) clearTimeout(this.saveTimer);
    this.saveTimer = null;
    (await this.get()).clear();
    await this.area?.remove(MEMORY_STORAGE_KEY);
  }
}
