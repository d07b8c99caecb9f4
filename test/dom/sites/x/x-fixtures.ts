// The X adapter's fixture pages: the shared real pages (read in place from ../shared, never copied) and our own.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import type { ParsedPost } from '../../../../src/sites/site-adapter.ts';
import type { XFixture } from '../../../../src/sites/x/selectors.ts';
import { xAdapter } from '../../../../src/sites/x/x-adapter.ts';

export const REPO_ROOT = path.resolve(fileURLToPath(new URL('../../../..', import.meta.url)));
export const SHARED_FIXTURES = path.resolve(REPO_ROOT, '../shared/fixtures');
export const HAS_SHARED = existsSync(SHARED_FIXTURES);
/** Shown in the names of the tests that skip without ../shared, so that a skipped run says why. */
export const NEEDS_SHARED = HAS_SHARED ? '' : ' (skipped: ../shared/fixtures is absent)';

export const FIXTURE_FILES: Record<XFixture, string> = {
  homeTimeline: path.join(SHARED_FIXTURES, 'x/home-timeline.html'),
  statusQuote: path.join(SHARED_FIXTURES, 'x/status-quote.html'),
  statusQuoteVideo: path.join(SHARED_FIXTURES, 'x/status-quote-video.html'),
  oldReddit: path.join(SHARED_FIXTURES, 'reddit/old-reddit-thread-2018.html'),
  ownStatus: path.join(REPO_ROOT, 'test/fixtures/x/status-page.html'),
  ownProfile: path.join(REPO_ROOT, 'test/fixtures/x/profile-page.html'),
  ownTimeline: path.join(REPO_ROOT, 'test/fixtures/x/timeline.html'),
  ownLoggedOutStatus: path.join(REPO_ROOT, 'test/fixtures/x/status-logged-out.html'),
  ownLoggedOutProfile: path.join(REPO_ROOT, 'test/fixtures/x/profile-logged-out.html'),
};

export const SHARED_FIXTURE_NAMES: readonly XFixture[] = ['homeTimeline', 'statusQuote', 'statusQuoteVideo', 'oldReddit'];

const cache = new Map<XFixture, Document>();

/** The fixture parsed by linkedom (cached: tests only read it). */
export function fixtureDocument(name: XFixture): Document {
  let doc = cache.get(name);
  if (doc === undefined) {
    doc = parseHTML(readFileSync(FIXTURE_FILES[name], 'utf8')).document;
    cache.set(name, doc);
  }
  return doc;
}

export function htmlDocument(html: string): Document {
  return parseHTML(html).document;
}

/** What the content script hands to groupThreads: every readable post of the page with its element. */
export function parsedPosts(root: ParentNode, pageUrl: URL): ParsedPost[] {
  return xAdapter.findPostElements(root).flatMap((element) => {
    const post = xAdapter.parsePost(element, pageUrl);
    return post === null ? [] : [{ post, element }];
  });
}
