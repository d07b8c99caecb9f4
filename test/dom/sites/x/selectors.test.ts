// Every selector of the X adapter carries its expected match counts on every fixture, and matches exactly that often
// (refined-github's selector tests). A selector added without expectations, or X markup drifting away from the
// fixtures, fails here before it fails on x.com.
import { describe, expect, it } from 'vitest';
import { X_SELECTORS } from '../../../../src/sites/x/selectors.ts';
import type { XFixture } from '../../../../src/sites/x/selectors.ts';
import { FIXTURE_FILES, fixtureDocument, HAS_SHARED, NEEDS_SHARED, SHARED_FIXTURE_NAMES } from './x-fixtures.ts';

const FIXTURES = Object.keys(FIXTURE_FILES) as XFixture[];
const OWN_FIXTURES = FIXTURES.filter((name) => !SHARED_FIXTURE_NAMES.includes(name));

describe('X selector table', () => {
  it.each(Object.entries(X_SELECTORS))('%s has an expected count for every fixture page', (_name, selector) => {
    const counted = Object.keys(selector.matches).sort();
    expect(counted).toEqual([...FIXTURES].sort());
    for (const count of Object.values(selector.matches)) expect(Number.isInteger(count) && count >= 0).toBe(true);
  });

  it('finds posts on every X fixture and none on the Reddit page', () => {
    const posts = X_SELECTORS.post.matches;
    for (const name of FIXTURES) {
      if (name === 'oldReddit') expect(posts[name]).toBe(0);
      else expect(posts[name]).toBeGreaterThan(0);
    }
  });

  describe.each(OWN_FIXTURES)('on our fixture %s', (fixture) => {
    it.each(Object.entries(X_SELECTORS))('%s matches as often as expected', (_name, selector) => {
      expect(fixtureDocument(fixture).querySelectorAll(selector.css).length).toBe(selector.matches[fixture]);
    });
  });

  describe.skipIf(!HAS_SHARED).each(SHARED_FIXTURE_NAMES)(`on the shared page %s${NEEDS_SHARED}`, (fixture) => {
    it.each(Object.entries(X_SELECTORS))('%s matches as often as expected', (_name, selector) => {
      expect(fixtureDocument(fixture).querySelectorAll(selector.css).length).toBe(selector.matches[fixture]);
    });
  });
});
