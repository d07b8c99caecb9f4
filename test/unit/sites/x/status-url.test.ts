import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statusRefFromHref, statusRefFromPath } from '../../../../src/sites/x/status-url.ts';

const BASE = new URL('https://x.com/someone/status/1');
/** What statusRefFromHref gave before its fast path: always through the URL parser. */
const throughUrl = (href: string) => {
  try {
    return statusRefFromPath(new URL(href, BASE).pathname);
  } catch {
    return null;
  }
};

describe('statusRefFromHref', () => {
  it('reads plain relative status links without the URL parser, as the parser would', () => {
    for (const href of ['/jack/status/20', '/jack/status/20/photo/1', '/jack/status/20/analytics?x=1#y', '/Some_One/statuses/5', '/i/status/20', '/jack']) {
      expect(statusRefFromHref(href, BASE)).toEqual(throughUrl(href));
    }
    expect(statusRefFromHref('/jack/status/20', BASE)).toEqual({ handle: 'jack', id: '20' });
  });

  it('leaves hrefs the parser rewrites to it: dot segments, escapes, backslashes, absolute URLs', () => {
    for (const href of [
      '/a/../b/status/2',
      '/a/status/1/..',
      '/a/status/1/%2e%2e/2',
      '/%6aack/status/3',
      '\\jack\\status\\4',
      '//x.com/jack/status/5',
      'https://x.com/jack/status/6',
      'jack/status/7',
    ]) {
      expect(statusRefFromHref(href, BASE)).toEqual(throughUrl(href));
    }
  });

  it('agrees with the URL parser on any href', () => {
    const part = fc.constantFrom('jack', 'status', 'statuses', '12', '..', '.', '%2e', '%41', 'i', '', 'a-b', 'ü');
    const href = fc.tuple(fc.constantFrom('/', '//', '\\', ''), fc.array(part, { maxLength: 6 }), fc.constantFrom('', '?q=1', '#f', '/'));
    fc.assert(
      fc.property(href, ([lead, parts, tail]) => {
        const h = `${lead}${parts.join('/')}${tail}`;
        expect(statusRefFromHref(h, BASE)).toEqual(throughUrl(h));
      }),
      { numRuns: 2000 },
    );
  });
});
