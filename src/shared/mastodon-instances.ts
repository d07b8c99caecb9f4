// Mastodon instances: which ones the options page offers, and the origin patterns their permission and content script
// use. Pure; the browser calls live in src/background/mastodon-scripts.ts and src/ui/options/sites-section.tsx.
// The reader's own additions are kept under their own storage key (not in the settings object), and whether an
// instance is on is simply whether its host permission is granted: the browser keeps that, and shows it too.

/** Offered in the options page, never granted silently: the largest general instances (joinmastodon.org, 2025-11). */
export const OFFERED_INSTANCES = ['mastodon.social', 'mastodon.online', 'mstdn.social', 'mas.to', 'fosstodon.org'];

export const INSTANCES_KEY = 'mastodonInstances';

/** Hosts that have an adapter of their own, never taken for a Mastodon instance. */
const FIXED_SITES = ['x.com', 'twitter.com', 'bsky.app', 'reddit.com'];

/** "https://Mastodon.Social/@x" or "@user@mastodon.social" or "mastodon.social" -> "mastodon.social"; null if not a host. */
export function instanceHost(input: string): string | null {
  let text = input.trim().toLowerCase();
  const handle = /^@?[^@\s/]+@([^@\s/]+)$/.exec(text);
  if (handle?.[1]) text = handle[1];
  try {
    const host = new URL(/^[a-z]+:\/\//.test(text) ? text : `https://${text}`).hostname;
    if (!/^(?=.{1,253}$)([a-z0-9-]{1,63}\.)+[a-z]{2,63}$/.test(host)) return null;
    if (FIXED_SITES.some((site) => host === site || host.endsWith(`.${site}`))) return null;
    return host;
  } catch {
    return null;
  }
}

/** The match pattern of an instance: its permission origin and its content script's matches. */
export function instanceOrigin(host: string): string {
  return `https://${host}/*`;
}

/** The instance hosts among granted origins (those of the optional permission, one host each). */
export function grantedInstances(origins: readonly string[]): string[] {
  const hosts = origins.flatMap((origin) => {
    const match = /^https:\/\/([^/*]+)\/\*$/.exec(origin);
    const host = match?.[1] === undefined ? null : instanceHost(match[1]);
    return host === null ? [] : [host];
  });
  return [...new Set(hosts)].sort();
}

/** The stored list of the reader's own additions, cleaned: anything else is dropped. */
export function storedInstances(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const hosts = value.flatMap((v) => (typeof v === 'string' ? [instanceHost(v)] : [])).filter((h): h is string => h !== null);
  return [...new Set(hosts)].slice(0, 200);
}
