// What an evidence report shows, worked out once from the Evidence so that the HTML writer and the
// plain-text summary say the same things: the signals that fired with their posts, the groups of
// copies, the accounts behind the reasons, and everything that is missing. Pure.
import type { Level, SignalReport } from '../shared/report.ts';
import type { Author, Post } from '../shared/thread.ts';
import { DUPLICATE_REPLIES } from '../signals/duplicate-replies.ts';
import { nearDuplicateGroups } from '../signals/near-duplicate-groups.ts';
import { normalisedPostText } from '../signals/normalise-text.ts';
import { LEVEL_MEANING, LEVEL_TEXT, signalName } from '../ui/overlay/labels.ts';
import type { Evidence } from './evidence.ts';
import { permalink } from './permalink.ts';

export interface FiredSignal {
  signal: SignalReport;
  name: string;
  /** the posts behind it found in the thread, in the signal's order */
  posts: Post[];
  /** ids the signal names that the thread does not hold */
  unknownIds: string[];
  /** groups of copies (duplicate-replies), largest first; empty for other signals */
  groups: Post[][];
}

export interface AccountRow {
  handle: string;
  /** the author as the page showed it on the first post behind a reason */
  author: Author;
  /** posts of this account behind the reasons */
  postCount: number;
  /** names of the signals these posts are behind */
  signals: string[];
}

export interface EvidenceView {
  level: Level;
  levelText: string;
  levelMeaning: string;
  /** 0 to 100 */
  score: number;
  fired: FiredSignal[];
  /** signals that ran and found nothing, or could not run */
  quiet: SignalReport[];
  accounts: AccountRow[];
  /** plain sentences: what the thread or the evidence lacks */
  missing: string[];
  postCount: number;
  permalinkOf: (post: Post) => string | null;
}

export { signalName };

export function evidenceView(evidence: Evidence): EvidenceView {
  const { thread, report } = evidence;
  const posts = Array.isArray(thread.posts) ? thread.posts : [];
  const byId = new Map<string, Post>();
  for (const p of posts) if (!byId.has(p.id)) byId.set(p.id, p);
  const links = new Map<Post, string | null>();
  const permalinkOf = (post: Post): string | null => {
    if (!links.has(post)) links.set(post, permalink(thread, post));
    return links.get(post) ?? null;
  };

  const fired: FiredSignal[] = report.signals
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score)
    .map((signal) => {
      const found: Post[] = [];
      const unknownIds: string[] = [];
      for (const id of new Set(signal.posts)) {
        const post = byId.get(id);
        if (post) found.push(post);
        else unknownIds.push(id);
      }
      return { signal, name: signalName(signal.id), posts: found, unknownIds, groups: signal.id === 'duplicate-replies' ? copyGroups(found) : [] };
    });
  const quiet = report.signals.filter((s) => !(s.score > 0));

  const accounts = new Map<string, AccountRow>();
  for (const f of fired) {
    for (const post of f.posts) {
      const handle = post.author.handle;
      let row = accounts.get(handle);
      if (!row) {
        row = { handle, author: post.author, postCount: 0, signals: [] };
        accounts.set(handle, row);
      }
      row.postCount++;
      if (!row.signals.includes(f.name)) row.signals.push(f.name);
    }
  }

  const level = report.thread.level;
  return {
    level,
    levelText: LEVEL_TEXT[level] ?? String(level),
    levelMeaning: LEVEL_MEANING[level] ?? '',
    score: Math.round(report.thread.score * 100),
    fired,
    quiet,
    accounts: [...accounts.values()].sort((a, b) => b.postCount - a.postCount || a.handle.localeCompare(b.handle)),
    missing: missingSentences(evidence, posts, fired, permalinkOf),
    postCount: posts.length,
    permalinkOf,
  };
}

/**
 * The copies regrouped for display: the signal reports its posts as one list, so the groups are
 * found again with the signal's own similarity threshold over just those posts.
 */
function copyGroups(posts: readonly Post[]): Post[][] {
  const texts = posts.map(normalisedPostText);
  return nearDuplicateGroups(texts, { minSimilarity: DUPLICATE_REPLIES.minSimilarity }).map((g) =>
    g.map((i) => posts[i]).filter((p): p is Post => p !== undefined),
  );
}

function missingSentences(evidence: Evidence, posts: readonly Post[], fired: readonly FiredSignal[], permalinkOf: (p: Post) => string | null): string[] {
  const out: string[] = [];
  const n = posts.length;
  const of = (k: number): string => (k === n ? `All ${n}` : `${k} of ${n}`);
  if (n === 0) out.push('The thread has no posts: there is nothing to show and nothing could be computed.');
  if (n === 1) out.push('The thread has one post only: no replies, so the reply signals had nothing to compare.');
  const noTime = posts.filter((p) => p.createdAt === undefined || !Number.isFinite(Date.parse(p.createdAt))).length;
  if (noTime > 0) out.push(`${of(noTime)} posts have no readable time: timelines and time-based signals leave them out.`);
  const noHandle = posts.filter((p) => p.author.handle.trim() === '').length;
  if (noHandle > 0) out.push(`${of(noHandle)} posts have no author handle.`);
  const noLink = posts.filter((p) => permalinkOf(p) === null).length;
  if (noLink > 0 && n > 0) out.push(`${of(noLink)} posts have no address Threadlens can give (the site or its ids do not say one).`);
  if (evidence.capturedAt === null) out.push('When the thread was read is not known.');
  if (!evidence.thread.url) out.push('The address of the thread page is not known.');
  for (const f of fired) {
    if (f.unknownIds.length > 0) out.push(`${f.name} names ${f.unknownIds.length} posts the thread does not hold.`);
  }
  return out;
}
