// Which adapter reads a page: by host in the extension, by markup for pages saved or served elsewhere
// (`threadlens parse --site auto`, the demo pages on 127.0.0.1).
import type { SiteAdapter } from './site-adapter.ts';
import { blueskyAdapter } from './bluesky/bluesky-adapter.ts';
import { mastodonAdapter } from './mastodon/mastodon-adapter.ts';
import { redditAdapter } from './reddit/reddit-adapter.ts';
import { xAdapter } from './x/x-adapter.ts';

/** Every adapter the extension ships, in the order `detect` is tried. */
export const ADAPTERS: readonly SiteAdapter[] = [xAdapter, blueskyAdapter, redditAdapter, mastodonAdapter];

export function adapterById(id: string): SiteAdapter | undefined {
  return ADAPTERS.find((adapter) => adapter.id === id);
}

/** The adapter for a host name: exact, or a subdomain of one of its hosts (www.x.com). */
export function adapterForHost(hostname: string): SiteAdapter | undefined {
  const host = hostname.toLowerCase();
  return ADAPTERS.find((adapter) => adapter.hosts.some((known) => host === known || host.endsWith(`.${known}`)));
}

/** The first adapter whose markup the document carries. */
export function detectAdapter(doc: Document): SiteAdapter | undefined {
  return ADAPTERS.find((adapter) => adapter.detect(doc));
}
