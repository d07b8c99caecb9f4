// Which adapter a content script uses: by host on the real sites; in the test build on the local
// demo server (127.0.0.1), by the page's markup.
import { adapterForHost, detectAdapter } from '../sites/registry.ts';
import type { SiteAdapter } from '../sites/site-adapter.ts';

export function pickAdapter(hostname: string, doc: Document, testBuild: boolean): SiteAdapter | undefined {
  const byHost = adapterForHost(hostname);
  if (byHost) return byHost;
  return testBuild && hostname === '127.0.0.1' ? detectAdapter(doc) : undefined;
}
