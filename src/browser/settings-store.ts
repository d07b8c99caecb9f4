// The extension's settings storage: the one settings store (settings/store.ts) over
// browser.storage.local, and change notifications, so a change applies to open tabs without
// reloading them.
import browser from 'webextension-polyfill';
import { settingsFromStorage } from '../shared/settings/read-settings.ts';
import type { Settings } from '../shared/settings/schema.ts';
import { SETTINGS_KEY, settingsStore, type SettingsStore } from '../shared/settings/store.ts';

export function browserSettingsStore(): SettingsStore {
  return settingsStore(browser.storage.local);
}

export const loadSettings = (): Promise<Settings> => browserSettingsStore().load();
export const saveSettings = (settings: Settings): Promise<void> => browserSettingsStore().save(settings);
export const resetSettings = (): Promise<void> => browserSettingsStore().reset();

/** Calls back with the new settings whenever they change; stops when the signal aborts. */
export function watchSettings(callback: (settings: Settings) => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, browser.Storage.StorageChange>, area: string): void => {
    if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
    callback(settingsFromStorage(changes[SETTINGS_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => {
    try {
      browser.storage.onChanged.removeListener(listener);
    } catch {
      // the extension context is already gone
    }
  });
}
