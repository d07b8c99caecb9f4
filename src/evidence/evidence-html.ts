// The evidence report as one self-contained HTML file: inline CSS, no script, no link, image or
// font that loads anything, so it reads the same offline, years later, and on paper. Decisions:
// - addresses (the thread's, each post's, links in posts) are shown as text in <code>, never as
//   <a href>: nothing in the file can make a request, even by a reflex click, and a hostile
//   `javascript:` URL stays text. Readers copy an address to open it;
// - every piece of page text goes through pageText (escape-html.ts): escaped, invisible and
//   direction-changing characters shown as [U+XXXX], inside <bdi>;
// - the file is written as a stream (an async generator of chunks) and long lists fold in
//   <details>, so 20,000 posts make a large file that still opens and scrolls.
// A Content-Security-Policy meta tag forbids every fetch as a second line of defence.
import type { Post } from '../shared/thread.ts';
import type { SignalReport } from '../shared/report.ts';
import type { Evidence } from './evidence.ts';
import { escapeHtml, pageText, pageTextInline } from './escape-html.ts';
import { evidenceView, signalName, type EvidenceView, type FiredSignal } from './evidence-view.ts';
import { wordDiff } from './word-diff.ts';

/** Posts shown open under a reason; the rest fold. */
export const OPEN_POSTS = 12;
/** Copies shown side by side per group; the rest are in the group's folded list. */
export const SIDE_BY_SIDE = 6;
/** Accounts listed open; the rest fold. */
export const OPEN_ACCOUNTS = 30;
/** Posts per chunk the generator yields for long lists. */
const CHUNK_POSTS = 200;

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; font-src 'none'; script-src 'none'; base-uri 'none'; form-action 'none'";

const CSS = `
:root{color-scheme:light;--fg:#0f1419;--muted:#536471;--line:#d5dce1;--bg:#fff;--soft:#f4f6f8}
*{box-sizing:border-box}
body{margin:0 auto;max-width:980px;padding:24px;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
h1{font-size:22px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 8px;border-bottom:1px solid var(--line);padding-bottom:4px}h3{font-size:16px;margin:18px 0 6px}
.muted{color:var(--muted)}.small{font-size:13px}
.level{display:inline-block;padding:2px 10px;border-radius:999px;font-weight:700;color:#fff}
.level-none{background:#00875a}.level-low{background:#8a6d00}.level-elevated{background:#c2410c}.level-high{background:#b91c1c}
.reason{border:1px solid var(--line);border-radius:8px;padding:10px 14px;margin:12px 0;page-break-inside:avoid}
.strength{float:right;font-weight:700}
.post{border-left:3px solid var(--line);padding:4px 10px;margin:8px 0;background:var(--soft);page-break-inside:avoid}
.post .who{font-weight:600}.post .text{white-space:pre-wrap;overflow-wrap:anywhere;margin:4px 0}
code{font:12px/1.4 ui-monospace,Menlo,Consolas,monospace;overflow-wrap:anywhere;word-break:break-all}
.ctl{background:#fde68a;color:#7c2d12;font:11px ui-monospace,monospace;border-radius:3px;padding:0 2px}
.group{display:grid;grid-template-columns:repeat(auto-fill,minmax(220px,1fr));gap:8px;margin:8px 0}
.group .post{margin:0}
ins{background:#fde68a;text-decoration:none}
table{border-collapse:collapse;width:100%;font-size:13px}th,td{text-align:left;vertical-align:top;border-bottom:1px solid var(--line);padding:4px 6px}
details{margin:8px 0}summary{cursor:pointer;color:var(--muted)}
.timeline{width:100%;height:64px;display:block;color:#b91c1c}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:8px 0}dl.meta dt{color:var(--muted)}dl.meta dd{margin:0}
@media print{body{padding:0;max-width:none}details::details-content{content-visibility:visible;display:block}summary{color:var(--fg)}}
`;

