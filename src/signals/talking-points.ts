// talking-points: many distinct accounts pushing the same point in different words, close in
// time, into a thread about something else: what a campaign of generated text looks like when
// each account posts its own wording (no copies for duplicate-replies to find).
//
// How:
// 1. each English reply becomes content terms (content-terms.ts: stopwords out, Porter stems,
//    pairs of adjacent content words), minus the terms of the thread's subject (the root and the
//    post it answers): what a reply says beyond the conversation it sits in;
// 2. terms are weighed by how rare they are in 145,000 ordinary tweets (term-frequencies.json),
//    so sharing "love" or "people" says little and sharing "carbon emissions" says much;
// 3. replies whose weighted term vectors are close (cosine) are joined; a group needs several
//    distinct accounts, and each reply must say mostly something other than the subject.
// What keeps real conversations quiet: replies that share words with the root or the post they
// answer are talking about the thread, and those words are taken out before comparing; a group
// needs MIN_ACCOUNTS accounts and scores fully only at FULL_ACCOUNTS; groups spread over hours
// weigh less (time-spread.ts), and without times a group weighs less still.
// In a language the content features do not know (anything but English) the signal stays
// silent, saying so, rather than guessing with English stopwords.
import type { Post, Thread } from '../shared/thread.ts';
import type { ContentTerms } from './content-terms.ts';
import { contentTermsOfPost } from './content-terms.ts';
import { normaliseHandle } from '../shared/normalise-handle.ts';
import { nearDuplicateGroups } from './near-duplicate-groups.ts';
import { normalisedPostText } from './normalise-text.ts';
import { parsePostTime } from './post-time.ts';
import type { Signal } from './signal.ts';
import { defineSignal } from './signal-definition.ts';
import { clamp01, notComputedSignal, quietSignal, round3 } from './signal.ts';
import termFrequencies from './term-frequencies.json' with { type: 'json' };
import { threadReplies } from './thread-replies.ts';
import { timeSpan } from './time-spread.ts';
import { formatDuration, listWords, quote } from './wording.ts';

export const TALKING_POINTS = {
  /** a reply needs this many content stems beyond the thread's subject to be compared */
  minStems: 2,
  /** a reply whose content is more than this share (by weight) the subject's words is conversation */
  maxSubjectShare: 0.5,
  /** cosine of the weighted term vectors at which two replies make the same point */
  minSimilarity: 0.07,
  /** distinct accounts a group needs within `windowMs`, and at which its count part is full */
  minAccounts: 5,
  fullAccounts: 12,
  /** a campaign posts close in time: accounts are counted in the group's busiest window of this length */
  windowMs: 60 * 60_000,
  /** weight of a group whose times are unknown: a burst cannot be told from a day of replies */
  untimedWeight: 0.6,
  /** below this share of English among the informative replies the signal does not guess */
  minEnglishShare: 0.5,
  /** each reply is compared with at most this many earlier replies sharing a term: a bound for 20,000-reply threads */
  neighboursPerTerm: 48,
  /** terms in more than this share of ordinary tweets are not compared: they join anything to anything */
  commonTermShare: 0.004,
  /**
   * The thread's topic is also what its other replies say outside the burst: when the burst's
   * words are as much the words of replies before and after it, the burst is the thread's own
   * discussion (a news thread arguing about religion for hours), not a point pushed into it. A
   * group's score falls from full at this share of its words found outside the burst...
   */
  backgroundShareFrom: 0.1,
  /** ...to nothing at this share */
  backgroundShareTo: 0.4,
  /**
   * A stem counts as the thread's own in proportion to how often replies outside the burst's window
   * use it (per reply) against how often the burst's replies do: fully from this ratio. One use
   * outside no longer makes a word the thread's (was: any use, 2026-12-02): in a thread of 200
   * replies someone outside the burst says "world" or "kind" whatever the burst is about.
   */
  backgroundRate: 0.25,
  /** two replies sharing a stem at least this rare (ln(N/df)) are joined whatever their cosine */
  linkIdf: 6.5,
  /** a bound for 20,000-reply threads: beyond this many replies only the latest are read (a campaign is news in a thread) */
  maxReplies: 2000,
  /** a pair of adjacent stems weighs this much more than its rarer stem */
  pairBoost: 1.2,
} as const;

