// Settings in a key-value storage area (extension storage, or a Map in tests). Writes store the
// delta from the defaults. `update` runs read-modify-write steps one after another, so within the
// context that owns it (the background, for the overlay's allow-list clicks) no change is lost.
import { settingsDelta } from './delta.ts';
import { settingsFromStorage } from './read-settings.ts';
import type { Settings } from './schema.ts';

export const SETTINGS_KEY = 'settings';

export interface SettingsArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export interface SettingsStore {
  load(): Promise<Settings>;
  save(settings: Settings): Promise<void>;
  reset(): Promise<void>;
  /** applies `change` to the stored settings after every earlier update has finished */
  update(change: (current: Settings) => Settings): Promise<Settings>;
}

export function settingsStore(area: SettingsArea): SettingsStore {
  let queue: Promise<unknown> = Promise.resolve();
  const load = async (): Promise<Settings> => {
    try {
      return settingsFromStorage((await area.get(SETTINGS_KEY))[SETTINGS_KEY]);
    } catch {
      return settingsFromStorage(undefined);
    }
  };
  const save = (settings: Settings): Promise<void> => area.set({ [SETTINGS_KEY]: settingsDelta(settings) });
  return {
    load,
    save,
    reset: () => area.remove(SETTINGS_KEY),
    update(change) {
      const run = queue.then(async () => {
        const next = change(await load());
        await save(next);
        return next;
      });
      queue = run.catch(() => undefined);
      return run;
    },
  };
}
