import { describe, expect, it } from 'vitest';
import { grantedInstances, instanceHost, instanceOrigin, storedInstances } from '../../../src/shared/mastodon-instances.ts';
import { pickAdapter } from '../../../src/content/pick-adapter.ts';
import { parseHTML } from 'linkedom';
import { readFileSync } from 'node:fs';

describe('Mastodon instances', () => {
  it('reads an instance from an address, a URL or a handle, and refuses the rest', () => {
    expect(instanceHost('Mastodon.Social')).toBe('mastodon.social');
    expect(instanceHost('https://fosstodon.org/@someone/123')).toBe('fosstodon.org');
    expect(instanceHost('@alice@hachyderm.io')).toBe('hachyderm.io');
    for (const bad of ['', 'not a host', 'localhost', 'https://x.com/home', 'bsky.app', 'www.reddit.com', 'javascript:alert(1)']) {
      expect(instanceHost(bad)).toBeNull();
    }
  });

  it('takes the granted instances from the permission origins, leaving out the fixed sites and wildcards', () => {
    const origins = ['https://x.com/*', 'https://bsky.app/*', 'https://*/*', instanceOrigin('mastodon.social'), 'https://mas.to/*', 'http://127.0.0.1/*'];
    expect(grantedInstances(origins)).toEqual(['mas.to', 'mastodon.social']);
    expect(storedInstances(['mas.to', 3, 'bad host', 'mas.to'])).toEqual(['mas.to']);
    expect(storedInstances('mas.to')).toEqual([]);
  });

  it('runs the Mastodon adapter on an instance host only when the page is Mastodon\u2019s web UI', () => {
    const mastodon = parseHTML(readFileSync('test/fixtures/mastodon/thread-page.html', 'utf8')).document;
    const other = parseHTML('<html><body><p>a blog</p></body></html>').document;
    expect(pickAdapter('mastodon.social', mastodon, false)?.id).toBe('mastodon');
    expect(pickAdapter('blog.example', other, false)).toBeUndefined();
    expect(pickAdapter('old.reddit.com', other, false)?.id).toBe('reddit');
    expect(pickAdapter('bsky.app', other, false)?.id).toBe('bluesky');
  });
});