const attr = escapeHtml;

/** "2024-05-01 10:02:13 UTC", or the raw text marked as unreadable. */
export function timeText(value: string | undefined): string {
  if (value === undefined) return '<span class="muted">time unknown</span>';
  const ms = Date.parse(value);
  if (!Number.isFinite(ms)) return `${pageText(value)} <span class="muted">(not a readable time)</span>`;
  return escapeHtml(
    new Date(ms)
      .toISOString()
      .replace('T', ' ')
      .replace(/\.\d+Z$|Z$/, ' UTC'),
  );
}

function authorLine(post: Post): string {
  const a = post.author;
  const name = a.displayName ? `${pageText(a.displayName)} ` : '';
  const handle = a.handle.trim() === '' ? '<span class="muted">no handle</span>' : `@${pageText(a.handle)}`;
  return `<span class="who">${name}${handle}</span>${a.verified ? ' <span class="small muted">(check mark)</span>' : ''}`;
}

function postCard(view: EvidenceView, post: Post, body?: string): string {
  const link = view.permalinkOf(post);
  const labels =
    post.platformLabels && post.platformLabels.length > 0 ? `<div class="small">Platform labels: ${post.platformLabels.map(pageText).join(', ')}</div>` : '';
  const links =
    post.links && post.links.length > 0 ? `<div class="small">Links: ${post.links.map((l) => `<code>${escapeHtml(l)}</code>`).join(' ')}</div>` : '';
  return (
    `<div class="post" data-post="${attr(post.id)}">` +
    `<div>${authorLine(post)} <span class="muted small">· ${timeText(post.createdAt)}</span></div>` +
    `<div class="text">${body ?? (post.text === '' ? '<span class="muted">(no text)</span>' : pageText(post.text))}</div>` +
    labels +
    links +
    `<div class="small muted">${link ? `<code>${escapeHtml(link)}</code>` : `post id <code>${escapeHtml(post.id)}</code> (no address)`}</div>` +
    `</div>`
  );
}

/**
 * Items folded under one summary; past CHUNK_POSTS items, each chunk folds on its own, so that
 * opening a list of 20,000 lays out a hundred summaries, not 20,000 cards. `first` is the number
 * shown for the first item (counting from 1).
 */
function* folded<T>(
  items: readonly T[],
  first: number,
  summary: string,
  render: (item: T) => string,
  wrap: readonly [string, string] = ['', ''],
): Generator<string> {
  if (items.length === 0) return;
  yield `<details><summary>${summary}</summary>`;
  if (items.length <= CHUNK_POSTS) {
    yield wrap[0] + items.map(render).join('') + wrap[1];
  } else {
    for (let i = 0; i < items.length; i += CHUNK_POSTS) {
      const chunk = items.slice(i, i + CHUNK_POSTS);
      yield `<details><summary>${first + i} to ${first + i + chunk.length - 1}</summary>${wrap[0]}${chunk.map(render).join('')}${wrap[1]}</details>`;
    }
  }
  yield `</details>`;
}

/** Posts as cards, the first `open` shown, the rest folded; yielded in chunks. */
function* postList(view: EvidenceView, posts: readonly Post[], open: number, what: string): Generator<string> {
  for (const p of posts.slice(0, open)) yield postCard(view, p);
  const rest = posts.slice(open);
  yield* folded(rest, open + 1, `${rest.length} more ${escapeHtml(what)}`, (p) => postCard(view, p));
}

function diffBody(reference: Post, post: Post): string {
  if (post === reference) return pageText(post.text);
  const tokens = wordDiff(reference.text, post.text);
  if (!tokens) return pageText(post.text);
  return `<bdi>${tokens.map((t) => (t.same ? pageTextInline(t.text) : `<ins>${pageTextInline(t.text)}</ins>`)).join('')}</bdi>`;
}

