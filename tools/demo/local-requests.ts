// What counts as staying on this machine, for the end-to-end tests and `npm run soak`: every request
// the browser makes for pages and the extension, and the URLs Chromium's NetLog recorded (it sees
// what happens before Playwright's listener is attached).
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';

/** Requests that stay on this machine: the demo server, the extension's own files, inline data. */
export function isLocal(url: string): boolean {
  return /^(http:\/\/127\.0\.0\.1[:/]|chrome-extension:\/\/|data:|blob:|about:|chrome:\/\/)/.test(url);
}

/** Chromium's own service traffic (component updates, sign-in probes): not the extension's. */
const BROWSER_SERVICE_HOSTS = /^https?:\/\/([a-z0-9-]+\.)*(google\.com|googleapis\.com|gstatic\.com)\//;

export async function netlogUrls(file: string): Promise<string[]> {
  if (!existsSync(file)) return [];
  const text = await readFile(file, 'utf8');
  return [...new Set([...text.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1] ?? ''))].filter((u) => !BROWSER_SERVICE_HOSTS.test(u));
}
