// duplicate-replies: near-identical replies from different accounts, the plainest trace of a
// coordinated campaign. What keeps ordinary threads quiet:
// - a group counts only with 3 or more distinct accounts (one author repeating himself, or two
//   people pasting the same quote, is not a campaign);
// - short generic texts ("congrats!", "lol", "this is so true") weigh little or nothing: every big
//   thread has many of them, so a group's weight grows with the words in its text;
// - copies spread over hours weigh less than copies within the half hour (time-spread.ts);
// - a big thread is allowed more coincidences than a small one;
// - replies are compared on their own words (own-words.ts): quotes of the root or of the post
//   replied to are cut out, and replies that repeat the root or their parent are not compared,
//   because passing the conversation on is not copying one another.
import type { Post, Thread } from '../shared/thread.ts';
import { nearDuplicateGroups } from './near-duplicate-groups.ts';
import { normaliseHandle } from '../shared/normalise-handle.ts';
import { wordCount } from './normalise-text.ts';
import { ownWords } from './own-words.ts';
import type { Signal } from './signal.ts';
import { clamp01, notComputedSignal, quietSignal, round3 } from './signal.ts';
import { threadReplies } from './thread-replies.ts';
import { spanWeight, timeSpan } from './time-spread.ts';
import { formatDuration, plural, quote } from './wording.ts';
import { defineSignal } from './signal-definition.ts';

export const DUPLICATE_REPLIES = {
  /** Jaccard similarity of character 5-grams above which two texts are copies */
  minSimilarity: 0.6,
  minAccounts: 3,
  /** texts of this many words or fewer weigh nothing; the weight grows linearly to 1 over `fullWords` */
  genericWords: 3,
  fullWords: 6,
  /** a thread of this many distinct reply texts has its evidence halved: more replies, more coincidences */
  halfEvidenceReplies: 1000,
  /** evidence at which the score reaches 1 - 1/e */
  evidenceScale: 3.5,
} as const;

interface Group {
  posts: Post[];
  accounts: number;
  spanMs: number | undefined;
  weight: number;
}

export const duplicateReplies: Signal = (thread: Thread, ctx) => {
  const id = 'duplicate-replies';
  if (thread.posts.length === 0) return notComputedSignal(id, 'the thread has no posts');
  const { root, replies } = threadReplies(thread, ctx);
  if (replies.length < DUPLICATE_REPLIES.minAccounts) return quietSignal(id, 'Too few replies to compare.');

  const own = ownWords(thread, root);
  const texts = replies.map((p) => own.get(p)?.normalised ?? '');
  const words = texts.map(wordCount);
  // generic texts cannot weigh anything, so they are not even compared
  const comparable = texts.map((t, i) => ((words[i] ?? 0) > DUPLICATE_REPLIES.genericWords ? t : ''));
  const groups: Group[] = [];
  for (const members of nearDuplicateGroups(comparable, DUPLICATE_REPLIES)) {
    const posts = members.map((i) => replies[i]).filter((p): p is Post => p !== undefined);
    const accounts = new Set(posts.map((p) => normaliseHandle(p.author.handle))).size;
    if (accounts < DUPLICATE_REPLIES.minAccounts) continue;
    const minWords = Math.min(...members.map((i) => words[i] ?? 0));
    const spanMs = timeSpan(posts, ctx.now);
    const weight = informativeness(minWords) * spanWeight(spanMs);
    if (weight > 0) groups.push({ posts, accounts, spanMs, weight });
  }
  if (groups.length === 0) return quietSignal(id, 'No group of near-identical replies from 3 or more accounts.');

  groups.sort((a, b) => (b.accounts - 1) * b.weight - (a.accounts - 1) * a.weight);
  const evidence = groups.reduce((sum, g) => sum + (g.accounts - 1) * g.weight, 0);
  // More distinct texts, more chances for a coincidence. Distinct texts rather than replies: one
  // more copy of a reply is not one more chance, and counting it lowered the score that copy should
  // raise (found by test/unit/properties, 2026-12).
  const sizeDamping = 1 + new Set(texts).size / DUPLICATE_REPLIES.halfEvidenceReplies;
  const score = clamp01(1 - Math.exp(-evidence / sizeDamping / DUPLICATE_REPLIES.evidenceScale));
  return {
    id,
    score: round3(score),
    summary: describe(groups),
    posts: groups.flatMap((g) => g.posts.map((p) => p.id)),
  };
};

function informativeness(words: number): number {
  const { genericWords, fullWords } = DUPLICATE_REPLIES;
  return clamp01((words - genericWords) / (fullWords - genericWords));
}

function describe(groups: readonly Group[]): string {
  const top = groups[0];
  if (!top) return '';
  const within = top.spanMs === undefined ? '' : ` within ${formatDuration(top.spanMs)}`;
  const text = quote(top.posts[0]?.text ?? '');
  if (groups.length === 1) return `${top.accounts} accounts posted nearly the same reply${within}: ${text}.`;
  const accounts = groups.reduce((n, g) => n + g.accounts, 0);
  return `${accounts} accounts posted ${groups.length} sets of near-identical replies; the largest, ${plural(top.accounts, 'account')}${within}: ${text}.`;
}

export const duplicateRepliesSignal = defineSignal({
  id: 'duplicate-replies',
  name: 'Copied replies',
  hint: 'near-identical replies from different accounts',
  defaultWeight: 0.9,
  why: 'the plainest trace of coordination, and rare by chance once short texts and spread-out copies are discounted',
  needsModel: false,
  detect: duplicateReplies,
});
