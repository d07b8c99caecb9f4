// Which pages' content scripts the background answers: the supported sites, and in the test build
// the local demo server. Mirrors the manifest's matches (extension/manifest.ts).
import { SITE_MATCHES, TEST_MATCHES } from '../../extension/manifest.ts';

function matchHost(pattern: string, url: URL): boolean {
  const m = /^(\w+):\/\/([^/]+)\//.exec(pattern);
  if (!m) return false;
  return url.protocol === `${m[1]}:` && url.hostname === m[2];
}

export function hostAllowed(pageUrl: string, testBuild: boolean): boolean {
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return false;
  }
  const patterns = testBuild ? [...SITE_MATCHES, ...TEST_MATCHES] : SITE_MATCHES;
  return patterns.some((p) => matchHost(p, url));
}