const DOCUMENTS = termFrequencies.documents;
const DF: Readonly<Record<string, number>> = termFrequencies.df;
const UNSEEN_DF = termFrequencies.minDf / 2;

/** Inverse document frequency from ordinary tweets: ln(N / df), absent stems as rare as the table's cut-off. */
function idf(stem: string): number {
  return Math.log(DOCUMENTS / (DF[stem] ?? UNSEEN_DF));
}

function termWeight(term: string): number {
  const space = term.indexOf(' ');
  if (space === -1) return idf(term);
  return TALKING_POINTS.pairBoost * Math.max(idf(term.slice(0, space)), idf(term.slice(space + 1)));
}

interface Candidate {
  post: Post;
  author: string;
  order: number;
  /** ms since epoch, when readable */
  ms: number | undefined;
  /** ids of the posts above it in its reply chain, the root excluded */
  ancestors: ReadonlySet<string>;
  terms: string[];
  weights: number[];
  norm: number;
}

interface Group {
  members: Candidate[];
  /** distinct accounts in the busiest window (all of them when the times are unknown) */
  accounts: number;
  /** the busiest window's members */
  burst: Candidate[];
  spanMs: number | undefined;
  score: number;
  point: string[];
}

const termsOf = contentTermsOfPost;

const subjectTerms = (t: ContentTerms): string[] => [...t.terms, ...t.joined];

export const talkingPoints: Signal = (thread: Thread, ctx) => {
  const id = 'talking-points';
  if (thread.posts.length === 0) return notComputedSignal(id, 'the thread has no posts');
  const { root, replies } = threadReplies(thread, ctx);
  if (replies.length < TALKING_POINTS.minAccounts) return quietSignal(id, 'Too few replies to compare.');
  const byId = new Map<string, Post>();
  for (const p of thread.posts) if (!byId.has(p.id)) byId.set(p.id, p);
  const rootTerms = new Set(root ? subjectTerms(termsOf(root)) : []);
  const rootAuthor = root ? normaliseHandle(root.author.handle) : undefined;

  let informative = 0;
  let english = 0;
  const candidates: Candidate[] = [];
  const read = replies.length > TALKING_POINTS.maxReplies ? latest(replies, TALKING_POINTS.maxReplies, ctx.now) : replies;
  read.forEach((post, order) => {
    const terms = termsOf(post);
    if (terms.stems < TALKING_POINTS.minStems) return;
    informative++;
    if (!terms.english) return;
    english++;
    const author = normaliseHandle(post.author.handle);
    if (author === rootAuthor) return; // the author answering his own thread pushes nothing into it
    const parent = post.replyTo !== undefined && post.replyTo !== root?.id ? byId.get(post.replyTo) : undefined;
    const parentTerms = parent ? new Set(subjectTerms(termsOf(parent))) : undefined;
    const own: string[] = [];
    const weights: number[] = [];
    let subject = 0;
    let total = 0;
    let stems = 0;
    terms.terms.forEach((term, i) => {
      const w = termWeight(term);
      total += w;
      if (rootTerms.has(term) || parentTerms?.has(term)) {
        subject += w;
        return;
      }
      own.push(term);
      weights.push(w);
      if (i < terms.stems) stems++;
    });
    if (stems < TALKING_POINTS.minStems || subject > total * TALKING_POINTS.maxSubjectShare) return;
    const norm = Math.sqrt(weights.reduce((s, w) => s + w * w, 0));
    const time = parsePostTime(post.createdAt, ctx.now);
    candidates.push({ post, author, order, ms: time.ok ? time.ms : undefined, ancestors: ancestorsOf(post, byId, root), terms: own, weights, norm });
  });
  if (informative >= TALKING_POINTS.minAccounts && english < informative * TALKING_POINTS.minEnglishShare) {
    return notComputedSignal(id, `${informative - english} of ${informative} replies are not in English, the only language the content features know`);
  }
  if (candidates.length < TALKING_POINTS.minAccounts) return quietSignal(id, 'No group of replies pushing the same point.');
  // Copies of one text are one voice: they are duplicate-replies' evidence, and counting them here
  // too would make one set of posts look like two agreeing signals.
  const copies = nearDuplicateGroups(
    candidates.map((c) => normalisedPostText(c.post)),
    { minSimilarity: 0.6 },
  );
  const repeated = new Set(copies.flatMap((g) => g.slice(1)));
  const voices = repeated.size === 0 ? candidates : candidates.filter((_, i) => !repeated.has(i));
  if (voices.length < TALKING_POINTS.minAccounts) return quietSignal(id, 'No group of replies pushing the same point in different words.');

  const groups = similarGroups(voices, ctx.now, stemTimes(read, ctx.now));
  if (groups.length === 0) return quietSignal(id, 'No group of replies from several accounts pushing the same point in other words.');
  groups.sort((a, b) => b.score - a.score);
  const top = groups[0];
  if (!top) return quietSignal(id, 'No group of replies pushing the same point.');
  const score = clamp01(1 - groups.reduce((clean, g) => clean * (1 - g.score), 1));
  return { id, score: round3(score), summary: describe(top, groups.length), posts: groups.flatMap((g) => g.burst.map((m) => m.post.id)) };
};

