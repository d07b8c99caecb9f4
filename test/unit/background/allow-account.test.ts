import { describe, expect, it } from 'vitest';
import { createAllowAccount } from '../../../src/background/handlers/allow-account.ts';
import { settingsStore, type SettingsArea } from '../../../src/shared/settings/store.ts';

/** A storage area whose reads and writes each take a timer tick, like extension storage: concurrent reads all see the same state. */
function slowArea(): SettingsArea & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  const later = <T>(f: () => T): Promise<T> => new Promise((resolve) => setTimeout(() => resolve(f()), 1));
  return {
    data,
    get: (key) => later(() => (data.has(key) ? { [key]: structuredClone(data.get(key)) } : {})),
    set: (items) => later(() => void Object.entries(items).forEach(([k, v]) => data.set(k, structuredClone(v)))),
    remove: (key) => later(() => void data.delete(key)),
  };
}

describe('content/allow-account', () => {
  it('keeps every handle of eleven quick clicks', async () => {
    const store = settingsStore(slowArea());
    const allow = createAllowAccount(store);
    const handles = Array.from({ length: 11 }, (_, i) => `@Account${i}`);
    const replies = await Promise.all(handles.map((handle) => allow({ type: 'content/allow-account', handle })));
    expect(replies.every((r) => r.added)).toBe(true);
    expect((await store.load()).allowlist.sort()).toEqual(handles.map((h) => h.slice(1).toLowerCase()).sort());
  });

  it('adds a handle once and refuses what is not one', async () => {
    const area = slowArea();
    const allow = createAllowAccount(settingsStore(area));
    expect(await allow({ type: 'content/allow-account', handle: 'maria' })).toEqual({ added: true, allowlist: 1 });
    expect(await allow({ type: 'content/allow-account', handle: '@MARIA' })).toEqual({ added: false, allowlist: 1 });
    await expect(allow({ type: 'content/allow-account', handle: 'not a handle!' })).rejects.toThrow(/not an account handle/);
    // only the allow-list differs from the defaults, so only it is stored
    expect(area.data.get('settings')).toEqual({ version: 3, allowlist: ['maria'] });
  });

  it('would lose clicks without the queue (the test can fail)', async () => {
    const area = slowArea();
    const store = settingsStore(area);
    // the old content-script way: each click reads, adds, writes on its own
    await Promise.all(
      Array.from({ length: 11 }, async (_, i) => {
        const current = await store.load();
        await store.save({ ...current, allowlist: [...current.allowlist, `a${i}`] });
      }),
    );
    expect((await store.load()).allowlist.length).toBeLessThan(11);
  });
});
