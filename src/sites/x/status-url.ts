// X's status URLs: /<handle>/status/<id>, optionally followed by /photo/1, /analytics, /history...
// Saved pages have absolute hrefs (https://x.com/...), the live site relative ones; both resolve against the page URL.

export interface StatusRef {
  handle: string;
  id: string;
}

/** Paths under which X serves its own pages, never a user's: /i/web/status/<id> has no handle. */
const NOT_HANDLES = new Set(['i', 'intent', 'home', 'search', 'explore', 'hashtag', 'settings']);

const STATUS_PATH = /^\/([^/?#]+)\/status(?:es)?\/(\d+)(?:[/?#]|$)/;

/** The status a path names, or null. */
export function statusRefFromPath(path: string): StatusRef | null {
  const match = STATUS_PATH.exec(path);
  const handle = match?.[1];
  const id = match?.[2];
  if (handle === undefined || id === undefined || NOT_HANDLES.has(handle.toLowerCase())) return null;
  return { handle: safeDecode(handle), id };
}

/**
 * A root-relative href with nothing the URL parser would rewrite in its path (no dot segments,
 * backslashes, escapes or characters it percent-encodes): its path is the href up to ? or #. The
 * live site's status links all look like this; skipping `new URL` for them is the X adapter's
 * cheapest saving per post (issue #12, content-script budget, 2026-12).
 */
const PLAIN_RELATIVE = /^\/[A-Za-z0-9_]+(?:\/[A-Za-z0-9_-]+)*(?=[?#]|$)/;

/** The status an href names, resolved against the page URL; null for anything else or an unreadable href. */
export function statusRefFromHref(href: string | null, base: URL): StatusRef | null {
  if (href === null) return null;
  const plain = PLAIN_RELATIVE.exec(href);
  if (plain !== null) return statusRefFromPath(plain[0]);
  const url = parseUrl(href, base);
  return url === null ? null : statusRefFromPath(url.pathname);
}

export function parseUrl(href: string, base?: URL): URL | null {
  try {
    return new URL(href, base);
  } catch {
    return null;
  }
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
