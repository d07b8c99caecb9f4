import { describe, expect, it } from 'vitest';
import { forgetRetiredKeys, RETIRED_LOCAL_KEYS } from '../../../src/background/retired-keys.ts';
import { MEMORY_STORAGE_KEY } from '../../../src/background/memory-store.ts';
import { SETTINGS_KEY } from '../../../src/shared/settings/store.ts';

function area(data: Record<string, unknown>) {
  return {
    data,
    remove: async (keys: string[]) => {
      for (const k of keys) delete data[k];
    },
  };
}

describe('forgetRetiredKeys', () => {
  it("removes an earlier version's classifier backend choice and keeps the settings", async () => {
    const a = area({ classifierBackend: { backend: 'webgpu', model: 'threadlens-mini' }, settings: { version: 2 } });
    await forgetRetiredKeys(a);
    expect(a.data).toEqual({ settings: { version: 2 } });
  });

  it('never removes a key the extension still reads', () => {
    expect(RETIRED_LOCAL_KEYS).not.toContain(SETTINGS_KEY);
    expect(RETIRED_LOCAL_KEYS).not.toContain(MEMORY_STORAGE_KEY);
  });

  it('does not throw when storage refuses', async () => {
    await expect(forgetRetiredKeys({ remove: () => Promise.reject(new Error('quota')) })).resolves.toBeUndefined();
  });
});