function* copyGroups(view: EvidenceView, fired: FiredSignal): Generator<string> {
  if (fired.groups.length === 0) return;
  yield `<h3>The copies, side by side</h3><p class="small muted">Each group is compared with its first post; highlighted words differ from it.</p>`;
  for (const [g, group] of fired.groups.entries()) {
    const reference = group[0];
    if (!reference) continue;
    const accounts = new Set(group.map((p) => p.author.handle)).size;
    yield `<p class="small"><b>Group ${g + 1}</b>: ${group.length} posts from ${accounts} accounts.</p><div class="group">`;
    yield group
      .slice(0, SIDE_BY_SIDE)
      .map((p) => postCard(view, p, diffBody(reference, p)))
      .join('');
    yield `</div>`;
    const rest = group.slice(SIDE_BY_SIDE);
    yield* folded(rest, SIDE_BY_SIDE + 1, `${rest.length} more copies in group ${g + 1}`, (p) => postCard(view, p, diffBody(reference, p)));
  }
}

/** Reply times as a histogram (inline SVG: no script, no request), the reason's own posts darker. */
function timeline(signal: SignalReport, fired: FiredSignal): string {
  const times = (signal.times ?? []).filter((t) => Number.isFinite(t));
  if (times.length < 2) return '';
  let min = Infinity;
  let max = -Infinity;
  for (const t of times) {
    min = Math.min(min, t);
    max = Math.max(max, t);
  }
  const bins = 120;
  const span = Math.max(1, max - min);
  const bin = (t: number): number => Math.min(bins - 1, Math.floor(((t - min) / span) * bins));
  const all = new Array<number>(bins).fill(0);
  for (const t of times) all[bin(t)] = (all[bin(t)] ?? 0) + 1;
  const behind = new Array<number>(bins).fill(0);
  for (const p of fired.posts) {
    const t = p.createdAt === undefined ? NaN : Date.parse(p.createdAt);
    if (Number.isFinite(t) && t >= min && t <= max) behind[bin(t)] = (behind[bin(t)] ?? 0) + 1;
  }
  const top = Math.max(1, ...all);
  const bars = all
    .map((c, i) => {
      if (c === 0) return '';
      const h = (c / top) * 56;
      const hb = ((behind[i] ?? 0) / top) * 56;
      return (
        `<rect x="${i * 5}" y="${60 - h}" width="4" height="${h}" fill="currentColor" fill-opacity="0.3"/>` +
        (hb > 0 ? `<rect x="${i * 5}" y="${60 - hb}" width="4" height="${hb}" fill="currentColor"/>` : '')
      );
    })
    .join('');
  const iso = (t: number): string =>
    new Date(t)
      .toISOString()
      .replace('T', ' ')
      .replace(/\.\d+Z$/, ' UTC');
  return (
    `<h3>Reply timeline</h3><svg class="timeline" viewBox="0 0 ${bins * 5} 62" preserveAspectRatio="none" role="img" aria-label="Reply times">` +
    `<line x1="0" y1="60.5" x2="${bins * 5}" y2="60.5" stroke="currentColor" stroke-opacity="0.4"/>${bars}</svg>` +
    `<p class="small muted">${times.length} replies from ${escapeHtml(iso(min))} to ${escapeHtml(iso(max))}; darker: the replies behind this reason. Each bar is ${escapeHtml(durationText(span / bins))}.</p>`
  );
}

function durationText(ms: number): string {
  if (ms < 90_000) return `${Math.max(1, Math.round(ms / 1000))} s`;
  if (ms < 5_400_000) return `${Math.round(ms / 60_000)} min`;
  return `${Math.round(ms / 3_600_000)} h`;
}

