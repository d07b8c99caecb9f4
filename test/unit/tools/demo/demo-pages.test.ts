// The demo pages are X status pages the X adapter reads back into exactly the threads they were written from.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { demoPages, STRESS_REPLIES } from '../../../../tools/demo/demo-pages.ts';
import type { DemoThread } from '../../../../tools/demo/demo-thread.ts';
import { DEMO_THREADS } from '../../../../tools/demo/demo-threads.ts';
import { renderXStatusPage, statusPath } from '../../../../tools/demo/render-x-status-page.ts';
import { stressThread } from '../../../../tools/demo/stress-thread.ts';
import { parsePage } from '../../../../src/sites/parse-page.ts';
import { detectAdapter } from '../../../../src/sites/registry.ts';
import { xAdapter } from '../../../../src/sites/x/x-adapter.ts';
import { parsedPosts } from '../../../dom/sites/x/x-fixtures.ts';

const ORIGIN = 'http://127.0.0.1:8377';

function readBack(thread: DemoThread, html = renderXStatusPage(thread)) {
  const { document } = parseHTML(html);
  return { document, posts: parsePage(xAdapter, document, new URL(`${ORIGIN}${statusPath(thread)}`)) };
}

describe.each(DEMO_THREADS.map((thread) => [thread.slug, thread] as const))('demo thread %s', (_slug, thread) => {
  it('reads back every post: ids, handles, texts, times, and what each answers', () => {
    const { posts } = readBack(thread);
    const written = [thread.focal, ...thread.replies];
    expect(posts).toHaveLength(written.length);
    expect(posts.map((p) => [p.id, p.author.handle, p.text, p.createdAt, p.replyTo])).toEqual(
      written.map((p, i) => [p.id, p.author.handle, p.text, p.createdAt, i === 0 ? undefined : (p.replyTo ?? thread.focal.id)]),
    );
  });

  it('reads back names, check marks, default pictures and counts', () => {
    const { posts } = readBack(thread);
    const written = [thread.focal, ...thread.replies];
    expect(posts.map((p) => p.author)).toEqual(
      written.map((p) => ({
        handle: p.author.handle,
        displayName: p.author.name,
        verified: p.author.verified === true,
        defaultAvatar: p.author.defaultAvatar === true,
      })),
    );
    expect(posts.map((p) => p.metrics)).toEqual(written.map((p) => p.metrics));
  });

  it('is one thread keyed by the focal post, found by --site auto', () => {
    const { document } = readBack(thread);
    expect(detectAdapter(document)?.id).toBe('x');
    const pageUrl = new URL(`${ORIGIN}${statusPath(thread)}`);
    const groups = xAdapter.groupThreads(parsedPosts(document, pageUrl), pageUrl);
    expect(groups.map((g) => [g.key, g.thread.posts.length])).toEqual([[thread.focal.id, thread.replies.length + 1]]);
  });

  it('loads nothing from elsewhere and has no script', () => {
    const html = renderXStatusPage(thread);
    expect(html).not.toMatch(/<script|<link|<iframe|@import|url\(/i);
    expect(html).not.toMatch(/\ssrc="(?!data:)/);
  });
});

describe('the demo threads', () => {
  it('are an ordinary conversation of ~10 accounts over hours, and a dozen look-alike accounts within minutes', () => {
    const [ordinary, coordinated] = DEMO_THREADS;
    const accounts = new Set(ordinary?.replies.map((p) => p.author.handle));
    expect(accounts.size).toBeGreaterThanOrEqual(9);
    const times = ordinary?.replies.map((p) => Date.parse(p.createdAt)) ?? [];
    expect(Math.max(...times) - Math.min(...times)).toBeGreaterThan(3 * 3600_000);

    const mass = coordinated?.replies.filter((p) => p.author.defaultAvatar === true && /\d{7,}$/.test(p.author.handle)) ?? [];
    expect(mass).toHaveLength(12);
    const burst = mass.map((p) => Date.parse(p.createdAt));
    expect(Math.max(...burst) - Math.min(...burst)).toBeLessThan(5 * 60_000);
    const normalised = new Set(
      mass.map((p) =>
        p.text
          .toLowerCase()
          .replace(/[^a-z ]/g, '')
          .replace(/\s+/g, ' ')
          .replace(/^\s|\s$/g, ''),
      ),
    );
    expect(normalised.size).toBeLessThan(mass.length);
    expect(coordinated?.replies.length).toBeGreaterThan(mass.length + 2);
  });

  it('are served at X status paths, with the stress page apart from the demos', () => {
    const pages = demoPages();
    expect(pages.filter((p) => p.demo).map((p) => p.path)).toEqual(DEMO_THREADS.map(statusPath));
    const stress = pages.find((p) => !p.demo);
    expect(stress?.thread.replies).toHaveLength(STRESS_REPLIES);
    expect(stress?.path).toMatch(/^\/threadlens_stress\/status\/\d+$/);
  });
});

describe('themes', () => {
  it('is light by default and has X dark theme body background on request', () => {
    const [thread] = DEMO_THREADS;
    if (thread === undefined) throw new Error('no demo thread');
    const light = parseHTML(renderXStatusPage(thread)).document;
    const dark = parseHTML(renderXStatusPage(thread, { theme: 'dark' })).document;
    expect(light.body.getAttribute('style')).toContain('rgb(255, 255, 255)');
    expect(dark.body.getAttribute('style')).toContain('rgb(0, 0, 0)');
    expect(readBack(thread, renderXStatusPage(thread, { theme: 'dark' })).posts).toHaveLength(thread.replies.length + 1);
  });
});

describe('a synthetic thread with N replies', () => {
  it('reads back all N replies, every tenth joined to the one above', () => {
    const thread = stressThread(120);
    const { posts } = readBack(thread);
    expect(posts).toHaveLength(121);
    expect(new Set(posts.map((p) => p.id)).size).toBe(121);
    expect(posts[10]?.replyTo).toBe(posts[9]?.id);
    expect(posts[11]?.replyTo).toBe(thread.focal.id);
    expect(posts.filter((p) => p.replyTo !== thread.focal.id && p.replyTo !== undefined)).toHaveLength(12);
  });
});

describe('demo threads in the other sites\u2019 markup', () => {
  const pages = demoPages().filter((p) => /^(reddit|bluesky|mastodon)-/.test(p.slug));

  it.each(pages.map((p) => [p.slug, p] as const))('%s is read back by its own adapter, one thread, every post once', (slug, page) => {
    const { document } = parseHTML(page.html());
    const adapter = detectAdapter(document);
    expect(adapter?.id).toBe(slug.split('-')[0]);
    if (adapter === undefined) return;
    const posts = parsePage(adapter, document, new URL(`${ORIGIN}${page.path}`));
    const written = [page.thread.focal, ...page.thread.replies];
    expect(posts.map((p) => p.text.replace(/\s+/g, ' ').trim())).toEqual(written.map((p) => p.text.replace(/\s+/g, ' ').trim()));
    expect(posts.map((p) => p.author.handle.replace(/\.bsky\.social$/, ''))).toEqual(written.map((p) => p.author.handle));
    expect(posts.slice(1).every((p) => p.replyTo !== undefined)).toBe(true);
    expect(posts.every((p) => p.createdAt !== undefined)).toBe(true);
  });
});
