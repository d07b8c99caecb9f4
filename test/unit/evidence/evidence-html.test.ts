import { describe, expect, it } from 'vitest';
import { evidenceHtml, evidenceHtmlString, OPEN_POSTS } from '../../../src/evidence/evidence-html.ts';
import { canonicalJson, sha256Hex } from '../../../src/evidence/canonical-json.ts';
import type { Post, Thread } from '../../../src/shared/thread.ts';
import { LEVEL_TEXT } from '../../../src/ui/overlay/labels.ts';
import { activeParts, dom } from '../../../tools/evidence/evidence-checks.ts';
import { evidenceOf, HOSTILE, hostileThread, readThread } from './evidence-fixtures.ts';

const COORDINATED = 'test/fixtures/threads/coordinated-replies.json';

describe('evidenceHtml', () => {
  it('shows the level, score, each reason with its sentence and the posts behind it', async () => {
    const evidence = await evidenceOf(readThread(COORDINATED));
    const html = await evidenceHtmlString(evidence);
    const doc = dom(html);
    expect(doc.querySelector('#level')?.textContent).toBe(LEVEL_TEXT[evidence.report.thread.level]);
    expect(doc.querySelector('#score')?.textContent).toBe(`score ${Math.round(evidence.report.thread.score * 100)} of 100`);
    const fired = evidence.report.signals.filter((s) => s.score > 0);
    expect(fired.length).toBeGreaterThan(0);
    for (const signal of fired) {
      const section = doc.querySelector(`section[data-signal="${signal.id}"]`);
      expect(section, signal.id).not.toBeNull();
      expect(section?.querySelector('.summary')?.textContent).toBe(signal.summary);
      for (const id of signal.posts) expect(section?.querySelector(`[data-post="${id}"]`), `${signal.id} ${id}`).not.toBeNull();
    }
    expect(doc.querySelector('#sha256')?.textContent).toBe(await sha256Hex(canonicalJson(evidence.thread)));
    expect(html).toContain('https://x.com/');
    expect(activeParts(doc)).toEqual([]);
    // the burst fired in this fixture: its reply timeline is drawn (inline SVG, nothing loaded)
    expect(fired.map((s) => s.id)).toContain('reply-burst');
    expect(doc.querySelector('section[data-signal="reply-burst"] svg.timeline rect')).not.toBeNull();
    expect(doc.querySelector('section[data-signal="duplicate-replies"] svg')).toBeNull();
  });

  it('puts copies side by side with what differs marked', async () => {
    const doc = dom(await evidenceHtmlString(await evidenceOf(readThread(COORDINATED))));
    const group = doc.querySelector('section[data-signal="duplicate-replies"] .group');
    expect(group?.querySelectorAll('.post').length).toBeGreaterThanOrEqual(3);
  });

  it('lists the accounts behind the reasons with what the page showed of them', async () => {
    const evidence = await evidenceOf(readThread(COORDINATED));
    const doc = dom(await evidenceHtmlString(evidence));
    const fired = evidence.report.signals.filter((s) => s.score > 0);
    const handles = new Set(fired.flatMap((s) => s.posts).map((id) => evidence.thread.posts.find((p) => p.id === id)?.author.handle));
    expect(doc.querySelectorAll('#accounts ~ table tr[data-handle]').length + doc.querySelectorAll('details tr[data-handle]').length).toBeGreaterThanOrEqual(
      Math.min(handles.size, 30),
    );
  });

  it('keeps hostile page text as text: no element, attribute or URL comes from a post', async () => {
    const evidence = await evidenceOf(hostileThread());
    const html = await evidenceHtmlString(evidence);
    const doc = dom(html);
    expect(activeParts(doc)).toEqual([]);
    expect(doc.querySelectorAll('style').length).toBe(1);
    expect(doc.querySelectorAll('bdi').length).toBeGreaterThan(0);
    const text = doc.body.textContent ?? '';
    for (const payload of HOSTILE) {
      // the payload is there as text, with its invisible characters shown as [U+XXXX]
      const shown = payload.replace(/[\u200B-\u200F\u202A-\u202E\u2060]/g, (c) => `[U+${c.charCodeAt(0).toString(16).toUpperCase()}]`);
      expect(text).toContain(shown);
    }
    expect(html).not.toMatch(/[\u202A-\u202E\u200B\u2060]/);
    expect(text).toContain('javascript:alert(6)');
  });

  it('says what is missing for an empty thread, and does not crash', async () => {
    const doc = dom(await evidenceHtmlString(await evidenceOf({ site: 'x', posts: [] })));
    const text = doc.body.textContent ?? '';
    expect(text).toContain('The thread has no posts');
    expect(text).toContain('When the thread was read is not known');
    expect(text).toContain('No signal fired');
  });

  it('says what is missing for one post without time or handle', async () => {
    const thread: Thread = { site: 'mastodon', posts: [{ id: 'a1', author: { handle: '' }, text: '' }] };
    const text = dom(await evidenceHtmlString(await evidenceOf(thread))).body.textContent ?? '';
    expect(text).toContain('one post only');
    expect(text).toContain('All 1 posts have no readable time');
    expect(text).toContain('no author handle');
    expect(text).toContain('no address');
  });

  it('shows an unreadable time as text instead of failing', async () => {
    const thread: Thread = { site: 'x', capturedAt: 'yesterday', posts: [{ id: '1', author: { handle: 'a' }, text: 'hi', createdAt: 'not <b>a</b> time' }] };
    const evidence = await evidenceOf(thread);
    expect(evidence.capturedAt).toBeNull();
    const text = dom(await evidenceHtmlString(evidence)).body.textContent ?? '';
    expect(text).toContain('not <b>a</b> time (not a readable time)');
  });

  it('streams 20,000 posts in many chunks and folds the long lists', async () => {
    const t0 = Date.parse('2025-01-01T00:00:00Z');
    const posts: Post[] = [{ id: '1', author: { handle: 'root' }, text: 'root', createdAt: new Date(t0).toISOString() }];
    for (let i = 0; i < 20_000; i++) {
      // a campaign of copies inside a burst: every reason's list is long
      posts.push({
        id: String(i + 2),
        author: { handle: `bot${i}` },
        text: `Everyone must see this video about the election now ${i % 7 === 0 ? 'please' : ''}`,
        createdAt: new Date(t0 + i * 500).toISOString(),
        replyTo: '1',
      });
    }
    const evidence = await evidenceOf({ site: 'x', posts });
    let chunks = 0;
    let bytes = 0;
    let biggest = 0;
    for await (const chunk of evidenceHtml(evidence)) {
      chunks++;
      bytes += chunk.length;
      biggest = Math.max(biggest, chunk.length);
    }
    expect(chunks).toBeGreaterThan(100);
    expect(biggest).toBeLessThan(500_000);
    const html = await evidenceHtmlString(evidence);
    expect(html.length).toBe(bytes);
    // the whole file is too big for a quick DOM parse in a test: read the copied-replies section
    const start = html.indexOf('<section class="reason" data-signal="duplicate-replies"');
    expect(start).toBeGreaterThan(0);
    const section = html.slice(start, html.indexOf('</section>', start));
    const beforeFold = section.slice(0, section.indexOf('<details>'));
    expect(section.indexOf('<details>')).toBeGreaterThan(0);
    // open: the side-by-side copies of each group; the rest folded
    expect(beforeFold.split('class="post"').length - 1).toBeLessThanOrEqual(OPEN_POSTS + 6);
    expect(section.split('class="post"').length - 1).toBeGreaterThanOrEqual(20_000 * 0.9);
    expect(html.endsWith('</html>\n')).toBe(true);
  }, 120_000);
});
