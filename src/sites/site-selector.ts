// The selector tables of the Reddit, Bluesky and Mastodon adapters share one shape and one set of fixture pages
// (test/dom/sites/site-selectors.test.ts counts every selector on every page; refined-github style): a selector
// that matches on another site's page, or drifts on its own, fails there before it fails on the site.

/** The pages every selector of these tables is counted on; test/dom/sites/site-fixtures.ts maps them to files. */
export type SiteFixture = 'redditOld2018' | 'redditOwnOld' | 'redditOwnNew' | 'blueskyOwnThread' | 'mastodonOwnThread' | 'mastodonOwnNested' | 'xOwnStatus';

export interface SiteSelector {
  css: string;
  /** what the adapter reads with it, and why this hook */
  why: string;
  /** how many elements it matches in the whole of each fixture page */
  matches: Record<SiteFixture, number>;
}