function* reason(view: EvidenceView, fired: FiredSignal): Generator<string> {
  const s = fired.signal;
  yield `<section class="reason" data-signal="${attr(s.id)}"><h3 style="margin-top:0">${pageText(fired.name)}<span class="strength">${Math.round(s.score * 100)}%</span></h3>`;
  yield `<p class="summary">${pageText(s.summary)}</p>`;
  if (s.id === 'reply-burst') yield timeline(s, fired);
  yield* copyGroups(view, fired);
  // the copies above already show every post of a duplicate-replies reason: not twice
  const inGroups = new Set(fired.groups.flat());
  if (fired.posts.length > 0 && fired.posts.some((p) => !inGroups.has(p))) {
    yield `<h3>The ${fired.posts.length === 1 ? 'post' : `${fired.posts.length} posts`} behind it</h3>`;
    yield* postList(view, fired.posts, OPEN_POSTS, 'posts behind this reason');
  }
  if (fired.unknownIds.length > 0)
    yield `<p class="small muted">Not in the thread: ${fired.unknownIds
      .slice(0, 50)
      .map((id) => `<code>${escapeHtml(id)}</code>`)
      .join(' ')}</p>`;
  yield `</section>`;
}

function accountRow(row: EvidenceView['accounts'][number]): string {
  const a = row.author;
  const cell = (v: string | number | boolean | undefined): string =>
    v === undefined
      ? '<span class="muted">not shown</span>'
      : typeof v === 'boolean'
        ? v
          ? 'yes'
          : 'no'
        : typeof v === 'number'
          ? escapeHtml(v.toLocaleString('en'))
          : pageText(v);
  return (
    `<tr data-handle="${attr(row.handle)}"><td>@${pageText(row.handle)}</td><td>${cell(a.displayName)}</td><td>${cell(a.verified)}</td><td>${cell(a.defaultAvatar)}</td>` +
    `<td>${a.createdAt === undefined ? cell(undefined) : timeText(a.createdAt)}</td><td>${cell(a.followers)}</td><td>${cell(a.following)}</td>` +
    `<td>${row.postCount}</td><td>${row.signals.map(pageText).join(', ')}</td></tr>`
  );
}

function* accounts(view: EvidenceView): Generator<string> {
  yield `<h2 id="accounts">Accounts behind the reasons</h2>`;
  if (view.accounts.length === 0) {
    yield `<p class="muted">No reason points at any account.</p>`;
    return;
  }
  yield `<p class="small muted">As the page showed them when the thread was read; "not shown" where it did not say.</p>`;
  const head = `<table><thead><tr><th>account</th><th>name</th><th>check mark</th><th>default picture</th><th>created</th><th>followers</th><th>following</th><th>posts</th><th>reasons</th></tr></thead><tbody>`;
  yield head + view.accounts.slice(0, OPEN_ACCOUNTS).map(accountRow).join('') + `</tbody></table>`;
  const rest = view.accounts.slice(OPEN_ACCOUNTS);
  yield* folded(rest, OPEN_ACCOUNTS + 1, `${rest.length} more accounts`, accountRow, [head, '</tbody></table>']);
}

function settingsTable(evidence: Evidence): string {
  const { scoring, allowlistSize } = evidence.settings;
  const rows = Object.entries(scoring.signals)
    .map(
      ([id, s]) =>
        `<tr><td>${pageText(signalName(id))} <code>${escapeHtml(id)}</code></td><td>${s.enabled ? 'on' : 'off'}</td><td>${escapeHtml(String(s.weight))}</td></tr>`,
    )
    .join('');
  return (
    `<p>Sensitivity ${escapeHtml(String(scoring.sensitivity))} of 100; ${allowlistSize === 1 ? '1 account' : `${allowlistSize} accounts`} on the allow-list (never flagged; the list itself is not copied here).</p>` +
    `<table><thead><tr><th>signal</th><th>on</th><th>weight</th></tr></thead><tbody>${rows}</tbody></table>`
  );
}

