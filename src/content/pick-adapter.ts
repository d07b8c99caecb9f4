// Which adapter a content script uses: by host on the real sites; in the test build on the local
// demo server (127.0.0.1), by the page's markup; on a granted Mastodon instance, by the web UI's markup.
import { mastodonAdapter } from '../sites/mastodon/mastodon-adapter.ts';
import { adapterForHost, detectAdapter } from '../sites/registry.ts';
import type { SiteAdapter } from '../sites/site-adapter.ts';

export function pickAdapter(hostname: string, doc: Document, testBuild: boolean): SiteAdapter | undefined {
  const byHost = adapterForHost(hostname);
  if (byHost) return byHost;
  if (testBuild && hostname === '127.0.0.1') return detectAdapter(doc);
  // Mastodon has no fixed host: the script runs only where the reader granted an instance, and reads it when the
  // page is Mastodon's web UI.
  return mastodonAdapter.detect(doc) ? mastodonAdapter : undefined;
}
