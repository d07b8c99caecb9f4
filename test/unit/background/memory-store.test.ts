import { describe, expect, it } from 'vitest';
import { createScoreThreads } from '../../../src/background/handlers/score-threads.ts';
import { MEMORY_STORAGE_KEY, MemoryStore, type LocalArea } from '../../../src/background/memory-store.ts';
import { ReportCache } from '../../../src/background/report-cache.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/shared/settings/schema.ts';
import type { Thread } from '../../../src/shared/thread.ts';

const SPAM = 'Get the real story the media will not tell you about this, link in my profile now';
const thread = (n: number): Thread => ({
  site: 'x',
  posts: [
    { id: `root${n}`, author: { handle: `host${n}` }, text: `Root post number ${n}` },
    { id: `s${n}`, author: { handle: `spammer${n}` }, text: SPAM, replyTo: `root${n}` },
  ],
});

function fakeArea(initial: Record<string, unknown> = {}): LocalArea & { data: Record<string, unknown> } {
  const data = { ...initial };
  return {
    data,
    get: async (key) => (key in data ? { [key]: data[key] } : {}),
    set: async (items) => void Object.assign(data, JSON.parse(JSON.stringify(items))),
    remove: async (key) => void delete data[key],
  };
}

const handlerWith = (memory: MemoryStore, settings: Settings = DEFAULT_SETTINGS) =>
  createScoreThreads({ cache: new ReportCache(null), getSettings: async () => settings, classifierStatus: () => ({ state: 'off', reason: 'test' }), memory });

describe('the background’s cross-thread memory', () => {
  it('survives a service-worker restart: what one worker remembered, the next one reads from storage', async () => {
    const area = fakeArea();
    const first = new MemoryStore(area, Date.now, 0);
    const handler = handlerWith(first);
    for (let n = 0; n < 4; n++) await handler({ type: 'content/score-threads', threads: [thread(n)] });
    await first.save();
    expect(area.data[MEMORY_STORAGE_KEY]).toBeDefined();

    const restarted = handlerWith(new MemoryStore(area, Date.now, 0));
    const { results } = await restarted({ type: 'content/score-threads', threads: [thread(4)] });
    expect(results[0]?.report.thread.level).toBe('elevated');
    expect(results[0]?.report.signals[0]?.id).toBe('cross-thread-copies');
  });

  it('remembers nothing while "remember threads across pages" (the signal) is off', async () => {
    const area = fakeArea();
    const store = new MemoryStore(area, Date.now, 0);
    const off: Settings = {
      ...DEFAULT_SETTINGS,
      scoring: { ...DEFAULT_SETTINGS.scoring, signals: { ...DEFAULT_SETTINGS.scoring.signals, 'cross-thread-copies': { enabled: false, weight: 0.6 } } },
    };
    await handlerWith(store, off)({ type: 'content/score-threads', threads: [thread(0), thread(1)] });
    expect((await store.get()).size).toBe(0);
  });

  it('is cleared in memory and in storage', async () => {
    const area = fakeArea();
    const store = new MemoryStore(area, Date.now, 0);
    await handlerWith(store)({ type: 'content/score-threads', threads: [thread(0), thread(1)] });
    await store.save();
    await store.clear();
    expect((await store.get()).size).toBe(0);
    expect(area.data).toEqual({});
  });

  it('starts afresh from a corrupt stored value', async () => {
    const store = new MemoryStore(fakeArea({ [MEMORY_STORAGE_KEY]: { kind: 'threadlens-memory', version: 1, entries: 7 } }));
    expect((await store.get()).size).toBe(0);
  });
});
