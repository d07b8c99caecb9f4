import { describe, expect, it, vi } from 'vitest';
import { ReportCache, type SessionArea } from '../../../src/background/report-cache.ts';
import type { Report } from '../../../src/shared/report.ts';

const report = (score: number): Report => ({ thread: { score, level: 'none' }, signals: [], model: null });

function memoryArea(): SessionArea & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = {};
  return {
    data,
    get: async (key) => (key in data ? { [key]: structuredClone(data[key]) } : {}),
    set: async (items) => {
      Object.assign(data, structuredClone(items));
    },
  };
}

describe('ReportCache', () => {
  it('evicts the least recently used entry beyond capacity', async () => {
    const cache = new ReportCache(null, { entries: 2 });
    await cache.set('a', report(0.1));
    await cache.set('b', report(0.2));
    await cache.get('a');
    await cache.set('c', report(0.3));
    expect(await cache.get('b')).toBeUndefined();
    expect((await cache.get('a'))?.thread.score).toBe(0.1);
    expect(cache.size).toBe(2);
  });

  it('survives a service-worker restart through the session area', async () => {
    vi.useFakeTimers();
    try {
      const area = memoryArea();
      const first = new ReportCache(area, { entries: 10, saveDelayMs: 100 });
      await first.set('k', report(0.7));
      await vi.advanceTimersByTimeAsync(150);
      const restarted = new ReportCache(area, { entries: 10, saveDelayMs: 100 });
      expect((await restarted.get('k'))?.thread.score).toBe(0.7);
    } finally {
      vi.useRealTimers();
    }
  });

  it('ignores a corrupt session entry', async () => {
    const area = memoryArea();
    area.data.reportCache = [['ok', report(0.5)], 'junk', [1, 2], null];
    const cache = new ReportCache(area);
    expect((await cache.get('ok'))?.thread.score).toBe(0.5);
    expect(cache.size).toBe(1);
  });

  it('bounds the reports in memory by their size, oldest out first', async () => {
    const size = JSON.stringify(report(0.1)).length;
    const cache = new ReportCache(null, { entries: 100, bytes: size * 3 });
    for (const key of ['a', 'b', 'c', 'd']) await cache.set(key, report(0.1));
    expect(cache.size).toBe(3);
    expect(cache.byteSize).toBe(size * 3);
    expect(await cache.get('a')).toBeUndefined();
    expect(await cache.get('d')).toBeDefined();
  });

  it('keeps no report larger than the whole budget', async () => {
    const size = JSON.stringify(report(0.1)).length;
    const cache = new ReportCache(null, { bytes: size * 2 });
    await cache.set('small', report(0.1));
    const big: Report = { ...report(0.2), notes: ['y'.repeat(size * 3)] };
    await cache.set('big', big);
    expect(await cache.get('big')).toBeUndefined();
    expect(await cache.get('small')).toBeDefined();
  });

  it('writes only the newest reports that fit the persisted budget', async () => {
    const area = memoryArea();
    const size = JSON.stringify(report(0.1)).length;
    const cache = new ReportCache(area, { persistedBytes: (size + 20) * 2, saveDelayMs: 0 });
    for (const key of ['a', 'b', 'c']) await cache.set(key, report(0.1));
    await cache.flushed();
    expect((area.data.reportCache as Array<[string, Report]>).map(([key]) => key)).toEqual(['b', 'c']);
  });

  it('evicts the oldest reports and writes again when the session area is over its quota', async () => {
    const area = memoryArea();
    const size = JSON.stringify(report(0.1)).length;
    const writes: number[] = [];
    const quota = (size + 20) * 3;
    const full: SessionArea = {
      get: area.get,
      set: async (items) => {
        const bytes = JSON.stringify(items).length;
        writes.push(bytes);
        // Chrome's message for storage.session over QUOTA_BYTES
        if (bytes > quota) throw new Error('Resource::kQuotaBytes quota exceeded');
        await area.set(items);
      },
    };
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const cache = new ReportCache(full, { persistedBytes: 1_000_000, saveDelayMs: 0 });
      for (const key of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']) await cache.set(key, report(0.1));
      await cache.flushed();
      expect(writes.length).toBeGreaterThan(1);
      const kept = (area.data.reportCache as Array<[string, Report]>).map(([key]) => key);
      expect(kept.length).toBeGreaterThan(0);
      expect(kept.at(-1)).toBe('h');
      expect(kept).not.toContain('a');
      // what did not fit is gone from memory too, so the next write starts from what fits
      expect(await cache.get('a')).toBeUndefined();
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });

  it('says so when the session area refuses a write for another reason', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const broken: SessionArea = { get: async () => ({}), set: async () => Promise.reject(new Error('storage is broken')) };
      const cache = new ReportCache(broken, { saveDelayMs: 0 });
      await cache.set('a', report(0.1));
      await cache.flushed();
      expect(warn).toHaveBeenCalledOnce();
      expect(await cache.get('a')).toBeDefined();
    } finally {
      warn.mockRestore();
    }
  });
});
