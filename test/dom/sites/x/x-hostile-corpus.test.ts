// The hostile-text corpus (tools/demo/hostile-thread.ts) through the X adapter, the signals and
// scoring: nothing throws, nothing is interpreted, every text comes out as the text the page shows.
import { describe, expect, it } from 'vitest';
import type { DemoPost, DemoThread } from '../../../../tools/demo/demo-thread.ts';
import {
  HOSTILE_HANDLES,
  HOSTILE_LINKS,
  HOSTILE_NAMES,
  HOSTILE_TEXTS,
  hostileThread,
  LONE_SURROGATES,
  MEGABYTE_TEXT,
} from '../../../../tools/demo/hostile-thread.ts';
import { renderXStatusPage } from '../../../../tools/demo/render-x-status-page.ts';
import { parsePage } from '../../../../src/sites/parse-page.ts';
import { xAdapter } from '../../../../src/sites/x/x-adapter.ts';
import { scoreThread } from '../../../../src/scoring/score-thread.ts';
import { DEFAULT_SCORING_SETTINGS } from '../../../../src/scoring/scoring-settings.ts';
import { LEVELS } from '../../../../src/shared/report.ts';
import type { Thread } from '../../../../src/shared/thread.ts';
import { htmlDocument } from './x-fixtures.ts';

const PAGE = new URL('https://x.com/threadlens_hostile/status/1');

/**
 * What a browser's HTML parser makes of text: CR and CRLF read as LF, NUL dropped (HTML spec:
 * input preprocessing, and "in body"). linkedom keeps the NUL, so it is dropped on both sides.
 */
const asHtmlShowsIt = (text: string): string => text.replace(/\0/g, '').replace(/\r\n?/g, '\n');
const read = (text: string | undefined): string | undefined => text?.replace(/\0/g, '');
/** String.prototype.toWellFormed (ES2024, beyond this project's lib setting): lone surrogates become U+FFFD. */
const wellFormed = (text: string): string => text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

function onePostPage(text: string, name = 'Some One', handle = 'someone'): Document {
  const focal: DemoPost = {
    id: '1991000000000000001',
    author: { handle, name },
    text,
    createdAt: '2025-11-20T10:00:00.000Z',
    metrics: { replies: 0, reposts: 0, likes: 0, views: 1 },
  };
  const thread: DemoThread = { slug: 'bad', title: 'bad', focal, replies: [] };
  return htmlDocument(renderXStatusPage(thread));
}

describe('the hostile demo page through the X adapter', () => {
  const thread = hostileThread();
  const doc = htmlDocument(renderXStatusPage(thread));
  const posts = parsePage(xAdapter, doc, PAGE);

  it('reads every post, each text, name and handle exactly as written', () => {
    const expected = [thread.focal, ...thread.replies];
    expect(posts).toHaveLength(expected.length);
    posts.forEach((post, i) => {
      const source = expected[i];
      expect(read(post.text)).toBe(asHtmlShowsIt(source?.text ?? ''));
      expect(post.author.handle).toBe(source?.author.handle);
      expect(post.author.displayName).toBe(source?.author.name.trim());
    });
    // no markup in the corpus became an element: the only images are the avatars
    expect(doc.querySelectorAll('script').length).toBe(0);
    expect(doc.querySelectorAll('article img').length).toBe(expected.length);
  });

  it('scores the thread without throwing; the markup is quoted in the evidence as text', () => {
    const report = scoreThread({ site: 'x', posts }, { scoring: DEFAULT_SCORING_SETTINGS, allowlist: [], now: Date.parse('2025-12-01T00:00:00Z') });
    expect(LEVELS).toContain(report.thread.level);
    const copies = report.signals.find((s) => s.id === 'duplicate-replies');
    expect(copies?.summary).toContain('<img src=x onerror=');
  });
});

