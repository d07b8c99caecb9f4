// Every selector of the Reddit, Bluesky and Mastodon adapters carries its expected match count on every fixture page
// (its own site's and the others') and matches exactly that often.
import { describe, expect, it } from 'vitest';
import { BLUESKY_SELECTORS } from '../../../src/sites/bluesky/selectors.ts';
import { MASTODON_SELECTORS } from '../../../src/sites/mastodon/selectors.ts';
import { REDDIT_SELECTORS } from '../../../src/sites/reddit/selectors.ts';
import type { SiteSelector } from '../../../src/sites/site-selector.ts';
import { AVAILABLE_FIXTURES, FIXTURE_NAMES, siteFixtureDocument } from './site-fixtures.ts';

const TABLES: Record<string, Record<string, SiteSelector>> = { reddit: REDDIT_SELECTORS, bluesky: BLUESKY_SELECTORS, mastodon: MASTODON_SELECTORS };

describe.each(Object.entries(TABLES))('%s selector table', (_site, table) => {
  it.each(Object.entries(table))('%s has an expected count for every fixture page', (_name, selector) => {
    expect(Object.keys(selector.matches).sort()).toEqual([...FIXTURE_NAMES].sort());
  });

  describe.each(AVAILABLE_FIXTURES)('on %s', (fixture) => {
    it.each(Object.entries(table))('%s matches as often as expected', (_name, selector) => {
      expect(siteFixtureDocument(fixture).querySelectorAll(selector.css).length).toBe(selector.matches[fixture]);
    });
  });
});
