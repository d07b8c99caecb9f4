// Runs the content script on the Mastodon instances the reader granted: one registered content script whose matches
// follow the granted optional host permissions, kept in step when permissions are added or removed. Registered
// scripts persist across service-worker restarts (Chrome) but not across Firefox restarts, so start() always
// re-syncs. Also answers "may this page's content script talk to us" for those instances.
import browser from 'webextension-polyfill';
import { grantedInstances, instanceOrigin } from '../shared/mastodon-instances.ts';

const SCRIPT_ID = 'threadlens-mastodon';
const FIXED_MATCHES = new Set<string>();

let granted = new Set<string>();
// the first read of the granted instances: until it ends, `granted` is empty (a restarted service worker)
let firstSync: Promise<void> = Promise.resolve();

/** Resolves once the granted instances have been read since the service worker started. */
export function mastodonHostsRead(): Promise<void> {
  return firstSync;
}

export function mastodonHostGranted(pageUrl: string): boolean {
  try {
    const url = new URL(pageUrl);
    return url.protocol === 'https:' && granted.has(url.hostname);
  } catch {
    return false;
  }
}

async function sync(): Promise<void> {
  const all = await browser.permissions.getAll();
  const hosts = grantedInstances((all.origins ?? []).filter((origin) => !FIXED_MATCHES.has(origin)));
  granted = new Set(hosts);
  const scripting = browser.scripting;
  if (scripting === undefined) return;
  const existing = await scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (existing.length > 0) await scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (hosts.length === 0) return;
  await scripting.registerContentScripts([
    { id: SCRIPT_ID, matches: hosts.map(instanceOrigin), js: ['content.js'], runAt: 'document_idle', persistAcrossSessions: true },
  ]);
}

/** Registers the permission listeners synchronously (MV3: before the first await), then syncs once. */
export function startMastodonScripts(fixedMatches: readonly string[]): void {
  for (const match of fixedMatches) FIXED_MATCHES.add(match);
  const resync = (): Promise<void> => sync().catch((error: unknown) => console.warn('Threadlens: Mastodon content scripts not updated', error));
  browser.permissions.onAdded.addListener(() => void resync());
  browser.permissions.onRemoved.addListener(() => void resync());
  firstSync = resync();
}
