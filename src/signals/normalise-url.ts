// One spelling per link, so that copies with different tracking tags count as the same link.

const TRACKING_PARAM =
  /^(?:utm_.*|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|igsh|si|ref|ref_src|ref_url|s|t|feature|cmpid|_ga|yclid|twclid|share_id|smid|mibextid)$/i;

// Platforms' own hosts: linking inside the platform (profiles, other posts) is conversation, not promotion.
const PLATFORM_HOSTS = [
  'x.com',
  'twitter.com',
  'mobile.twitter.com',
  'pic.twitter.com',
  'bsky.app',
  'bsky.social',
  'reddit.com',
  'old.reddit.com',
  'redd.it',
  'mastodon.social',
  'threads.net',
  'threads.com',
];

// Shorteners hide the target; without fetching (never, on-device) only the whole short link is comparable.
const SHORTENER_HOSTS = [
  't.co',
  'bit.ly',
  'tinyurl.com',
  'ow.ly',
  'buff.ly',
  'goo.gl',
  'dlvr.it',
  'ift.tt',
  'is.gd',
  'trib.al',
  'shorturl.at',
  'rebrand.ly',
  'cutt.ly',
  'lnkd.in',
  'fb.me',
  'youtu.be',
  'tiny.cc',
  'bl.ink',
  'rb.gy',
];

// GIF and image hosts that reply boxes insert: a thread full of reaction GIFs shares these hosts innocently.
const MEDIA_HOSTS = ['tenor.com', 'giphy.com', 'imgur.com', 'gfycat.com', 'pbs.twimg.com', 'video.twimg.com', 'cdn.bsky.app'];

export interface NormalisedUrl {
  /** scheme-less URL without tracking parameters, fragment or trailing slash */
  url: string;
  /** host without "www." */
  host: string;
  /** the host is worth comparing on its own (not a shortener, media host or the platform) */
  hostCounts: boolean;
}

const hostIn = (host: string, list: readonly string[]): boolean => list.some((h) => host === h || host.endsWith(`.${h}`));

/** undefined for what is not an http(s) URL or points inside the platform itself. */
export function normaliseUrl(raw: string, siteHosts: readonly string[] = []): NormalisedUrl | undefined {
  let parsed: URL;
  try {
    parsed = new URL(/^[a-z][a-z0-9+.-]*:/i.test(raw.trim()) ? raw.trim() : `https://${raw.trim()}`);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  const host = parsed.hostname
    .toLowerCase()
    .replace(/^www\./, '')
    .replace(/\.$/, '');
  if (host === '' || hostIn(host, PLATFORM_HOSTS) || hostIn(host, siteHosts)) return undefined;
  const kept = [...parsed.searchParams.entries()].filter(([k]) => !TRACKING_PARAM.test(k)).sort(([a], [b]) => a.localeCompare(b));
  const query = kept.length === 0 ? '' : `?${new URLSearchParams(kept).toString()}`;
  const path = parsed.pathname.replace(/\/+$/, '');
  return {
    url: `${host}${path}${query}`,
    host,
    hostCounts: !hostIn(host, SHORTENER_HOSTS) && !hostIn(host, MEDIA_HOSTS),
  };
}
