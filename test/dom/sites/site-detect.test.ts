// `--site auto` picks the right adapter on every fixture page (ours and the shared real ones), and every other
// adapter reads no post there (github-url-detection's negative check).
import { describe, expect, it } from 'vitest';
import { ADAPTERS, detectAdapter } from '../../../src/sites/registry.ts';
import { parsePage } from '../../../src/sites/parse-page.ts';
import { FIXTURE_FILES, fixtureDocument, HAS_SHARED } from './x/x-fixtures.ts';
import type { XFixture } from '../../../src/sites/x/selectors.ts';
import { AVAILABLE_FIXTURES, SITE_FIXTURES, siteFixtureDocument } from './site-fixtures.ts';

interface Page {
  name: string;
  site: string;
  doc: () => Document;
  url: URL;
}

const X_PAGES: Page[] = (Object.keys(FIXTURE_FILES) as XFixture[])
  .filter((name) => name !== 'oldReddit' && (HAS_SHARED || !FIXTURE_FILES[name].includes('/shared/')))
  .map((name) => ({ name: `x:${name}`, site: 'x', doc: () => fixtureDocument(name), url: new URL('https://x.com/home') }));
const OTHER_PAGES: Page[] = AVAILABLE_FIXTURES.map((name) => ({
  name,
  site: SITE_FIXTURES[name].site,
  doc: () => siteFixtureDocument(name),
  url: new URL(SITE_FIXTURES[name].url),
}));

describe.each([...X_PAGES, ...OTHER_PAGES])('$name', ({ site, doc, url }) => {
  it(`is detected as ${site}`, () => {
    expect(detectAdapter(doc())?.id).toBe(site);
  });

  it('gives posts to its own adapter only', () => {
    for (const adapter of ADAPTERS) {
      const count = parsePage(adapter, doc(), url).length;
      if (adapter.id === site) expect(count).toBeGreaterThan(0);
      else expect({ adapter: adapter.id, count }).toEqual({ adapter: adapter.id, count: 0 });
    }
  });
});
