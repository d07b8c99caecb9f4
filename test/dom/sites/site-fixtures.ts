// The fixture pages of the Reddit, Bluesky and Mastodon selector tables (src/sites/site-selector.ts): the shared real
// pages (read in place from ../shared, never copied) and our own, written from each site's markup.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import type { SiteFixture } from '../../../src/sites/site-selector.ts';
import { HAS_SHARED, REPO_ROOT, SHARED_FIXTURES } from './x/x-fixtures.ts';

export { HAS_SHARED, NEEDS_SHARED, REPO_ROOT } from './x/x-fixtures.ts';

export interface FixturePage {
  file: string;
  /** the adapter that must read it (`--site auto` picks it; every other adapter finds nothing on it) */
  site: string;
  url: string;
  shared: boolean;
}

const own = (file: string): string => path.join(REPO_ROOT, 'test/fixtures', file);

export const SITE_FIXTURES: Record<SiteFixture, FixturePage> = {
  redditOld2018: {
    file: path.join(SHARED_FIXTURES, 'reddit/old-reddit-thread-2018.html'),
    site: 'reddit',
    url: 'https://old.reddit.com/r/aww/comments/8dyrb3/ben_is_very_proud_of_himself_for_learning_to_go/',
    shared: true,
  },
  redditOwnOld: {
    file: own('reddit/old-thread.html'),
    site: 'reddit',
    url: 'https://old.reddit.com/r/threadlens_demo/comments/1h2abcd/which_library_do_you_use_for_offline_maps/',
    shared: false,
  },
  redditOwnNew: {
    file: own('reddit/shreddit-thread.html'),
    site: 'reddit',
    url: 'https://www.reddit.com/r/threadlens_demo/comments/1h2abcd/which_library_do_you_use_for_offline_maps/',
    shared: false,
  },
  blueskyOwnThread: {
    file: own('bluesky/thread-page.html'),
    site: 'bluesky',
    url: 'https://bsky.app/profile/bob.bsky.social/post/3lbfoca2bbb2b',
    shared: false,
  },
  mastodonOwnThread: {
    file: own('mastodon/thread-page.html'),
    site: 'mastodon',
    url: 'https://mastodon.social/@bob@other.example/113500000000000002',
    shared: false,
  },
  mastodonOwnNested: {
    file: own('mastodon/nested-thread-page.html'),
    site: 'mastodon',
    url: 'https://mastodon.social/@bob/113600000000000002',
    shared: false,
  },
  xOwnStatus: {
    file: own('x/status-page.html'),
    site: 'x',
    url: 'https://x.com/portauthority_gov/status/1991109699302326285',
    shared: false,
  },
};

export const FIXTURE_NAMES = Object.keys(SITE_FIXTURES) as SiteFixture[];
export const AVAILABLE_FIXTURES = FIXTURE_NAMES.filter((name) => !SITE_FIXTURES[name].shared || HAS_SHARED);

const cache = new Map<SiteFixture, Document>();

export function siteFixtureDocument(name: SiteFixture): Document {
  let doc = cache.get(name);
  if (doc === undefined) {
    doc = parseHTML(readFileSync(SITE_FIXTURES[name].file, 'utf8')).document;
    cache.set(name, doc);
  }
  return doc;
}

export function fixtureExists(name: SiteFixture): boolean {
  return existsSync(SITE_FIXTURES[name].file);
}