/** The `n` latest replies by time (replies without a time count as oldest), in thread order. */
function latest(replies: readonly Post[], n: number, now: number): Post[] {
  const ms = replies.map((p) => {
    const t = parsePostTime(p.createdAt, now);
    return t.ok ? t.ms : -Infinity;
  });
  const order = replies.map((_, i) => i).sort((a, b) => (ms[b] ?? 0) - (ms[a] ?? 0) || a - b);
  const keep = new Set(order.slice(0, n));
  return replies.filter((_, i) => keep.has(i));
}

/** The posts above `post` in its reply chain (the root excluded), at most MAX_CHAIN deep. */
const MAX_CHAIN = 32;
function ancestorsOf(post: Post, byId: ReadonlyMap<string, Post>, root: Post | undefined): Set<string> {
  const out = new Set<string>();
  let next = post.replyTo;
  while (next !== undefined && next !== root?.id && out.size < MAX_CHAIN && !out.has(next)) {
    out.add(next);
    next = byId.get(next)?.replyTo;
  }
  return out;
}

/** Groups of candidates joined by cosine similarity (single link), with their scores. */
function similarGroups(candidates: readonly Candidate[], now: number, background: StemTimes): Group[] {
  const { minSimilarity, neighboursPerTerm, commonTermShare, minAccounts, fullAccounts } = TALKING_POINTS;
  // replies in time order, so a term's recent posting list holds the replies near in time
  const times = candidates.map((c) => c.ms);
  const order = candidates.map((_, i) => i).sort((a, b) => (times[a] ?? 0) - (times[b] ?? 0) || (candidates[a]?.order ?? 0) - (candidates[b]?.order ?? 0));
  const commonIdf = Math.log(1 / commonTermShare);
  // per term, the candidates that used it so far (time order) and their weight for it
  const postings = new Map<string, { ids: number[]; weights: number[] }>();
  const parent = candidates.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      const p = parent[i] ?? i;
      parent[i] = parent[p] ?? p;
      i = p;
    }
    return i;
  };
  // dot products of the current candidate with earlier ones, reset after each: no Map per candidate
  const dots = new Float64Array(candidates.length);
  const rareShared = new Uint8Array(candidates.length);
  const touched: number[] = [];
  for (const i of order) {
    const c = candidates[i];
    if (!c) continue;
    c.terms.forEach((term, k) => {
      const w = c.weights[k] ?? 0;
      const pair = term.includes(' ');
      if (w < commonIdf && !pair) return;
      const rare = !pair && w >= TALKING_POINTS.linkIdf;
      let list = postings.get(term);
      if (!list) postings.set(term, (list = { ids: [], weights: [] }));
      for (let n = Math.max(0, list.ids.length - neighboursPerTerm); n < list.ids.length; n++) {
        const j = list.ids[n] ?? 0;
        if (dots[j] === 0) touched.push(j);
        dots[j] = (dots[j] ?? 0) + w * (list.weights[n] ?? 0);
        if (rare) rareShared[j] = 1;
      }
      list.ids.push(i);
      list.weights.push(w);
    });
    for (const j of touched) {
      const dot = dots[j] ?? 0;
      const rare = rareShared[j] === 1;
      dots[j] = 0;
      rareShared[j] = 0;
      const other = candidates[j];
      if (!other || other.author === c.author) continue;
      // one answering the other, or both in one reply chain, is a conversation, not two voices of one campaign
      if (c.ancestors.has(other.post.id) || other.ancestors.has(c.post.id)) continue;
      if (rare || dot / (c.norm * other.norm) >= minSimilarity) parent[find(i)] = find(j);
    }
    touched.length = 0;
  }
  const byRoot = new Map<number, Candidate[]>();
  candidates.forEach((c, i) => {
    const r = find(i);
    const list = byRoot.get(r);
    if (list) list.push(c);
    else byRoot.set(r, [c]);
  });
  const groups: Group[] = [];
  for (const members of byRoot.values()) {
    if (new Set(members.map((m) => m.author)).size < minAccounts) continue;
    const timed = members.filter((m) => m.ms !== undefined);
    const untimed = timed.length < minAccounts;
    const burst = untimed ? members : busiestWindow(timed, (m) => m.ms ?? 0);
    const accounts = new Set(burst.map((m) => m.author)).size;
    if (accounts < minAccounts) continue;
    const spanMs = timeSpan(
      burst.map((m) => m.post),
      now,
    );
    const byAccounts = clamp01((accounts - minAccounts + 1) / (fullAccounts - minAccounts + 1));
    const offTopic = untimed ? 1 : 1 - backgroundPenalty(burst, background);
    const score = byAccounts * offTopic * (untimed ? TALKING_POINTS.untimedWeight : 1);
    if (score > 0) groups.push({ members, accounts, burst, spanMs, score, point: pointOf(burst) });
  }
  return groups;
}

