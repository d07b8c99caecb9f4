// The Mastodon adapter on our web-UI thread page (test/fixtures/mastodon/thread-page.html, written from Mastodon 4.x
// markup), its agreement with the API importer on the same thread (status-context.json), and bad input.
// The focal status shows a local date only: our page was drawn in UTC, so the tests read it in UTC.
process.env.TZ = 'UTC';

import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { mastodonAdapter } from '../../../../src/sites/mastodon/mastodon-adapter.ts';
import { importMastodonThread } from '../../../../src/sites/mastodon/mastodon-api-thread.ts';
import { parsePage } from '../../../../src/sites/parse-page.ts';
import type { Post } from '../../../../src/shared/thread.ts';
import { SITE_FIXTURES, siteFixtureDocument } from '../site-fixtures.ts';

const PAGE_URL = new URL(SITE_FIXTURES.mastodonOwnThread.url);
const read = () => parsePage(mastodonAdapter, siteFixtureDocument('mastodonOwnThread'), PAGE_URL);
const FILTERED = '113500000000000005';

describe('Mastodon thread view', () => {
  it('reads ancestor, focal status and replies; content warnings as such; the filtered status reported, not read', () => {
    const posts = read();
    expect(posts.map((p) => [p.id, p.author.handle, p.replyTo ?? null])).toEqual([
      ['113500000000000001', 'alice', null],
      ['113500000000000002', 'bob@other.example', '113500000000000001'],
      ['113500000000000003', 'carol', '113500000000000002'],
      ['113500000000000004', 'dave', '113500000000000002'],
      ['113500000000000006', 'erin@far.example', '113500000000000002'],
    ]);
    expect(posts[1]).toMatchObject({ createdAt: '2025-11-20T10:05:00.000Z', createdAtApproximate: true, links: ['https://city.example/lanes'] });
    expect(posts[0]).toMatchObject({ createdAt: '2025-11-20T10:00:12.000Z', hashtags: ['bikelanes'] });
    expect(posts[0]?.createdAtApproximate).toBeUndefined();
    expect(posts[2]).toMatchObject({ text: 'The council vote was close.', platformLabels: ['sensitive-content'] });
    expect(posts[3]?.author.defaultAvatar).toBe(true);
    expect(posts[4]?.text).toBe('');
    expect(mastodonAdapter.unloaded?.(siteFixtureDocument('mastodonOwnThread'))).toEqual([{ count: 1, reason: 'filtered' }]);
  });

  it('agrees with the API importer on posts, authors, times (to the minute where the page rounds) and replies', () => {
    const imported = importMastodonThread(JSON.parse(readFileSync('test/fixtures/mastodon/status-context.json', 'utf8')));
    if (!imported.ok) throw new Error(imported.error);
    const shape = (p: Post) => ({
      id: p.id,
      handle: p.author.handle,
      displayName: p.author.displayName,
      time: p.createdAtApproximate === true ? p.createdAt?.slice(0, 16) : p.createdAt,
      replyTo: p.replyTo,
      text: p.text,
      links: p.links,
      labels: p.platformLabels,
    });
    const page = read();
    const api = imported.value.posts.filter((p) => p.id !== FILTERED);
    expect(page.map(shape)).toEqual(api.map((p) => shape(page.find((q) => q.id === p.id)?.createdAtApproximate ? { ...p, createdAtApproximate: true } : p)));
  });
});

