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
    const cache = new ReportCache(null, 2);
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
      const first = new ReportCache(area, 10, 100);
      await first.set('k', report(0.7));
      await vi.advanceTimersByTimeAsync(150);
      const restarted = new ReportCache(area, 10, 100);
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
});