/** Per stem, the sorted times of the replies that use it; replies without a time apart. */
interface StemTimes {
  timed: Map<string, number[]>;
  /** per stem, how many replies without a time use it */
  untimed: Map<string, number>;
  /** the sorted times of every timed reply, and how many replies have no time */
  all: number[];
  untimedReplies: number;
}

function stemTimes(replies: readonly Post[], now: number): StemTimes {
  const timed = new Map<string, number[]>();
  const untimed = new Map<string, number>();
  const all: number[] = [];
  let untimedReplies = 0;
  for (const post of replies) {
    const terms = termsOf(post);
    const t = parsePostTime(post.createdAt, now);
    if (t.ok) all.push(t.ms);
    else untimedReplies++;
    for (let k = 0; k < terms.stems; k++) {
      const stem = terms.terms[k] ?? '';
      if (!t.ok) untimed.set(stem, (untimed.get(stem) ?? 0) + 1);
      else {
        const list = timed.get(stem);
        if (list) list.push(t.ms);
        else timed.set(stem, [t.ms]);
      }
    }
  }
  for (const list of timed.values()) list.sort((a, b) => a - b);
  all.sort((a, b) => a - b);
  return { timed, untimed, all, untimedReplies };
}

/** How many of the sorted `times` fall outside [from, to]. */
function countOutside(times: readonly number[], from: number, to: number): number {
  return firstIndex(times, (t) => t >= from) + (times.length - firstIndex(times, (t) => t > to));
}

