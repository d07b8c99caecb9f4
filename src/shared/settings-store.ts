// The only code that reads or writes settings in extension storage. Every context (content
// script, background, options page) reads through it and hears changes through `watchSettings`,
// so a change applies to open tabs without reloading them.
import browser from 'webextension-polyfill';
import { migrateSettings, settingsDelta, type Settings } from './settings.ts';

const KEY = 'settings';

export async function loadSettings(): Promise<Settings> {
  try {
    const stored = await browser.storage.local.get(KEY);
    return migrateSettings(stored[KEY]);
  } catch {
    return migrateSettings(undefined);
  }
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [KEY]: settingsDelta(settings) });
}

export async function resetSettings(): Promise<void> {
  await browser.storage.local.remove(KEY);
}

/** Calls back with the new settings whenever they change; stops when the signal aborts. */
export function watchSettings(callback: (settings: Settings) => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, browser.Storage.StorageChange>, area: string): void => {
    if (area !== 'local' || !(KEY in changes)) return;
    callback(migrateSettings(changes[KEY]?.newValue));
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