describe('reply nesting in the thread view (thread lines, status.jsx)', () => {
  const NESTED_URL = new URL(SITE_FIXTURES.mastodonOwnNested.url);
  const id = (n: number) => `11360000000000000${n}`;

  it('reads a reply to a reply to a reply from the thread lines, as the API importer does', () => {
    const page = parsePage(mastodonAdapter, siteFixtureDocument('mastodonOwnNested'), NESTED_URL);
    const imported = importMastodonThread(JSON.parse(readFileSync('test/fixtures/mastodon/nested-status-context.json', 'utf8')));
    if (!imported.ok) throw new Error(imported.error);
    const shape = (p: Post) => ({ id: p.id, handle: p.author.handle, minute: p.createdAt?.slice(0, 16), replyTo: p.replyTo, text: p.text });
    expect(page.map(shape)).toEqual(imported.value.posts.map(shape));
    expect(page.map((p) => [p.author.handle, p.replyTo ?? null])).toEqual([
      ['alice', null],
      ['bob', id(1)],
      ['carol', id(2)],
      ['dave', id(3)],
      ['erin', id(4)],
      ['frank', id(2)],
    ]);
  });

  // A descendant drawn in the thread view, as status.jsx draws it: `line` adds div.status__line, `first` the class
  // status--first-in-thread.
  const status = (n: number, hints: { line?: boolean; first?: boolean } = {}) =>
    `<div class="status__wrapper"><div class="status status--in-thread${hints.first === true ? ' status--first-in-thread' : ''}" data-id="${id(n)}">` +
    `${hints.line === true ? '<div class="status__line"></div>' : ''}<span class="display-name__account">@u${n}</span></div></div>`;
  const focal = `<div class="detailed-status"><span class="display-name__account">@bob</span><a class="detailed-status__datetime" href="/@bob/${id(2)}">x</a></div>`;
  const replyTos = (body: string, list: string | null = 'item-list scrollable') =>
    parsePage(mastodonAdapter, parseHTML(list === null ? body : `<div class="${list}">${body}</div>`).document, NESTED_URL).map((p) => p.replyTo);

  it('reads the thread lines in the list older versions draw (div.scrollable, no item-list)', () => {
    expect(replyTos(focal + status(3, { line: true }) + status(4, { line: true }), 'scrollable')).toEqual([undefined, id(2), id(3)]);
  });

  it('falls back to the focal status, without error, when the hints are missing, odd or name no parent', () => {
    // No thread lines at all (older or restyled markup): every descendant answers the focal status, as before.
    expect(replyTos(focal + status(3) + status(4) + status(5))).toEqual([undefined, id(2), id(2), id(2)]);
    // Lines, but the page has no list around the focal status: nothing is read from them.
    expect(replyTos(focal + status(3, { line: true }) + status(4, { line: true }), null)).toEqual([undefined, id(2), id(2)]);
    // The first descendant never names the status before it (that is the focal one); first-in-thread names no parent
    // (it answers the focal status or an earlier reply the page does not name).
    expect(replyTos(focal + status(3, { line: true }) + status(4, { line: true, first: true }))).toEqual([undefined, id(2), id(2)]);
    // The status drawn before is filtered: its id is not on the page, so the parent is not guessed.
    const filtered = '<div class="status__wrapper status__wrapper--filtered">Filtered: Spam.</div>';
    expect(replyTos(focal + status(3) + filtered + status(5, { line: true }))).toEqual([undefined, id(2), id(2)]);
    // Nor when it is drawn collapsed (a wrapper with the name and text only, no .status).
    const collapsed = '<div class="status__wrapper"><span>Carol</span><span>hidden</span></div>';
    expect(replyTos(focal + status(3) + collapsed + status(5, { line: true }))).toEqual([undefined, id(2), id(2)]);
    // A line on a status with no id, or a status drawn twice, never throws and never makes a post its own parent.
    expect(replyTos(focal + status(3) + status(3, { line: true }) + '<div class="status"><div class="status__line"></div></div>')).toEqual([undefined, id(2)]);
  });
});

describe('bad input', () => {
  const parse = (html: string) => parsePage(mastodonAdapter, parseHTML(html).document, new URL('https://example.social/home'));

  it('skips a status without author, reads one without text or time as a bare Post, never throws', () => {
    expect(parse('<div class="status" data-id="1"></div>')).toEqual([]);
    expect(parse('<div class="status" data-id="2"><span class="display-name__account">@x@example.social</span></div>')).toEqual([
      { id: '2', author: { handle: 'x' }, text: '' },
    ]);
  });

  it('counts a status shown twice once, and a quoted status as part of its quoter', () => {
    const status =
      '<div class="status" data-id="3"><span class="display-name__account">@y</span><div class="status" data-id="4"><span class="display-name__account">@z</span></div></div>';
    expect(parse(status + status).map((p) => p.id)).toEqual(['3']);
  });

  it('finds nothing on the other sites\u2019 pages', () => {
    for (const name of ['redditOwnOld', 'redditOwnNew', 'blueskyOwnThread', 'xOwnStatus'] as const) {
      expect(mastodonAdapter.detect(siteFixtureDocument(name))).toBe(false);
      expect(parsePage(mastodonAdapter, siteFixtureDocument(name), PAGE_URL)).toEqual([]);
    }
  });
});