/** The first index of sorted `list` where `ok` holds (`ok` false then true along the list). */
function firstIndex(list: readonly number[], ok: (t: number) => boolean): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ok(list[mid] ?? 0)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** 0 when the burst's words are its own, 1 when replies outside its window say them as much (see backgroundShareFrom, backgroundRate). */
function backgroundPenalty(burst: readonly Candidate[], background: StemTimes): number {
  let from = Infinity;
  let to = -Infinity;
  for (const m of burst) {
    from = Math.min(from, m.ms ?? 0);
    to = Math.max(to, m.ms ?? 0);
  }
  const inside = new Map<string, number>();
  for (const m of burst)
    for (let k = 0; k < m.terms.length; k++) {
      const term = m.terms[k] ?? '';
      if (!term.includes(' ')) inside.set(term, (inside.get(term) ?? 0) + 1);
    }
  const outsideReplies = countOutside(background.all, from, to) + background.untimedReplies;
  // a stem is the thread's own as far as replies outside the window use it as often as the burst does
  const backgroundness = new Map<string, number>();
  for (const [stem, n] of inside) {
    const outside = countOutside(background.timed.get(stem) ?? [], from, to) + (background.untimed.get(stem) ?? 0);
    const rateOutside = outsideReplies === 0 ? 0 : outside / outsideReplies;
    backgroundness.set(stem, clamp01(rateOutside / ((n / burst.length) * TALKING_POINTS.backgroundRate)));
  }
  let shared = 0;
  let total = 0;
  for (const m of burst) {
    m.terms.forEach((term, k) => {
      if (term.includes(' ')) return;
      const w = m.weights[k] ?? 0;
      total += w;
      shared += w * (backgroundness.get(term) ?? 0);
    });
  }
  const share = total === 0 ? 0 : shared / total;
  const { backgroundShareFrom, backgroundShareTo } = TALKING_POINTS;
  return clamp01((share - backgroundShareFrom) / (backgroundShareTo - backgroundShareFrom));
}

/** The members within the window of `windowMs` that holds the most distinct accounts. */
function busiestWindow(members: readonly Candidate[], timeOf: (m: Candidate) => number): Candidate[] {
  const sorted = [...members].sort((a, b) => timeOf(a) - timeOf(b));
  const counts = new Map<string, number>();
  let bestFrom = 0;
  let bestTo = -1;
  let bestAccounts = 0;
  let lo = 0;
  for (let hi = 0; hi < sorted.length; hi++) {
    const m = sorted[hi];
    if (!m) continue;
    counts.set(m.author, (counts.get(m.author) ?? 0) + 1);
    while (lo < hi && timeOf(m) - timeOf(sorted[lo] as Candidate) > TALKING_POINTS.windowMs) {
      const leaving = (sorted[lo] as Candidate).author;
      const left = (counts.get(leaving) ?? 1) - 1;
      if (left === 0) counts.delete(leaving);
      else counts.set(leaving, left);
      lo++;
    }
    if (counts.size > bestAccounts) {
      bestAccounts = counts.size;
      bestFrom = lo;
      bestTo = hi;
    }
  }
  return sorted.slice(bestFrom, bestTo + 1);
}

/** The group's point: the stems most of its members share, rarest first among equals. */
function pointOf(members: readonly Candidate[]): string[] {
  const counts = new Map<string, { n: number; w: number; word: string }>();
  for (const m of members) {
    m.terms.forEach((term, k) => {
      if (term.includes(' ')) return;
      const entry = counts.get(term) ?? { n: 0, w: m.weights[k] ?? 0, word: term };
      entry.n++;
      counts.set(term, entry);
    });
  }
  return [...counts.values()]
    .filter((e) => e.n >= 2)
    .sort((a, b) => b.n * b.w - a.n * a.w)
    .slice(0, 3)
    .map((e) => e.word);
}

function describe(top: Group, groups: number): string {
  const within = top.spanMs === undefined ? '' : ` within ${formatDuration(top.spanMs)}`;
  const about = top.point.length > 0 ? ` (${listWords(top.point.map((w) => `"${w}…"`))})` : '';
  const example = quote(top.burst[0]?.post.text ?? '');
  const more = groups > 1 ? ` ${groups - 1} more such group${groups > 2 ? 's' : ''} in the thread.` : '';
  return `${top.accounts} accounts pushed the same point in different words${within}${about}: ${example}.${more}`;
}

export const talkingPointsSignal = defineSignal({
  id: 'talking-points',
  name: 'Talking points',
  hint: 'many accounts pushing the same point in different words, off the thread’s subject',
  defaultWeight: 0.7,
  why: 'generated campaigns leave no copies; alone a strong group reaches Elevated, and a burst or bot-like accounts make it High',
  needsModel: false,
  detect: talkingPoints,
});