/** The report, chunk by chunk: write each chunk as it comes. */
export async function* evidenceHtml(evidence: Evidence): AsyncGenerator<string> {
  const view = evidenceView(evidence);
  const { thread, report } = evidence;
  const title = `Threadlens evidence: ${view.levelText}`;
  yield (
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${attr(CSP)}">` +
    `<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="referrer" content="no-referrer"><title>${escapeHtml(title)}</title><style>${CSS}</style></head><body>`
  );
  yield (
    `<header><h1>Threadlens evidence report</h1>` +
    `<p><span class="level level-${attr(view.level)}" id="level">${escapeHtml(view.levelText)}</span> <b id="score">score ${view.score} of 100</b></p>` +
    `<p>${escapeHtml(view.levelMeaning)}</p>` +
    `<dl class="meta"><dt>site</dt><dd>${pageText(thread.site)}</dd>` +
    `<dt>thread</dt><dd>${thread.url ? `<code>${escapeHtml(thread.url)}</code>` : '<span class="muted">address not known</span>'}</dd>` +
    `<dt>read</dt><dd>${evidence.capturedAt ? timeText(evidence.capturedAt) : '<span class="muted">not known</span>'}; ${view.postCount === 1 ? '1 post' : `${view.postCount} posts`}</dd>` +
    `<dt>report made</dt><dd>${timeText(evidence.generatedAt)}</dd>` +
    `<dt>thread SHA-256</dt><dd><code id="sha256">${escapeHtml(evidence.threadSha256)}</code></dd></dl>` +
    `<p class="small muted">Made on the reader's own device by Threadlens; nothing in this file loads or runs anything. Addresses are shown as text: copy one to open it.</p></header>`
  );

  yield `<h2 id="reasons">Reasons</h2>`;
  if (view.fired.length === 0) yield `<p>No signal fired for this thread.</p>`;
  for (const f of view.fired) yield* reason(view, f);

  yield* accounts(view);

  yield `<h2 id="not-computed">What was not computed, and what is missing</h2>`;
  const gaps = [...view.missing, ...(report.notes ?? [])];
  yield gaps.length === 0
    ? `<p class="muted">Nothing: every signal ran on complete data.</p>`
    : `<ul>${gaps.map((g) => `<li>${pageText(g)}</li>`).join('')}</ul>`;
  if (view.quiet.length > 0) {
    yield `<h3>Signals that found nothing</h3><ul>${view.quiet.map((s) => `<li><b>${pageText(signalName(s.id))}</b>: ${pageText(s.summary)}</li>`).join('')}</ul>`;
  }

  yield `<h2 id="thread">The thread as read</h2>`;
  if (view.postCount === 0) yield `<p class="muted">No posts.</p>`;
  else yield* postList(view, thread.posts, Math.min(3, view.postCount), 'posts of the thread, in the order read');

  yield (
    `<h2 id="how">How this was made</h2><dl class="meta">` +
    `<dt>Threadlens</dt><dd>${pageText(evidence.threadlens.version)}</dd>` +
    `<dt>model</dt><dd>${evidence.model ? `${pageText(evidence.model.id)} ${pageText(evidence.model.version)}` : 'none: no classifier ran'}</dd>` +
    `<dt>format</dt><dd>${escapeHtml(evidence.format)} ${evidence.formatVersion}</dd></dl>`
  );
  yield settingsTable(evidence);
  yield (
    `<h3>Checking this report</h3><p class="small">The SHA-256 above is of the thread in canonical JSON (object keys sorted, no whitespace, UTF-8), the <code>thread</code> field of the JSON evidence saved with this report. ` +
    `<code>jq -S -j -c .thread evidence.json | sha256sum</code> prints it again; any change to a post changes it.</p>`
  );
  yield `</body></html>\n`;
}

/** The whole report as one string (small threads, tests). */
export async function evidenceHtmlString(evidence: Evidence): Promise<string> {
  let out = '';
  for await (const chunk of evidenceHtml(evidence)) out += chunk;
  return out;
}