describe('every text, name and handle of the corpus, alone on a page', () => {
  it.each(HOSTILE_TEXTS.map((t) => [JSON.stringify(t.slice(0, 40)), t]))('text %s', (_label, text) => {
    expect(read(parsePage(xAdapter, onePostPage(text), PAGE)[0]?.text)).toBe(asHtmlShowsIt(text));
  });

  it.each(HOSTILE_NAMES.map((n) => [JSON.stringify(n.slice(0, 40)), n]))('display name %s', (_label, name) => {
    expect(parsePage(xAdapter, onePostPage('hello', name), PAGE)[0]?.author.displayName).toBe(name.trim());
  });

  it.each(HOSTILE_HANDLES.ascii.map((h) => [h]))('look-alike handle %s', (handle) => {
    expect(parsePage(xAdapter, onePostPage('hello', 'Name', handle), PAGE)[0]?.author.handle).toBe(handle);
  });

  it.each(HOSTILE_HANDLES.unicode.map((h) => [JSON.stringify(h)]))('handle X cannot have, %s: read as written or not read, never thrown', (label) => {
    const handle = JSON.parse(label) as string;
    const [post] = parsePage(xAdapter, onePostPage('hello', 'Name', handle), PAGE);
    if (post !== undefined) expect(post.author.handle.length).toBeGreaterThan(0);
  });

  it('a 1 MB text comes out whole, and lone surrogates as the replacement character UTF-8 gives them', () => {
    expect(parsePage(xAdapter, onePostPage(MEGABYTE_TEXT), PAGE)[0]?.text).toBe(MEGABYTE_TEXT);
    // A page is UTF-8 on the wire: a lone surrogate cannot be sent and arrives as U+FFFD.
    const onWire = Buffer.from(
      renderXStatusPage({
        slug: 's',
        title: 's',
        focal: {
          id: '1991000000000000001',
          author: { handle: 'someone', name: 'S' },
          text: LONE_SURROGATES,
          createdAt: '2025-11-20T10:00:00.000Z',
          metrics: { replies: 0, reposts: 0, likes: 0, views: 1 },
        },
        replies: [],
      }),
      'utf8',
    ).toString('utf8');
    expect(parsePage(xAdapter, htmlDocument(onWire), PAGE)[0]?.text).toBe(wellFormed(LONE_SURROGATES));
  });

  it('links: javascript:, data: and vbscript: anchors in a post are not outbound links; odd https ones are read as URLs', () => {
    const doc = onePostPage('see');
    const text = doc.querySelector('[data-testid="tweetText"]');
    for (const href of HOSTILE_LINKS) {
      const a = doc.createElement('a');
      a.setAttribute('href', href);
      a.textContent = href.slice(0, 30);
      text?.appendChild(a);
    }
    const links = parsePage(xAdapter, doc, PAGE)[0]?.links ?? [];
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link).toMatch(/^https:\/\//);
  });
});

describe('the corpus as a Thread, straight into the signals and scoring', () => {
  // What an importer or `threadlens score` may be handed: every field hostile at once.
  const handles = [...HOSTILE_HANDLES.ascii, ...HOSTILE_HANDLES.unicode];
  const texts = [...HOSTILE_TEXTS, MEGABYTE_TEXT, LONE_SURROGATES];
  const thread: Thread = {
    site: 'x',
    posts: [
      { id: 'root', author: { handle: 'root' }, text: 'root' },
      ...Array.from({ length: 60 }, (_, i) => ({
        id: `p${i}`,
        replyTo: 'root',
        author: {
          handle: handles[i % handles.length] ?? 'x',
          displayName: HOSTILE_NAMES[i % HOSTILE_NAMES.length] ?? '',
          createdAt: i % 2 ? '2025-11-01T00:00:00Z' : LONE_SURROGATES,
        },
        text: texts[i % texts.length] ?? '',
        createdAt: i % 3 ? new Date(Date.parse('2025-11-20T10:00:00Z') + i * 1000).toISOString() : CSS_OR_BAD_DATE(i),
        links: [HOSTILE_LINKS[i % HOSTILE_LINKS.length] ?? ''],
        hashtags: [LONE_SURROGATES, '<b>tag</b>'],
        platformLabels: ['community-note\u202E', '<script>'],
      })),
    ],
  };

  it('never throws, keeps every score in [0, 1], and never counts a javascript: link as a link', () => {
    const started = performance.now();
    const report = scoreThread(thread, { scoring: DEFAULT_SCORING_SETTINGS, allowlist: [...HOSTILE_HANDLES.unicode], now: Date.parse('2025-12-01T00:00:00Z') });
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(report.thread.score).toBeGreaterThanOrEqual(0);
    expect(report.thread.score).toBeLessThanOrEqual(1);
    for (const s of report.signals) expect(s.score >= 0 && s.score <= 1).toBe(true);
    const flooding = report.signals.find((s) => s.id === 'link-flooding');
    expect(flooding?.summary ?? '').not.toMatch(/javascript|vbscript|data:/i);
    // the report is data: it survives a JSON round trip unchanged
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});

function CSS_OR_BAD_DATE(i: number): string {
  return i % 2 ? '</style>' : '2025-13-45T99:99:99Z';
}
