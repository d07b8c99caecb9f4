// What each reply says in its own words, once what it passes on from the conversation is taken out.
// On Twitter before 2015 quote tweets were written by hand, and people still do it on every
// platform: `Horrible. "@BreakingNews: 11 dead in Paris…"`, `RT @root: the root's text`, or the
// root's text pasted back under it. Ten people passing the root on are ten people reading it, not
// ten accounts copying each other: measured on real 2015 threads (PHEME, docs/scoring.md), such
// echoes were nearly all of duplicate-replies' false alarms. So, for the signals that compare
// replies with each other (duplicate-replies, link-flooding):
// - a quoted part (`“@user: …”`, `"@user: …`, `RT @user: …`, `comment @user: …”`) is cut out when
//   it quotes the root or the post replied to: by its author's handle, or by its text (most of it
//   is in theirs: quotes are often cut short with "…");
// - a reply whose remaining text is mostly the root's or its parent's text is an echo: it is not
//   compared at all.
// Quotes of anyone else stay: a campaign that pastes one outside source's words is still a copy.
import type { Post, Thread } from '../shared/thread.ts';
import { jaccard, shingleSet } from './near-duplicate-groups.ts';
import { normaliseHandle } from '../shared/normalise-handle.ts';
import { MAX_TEXT_CHARS, normalisedPostText, normaliseText } from './normalise-text.ts';

export const OWN_WORDS = {
  /** share of a quoted part's 5-grams found in the root or parent for it to count as quoting them */
  quotedContainment: 0.5,
  /** share of a reply's own 5-grams found in the root or parent for it to be an echo */
  echoContainment: 0.8,
  /**
   * an echo shares most of its words with the root or parent too: below this share of its words
   * the 5-grams are not even computed (a cheap first test; scoring 20,000 replies stays fast)
   */
  echoWordShare: 0.5,
} as const;

export interface OwnWords {
  /** the post's text with quotes of the root or parent cut out (not normalised) */
  text: string;
  /** normaliseText(text); '' for an echo */
  normalised: string;
  /** the reply repeats the root or its parent: conversation, not a copy between accounts */
  echo: boolean;
  /** a quote of the root or parent was cut out */
  quoted: boolean;
}

// `@handle:` (a quote's attribution), or `RT`/`MT` followed by `@handle` with or without the colon;
// an opening quote mark before either belongs to the quote. The quoted text runs to the closing
// quote mark, or to the end.
const QUOTE_START = /(?:\b(?:RT|MT|PRT)\b\s*:?\s*[“"«]?\s*@([\p{L}\p{N}_]+)\s*:?|[“"«]?\s*@([\p{L}\p{N}_]+)\s*:(?!\/))/gu;
const QUOTE_END = /[”"»]/u;

const cache = new WeakMap<Thread, Map<Post, OwnWords>>();

/** Own words of every post of the thread (root included, never an echo of itself). Cached per thread object. */
export function ownWords(thread: Thread, root: Post | undefined): Map<Post, OwnWords> {
  const cached = cache.get(thread);
  if (cached) return cached;
  const byId = new Map<string, Post>();
  for (const post of thread.posts) if (!byId.has(post.id)) byId.set(post.id, post);
  const shingles = new Map<Post, Uint32Array>();
  const shinglesOf = (post: Post): Uint32Array => {
    let set = shingles.get(post);
    if (!set) shingles.set(post, (set = shingleSet(normalisedPostText(post))));
    return set;
  };
  const words = new Map<Post, Set<string>>();
  const wordsOf = (post: Post): Set<string> => {
    let set = words.get(post);
    if (!set) words.set(post, (set = new Set(normalisedPostText(post).split(' '))));
    return set;
  };
  const out = new Map<Post, OwnWords>();
  for (const post of thread.posts) {
    if (out.has(post)) continue;
    const sources: Post[] = [];
    if (root && post !== root) sources.push(root);
    const parent = post.replyTo === undefined ? undefined : byId.get(post.replyTo);
    if (parent && parent !== post && parent !== root) sources.push(parent);
    out.set(post, ownWordsOf(post, sources, shinglesOf, wordsOf));
  }
  cache.set(thread, out);
  return out;
}

function ownWordsOf(post: Post, sources: readonly Post[], shinglesOf: (p: Post) => Uint32Array, wordsOf: (p: Post) => Set<string>): OwnWords {
  const raw = post.text.slice(0, MAX_TEXT_CHARS);
  if (sources.length === 0) return { text: raw, normalised: normalisedPostText(post), echo: false, quoted: false };
  const handles = new Set(sources.map((s) => normaliseHandle(s.author.handle)));
  const inSources = (normalised: string, share: number): boolean => {
    if (normalised === '') return false;
    const set = shingleSet(normalised);
    return sources.some((s) => containment(set, shinglesOf(s)) >= share);
  };
  const mostWordsInSources = (normalised: string): boolean => {
    const mine = normalised.split(' ');
    return sources.some((s) => {
      const theirs = wordsOf(s);
      let hits = 0;
      for (const w of mine) if (theirs.has(w)) hits++;
      return hits >= OWN_WORDS.echoWordShare * mine.length;
    });
  };

  let text = '';
  let quoted = false;
  let at = 0;
  for (const m of raw.matchAll(QUOTE_START)) {
    const start = m.index ?? 0;
    if (start < at) continue;
    const bodyStart = start + m[0].length;
    const close = raw.slice(bodyStart).search(QUOTE_END);
    const end = close === -1 ? raw.length : bodyStart + close + 1;
    const handle = normaliseHandle(m[1] ?? m[2] ?? '');
    if (handles.has(handle) || inSources(normaliseText(raw.slice(bodyStart, end)), OWN_WORDS.quotedContainment)) {
      text += `${raw.slice(at, start)} `;
      at = end;
      quoted = true;
    }
  }
  text = quoted ? (text + raw.slice(at)).trim() : raw;
  const normalised = quoted ? normaliseText(text) : normalisedPostText(post);
  const echo = normalised !== '' && mostWordsInSources(normalised) && inSources(normalised, OWN_WORDS.echoContainment);
  return { text, normalised: echo ? '' : normalised, echo, quoted };
}

/** Share of a's elements that are in b (both sorted hash sets). */
export function containment(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0) return 0;
  const j = jaccard(a, b);
  // |a ∩ b| from the Jaccard index: j = c / (|a| + |b| - c)
  const common = (j * (a.length + b.length)) / (1 + j);
  return Math.min(1, common / a.length);
}
