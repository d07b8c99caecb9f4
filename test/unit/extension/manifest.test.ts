import { describe, expect, it } from 'vitest';
import { EXTENSION_PAGES_CSP, makeManifest, OPTIONAL_MATCHES, SITE_MATCHES } from '../../../extension/manifest.ts';
import { hostAllowed } from '../../../src/background/host-allowed.ts';

describe('manifest', () => {
  it('runs only on the supported sites in the shipped builds', () => {
    for (const target of ['chrome', 'firefox'] as const) {
      const m = makeManifest({ target, version: '1.0.0', test: false });
      const scripts = m.content_scripts as Array<{ matches: string[]; js: string[] }>;
      expect(scripts[0]?.matches).toEqual(SITE_MATCHES);
      expect(m.host_permissions).toEqual(SITE_MATCHES);
      expect(JSON.stringify(m)).not.toContain('127.0.0.1');
      expect((m.content_security_policy as { extension_pages: string }).extension_pages).toBe(EXTENSION_PAGES_CSP);
    }
  });

  it('lets extension pages connect only to the extension itself', () => {
    for (const target of ['chrome', 'firefox'] as const) {
      for (const test of [false, true]) {
        const csp = (makeManifest({ target, version: '1.0.0', test }).content_security_policy as { extension_pages: string }).extension_pages;
        const directives = new Map(
          csp
            .split(';')
            .map((d) => d.trim().split(/\s+/))
            .map(([name = '', ...values]) => [name, values] as const),
        );
        expect(directives.get('connect-src')).toEqual(["'self'"]);
        expect(directives.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
        expect(csp).not.toMatch(/unsafe-inline|https?:|\*/);
      }
    }
  });

  it("makes none of the extension's pages or files web-accessible: a page script can load none of them", () => {
    for (const target of ['chrome', 'firefox'] as const) {
      for (const test of [false, true]) {
        const m = makeManifest({ target, version: '1.0.0', test });
        expect(m).not.toHaveProperty('web_accessible_resources');
        expect(m).not.toHaveProperty('externally_connectable');
      }
    }
  });

  it('is granted x.com, twitter.com, bsky.app and reddit.com at install; Mastodon instances only when the reader allows one', () => {
    for (const target of ['chrome', 'firefox'] as const) {
      const m = makeManifest({ target, version: '1.0.0', test: false });
      const hosts = (m.host_permissions as string[]).map((p) => new URL(p.replace('/*', '/')).hostname);
      expect(hosts.sort()).toEqual(['bsky.app', 'mobile.twitter.com', 'mobile.x.com', 'old.reddit.com', 'twitter.com', 'www.reddit.com', 'x.com']);
      expect(m.optional_host_permissions).toEqual(OPTIONAL_MATCHES);
      expect(m.permissions).toEqual(['storage', 'scripting']);
    }
  });

  it('adds the local demo server only to the test build', () => {
    const m = makeManifest({ target: 'chrome', version: '1.0.0', test: true });
    expect(m.host_permissions).toContain('http://127.0.0.1/*');
  });

  it('gives Firefox background scripts and a gecko id, Chrome a module service worker', () => {
    const ff = makeManifest({ target: 'firefox', version: '1.0.0', test: false });
    expect(ff.background).toEqual({ scripts: ['background.js'], type: 'module' });
    expect(ff.browser_specific_settings).toBeDefined();
    const cr = makeManifest({ target: 'chrome', version: '1.0.0', test: false });
    expect(cr.background).toEqual({ service_worker: 'background.js', type: 'module' });
  });

  it('answers content scripts only where the manifest runs them', () => {
    expect(hostAllowed('https://x.com/a/status/1', false)).toBe(true);
    expect(hostAllowed('https://twitter.com/home', false)).toBe(true);
    expect(hostAllowed('https://x.com.evil.example/', false)).toBe(false);
    expect(hostAllowed('https://bsky.app/profile/a/post/b', false)).toBe(true);
    expect(hostAllowed('https://old.reddit.com/r/a/comments/b/', false)).toBe(true);
    expect(hostAllowed('https://mastodon.social/@a/1', false)).toBe(false);
    expect(hostAllowed('http://127.0.0.1:8377/demo', false)).toBe(false);
    expect(hostAllowed('http://127.0.0.1:8377/demo', true)).toBe(true);
    expect(hostAllowed('not a url', true)).toBe(false);
  });
});
