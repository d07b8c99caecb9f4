// Where and when a saved page was read, from the marks browsers and saving tools leave in it.
import { describe, expect, it } from 'vitest';
import { pageMeta } from '../../../src/sites/page-meta.ts';
import { adapterForHost } from '../../../src/sites/registry.ts';
import { htmlDocument } from './x/x-fixtures.ts';

function meta(html: string) {
  return pageMeta(htmlDocument(html), html);
}

describe('pageMeta', () => {
  it('reads the canonical link first, then og:url', () => {
    expect(meta('<html><head><link rel="canonical" href="https://x.com/a/status/1"><meta property="og:url" content="https://x.com/b"></head></html>')).toEqual({
      url: 'https://x.com/a/status/1',
    });
    expect(meta('<html><head><meta property="og:url" content="https://x.com/b"></head></html>')).toEqual({ url: 'https://x.com/b' });
  });

  // A logged-out status page saved from x.com (2025-11) has no canonical link and no og:url, only this oEmbed link.
  it("reads the oEmbed link's url when the page has no canonical link or og:url", () => {
    const head =
      '<link href="https://publish.x.com/oembed?url=https://x.com/someone/status/1991612272289161300" rel="alternate" type="application/json+oembed">';
    expect(meta(`<html><head>${head}</head></html>`)).toEqual({ url: 'https://x.com/someone/status/1991612272289161300' });
    expect(meta(`<html><head><link rel="canonical" href="https://x.com/home">${head}</head></html>`)).toEqual({ url: 'https://x.com/home' });
    // An encoded url parameter reads the same; an oEmbed link without one, or with a relative one, says nothing.
    expect(
      meta('<html><head><link type="application/json+oembed" href="https://publish.x.com/oembed?url=https%3A%2F%2Fx.com%2Fa%2Fstatus%2F2"></head></html>'),
    ).toEqual({ url: 'https://x.com/a/status/2' });
    expect(meta('<html><head><link type="application/json+oembed" href="https://publish.x.com/oembed"></head></html>')).toEqual({});
    expect(meta('<html><head><link type="application/json+oembed" href="/oembed?url=/a/status/2"></head></html>')).toEqual({});
  });

  it('reads the browser\'s "saved from url" mark', () => {
    expect(meta('<!DOCTYPE html>\n<!-- saved from url=(0024)https://x.com/home -->\n<html><body></body></html>')).toEqual({ url: 'https://x.com/home' });
  });

  it("reads SingleFile's url and saved date", () => {
    const html =
      '<!DOCTYPE html> <html><!--\n Page saved with SingleFile \n url: https://x.com/someone \n saved date: Thu Nov 20 2025 21:48:07 GMT+0100 (Central European Standard Time)\n--><body></body></html>';
    expect(meta(html)).toEqual({ url: 'https://x.com/someone', capturedAt: '2025-11-20T20:48:07.000Z' });
  });

  it("reads Save Page WE's meta tags", () => {
    const html =
      '<html><head><meta name="savepage-url" content="https://x.com/home"><meta name="savepage-date" content="Fri Nov 21 2025 08:00:00 GMT+0000 (Coordinated Universal Time)"></head></html>';
    expect(meta(html)).toEqual({ url: 'https://x.com/home', capturedAt: '2025-11-21T08:00:00.000Z' });
  });

  it('ignores what is not an http(s) URL or a date, and says nothing of a page without marks', () => {
    expect(meta('<html><head><link rel="canonical" href="javascript:alert(1)"><meta name="savepage-date" content="yesterday"></head></html>')).toEqual({});
    expect(meta('<html><body><p>hi</p></body></html>')).toEqual({});
  });
});

describe('adapterForHost', () => {
  it('finds the X adapter for x.com, twitter.com and their subdomains, and nothing elsewhere', () => {
    expect(adapterForHost('x.com')?.id).toBe('x');
    expect(adapterForHost('mobile.twitter.com')?.id).toBe('x');
    expect(adapterForHost('WWW.X.COM')?.id).toBe('x');
    expect(adapterForHost('notx.com')).toBeUndefined();
    expect(adapterForHost('127.0.0.1')).toBeUndefined();
  });
});
