// cross-thread-copies: a reply in this thread that other accounts posted, word for word (after
// normalisation), under other threads the reader saw: the most common reply-spam pattern, one
// copy per thread, which no single thread shows. Reads the cross-thread memory (src/memory/)
// through the context; without a memory it is not run (score-thread.ts lists it only when one
// is in use).
// What keeps ordinary threads quiet:
// - only replies that say enough get a fingerprint (reply-fingerprint.ts): "RIP", "thank you",
//   "so sad" repeat everywhere and never count;
// - copies of the thread's own root, and of any text the memory saw as a thread's root (quotes
//   and RTs of a popular post travel across threads honestly), never count;
// - a copy counts only from other threads AND other accounts: one person repeating himself in
//   many threads is not a campaign of many accounts; the count is the smaller of the two;
// - it needs copies in MIN_OTHER_THREADS other threads before it says anything.
import type { Post, Thread } from '../shared/thread.ts';
import type { MemoryEntry } from '../memory/cross-thread-memory.ts';
import { threadKey } from '../memory/cross-thread-memory.ts';
import { postFingerprint } from '../memory/reply-fingerprint.ts';
import { normaliseHandle } from '../shared/normalise-handle.ts';
import { normalisedPostText } from './normalise-text.ts';
import type { Signal } from './signal.ts';
import { defineSignal } from './signal-definition.ts';
import { clamp01, notComputedSignal, quietSignal, round3 } from './signal.ts';
import { threadReplies } from './thread-replies.ts';
import { formatDuration, plural, quote } from './wording.ts';

export const CROSS_THREAD_COPIES = {
  /** other threads (each by another account) a copy needs before it counts at all */
  minOtherThreads: 2,
  /** other threads at which a copy's score is full */
  fullOtherThreads: 4,
} as const;

interface Copy {
  posts: Post[];
  entries: MemoryEntry[];
  threads: number;
  accounts: number;
  score: number;
}

export const crossThreadCopies: Signal = (thread: Thread, ctx) => {
  const id = 'cross-thread-copies';
  if (!ctx.memory) return notComputedSignal(id, 'no cross-thread memory is in use');
  if (thread.posts.length === 0) return notComputedSignal(id, 'the thread has no posts');
  const key = threadKey(thread);
  const { root, replies } = threadReplies(thread, ctx);
  const rootText = root ? normalisedPostText(root) : '';
  const rootFp = root && rootText !== '' ? postFingerprint(root) : null;
  const memory = ctx.memory;

  const byFp = new Map<number, Post[]>();
  for (const post of replies) {
    const text = normalisedPostText(post);
    // a reply that quotes or retweets the root carries the root's text: conversation, not a copy
    if (rootText.length >= 20 && text.includes(rootText)) continue;
    const fp = postFingerprint(post);
    if (fp === null || fp === rootFp) continue;
    const list = byFp.get(fp);
    if (list) list.push(post);
    else byFp.set(fp, [post]);
  }

  const { minOtherThreads, fullOtherThreads } = CROSS_THREAD_COPIES;
  const copies: Copy[] = [];
  for (const [fp, posts] of byFp) {
    const seen = memory.entriesFor(fp);
    if (seen.length === 0 || seen.some((e) => e.root)) continue;
    const here = new Set(posts.map((p) => normaliseHandle(p.author.handle)));
    const entries = seen.filter((e) => e.thread !== key && !here.has(e.account) && e.seenAt >= ctx.now - memory.maxAgeMs);
    const threads = new Set(entries.map((e) => e.thread)).size;
    const accounts = new Set(entries.map((e) => e.account)).size;
    const count = Math.min(threads, accounts);
    if (count < minOtherThreads) continue;
    const score = clamp01((count - minOtherThreads + 1) / (fullOtherThreads - minOtherThreads + 1));
    copies.push({ posts, entries, threads, accounts, score });
  }
  if (copies.length === 0) return quietSignal(id, 'No reply here was posted by other accounts under other threads seen before.');
  copies.sort((a, b) => b.score - a.score || b.threads - a.threads);
  const score = clamp01(1 - copies.reduce((clean, c) => clean * (1 - c.score), 1));
  return { id, score: round3(score), summary: describe(copies, ctx.now), posts: copies.flatMap((c) => c.posts.map((p) => p.id)) };
};

function describe(copies: readonly Copy[], now: number): string {
  const top = copies[0];
  if (!top) return '';
  const oldest = Math.min(...top.entries.map((e) => e.seenAt));
  const since = now - oldest > 60_000 ? ` in the last ${formatDuration(now - oldest)}` : '';
  const text = quote(top.posts[0]?.text ?? top.entries[0]?.excerpt ?? '');
  const more = copies.length > 1 ? ` ${plural(copies.length - 1, 'more reply', 'more replies')} here also appeared elsewhere.` : '';
  return `${plural(top.accounts, 'other account')} posted this reply in ${plural(top.threads, 'other thread')} you saw${since}: ${text}.${more}`;
}

export const crossThreadCopiesSignal = defineSignal({
  id: 'cross-thread-copies',
  name: 'Copies across threads',
  hint: 'a reply that other accounts posted under other threads you saw (cross-thread memory)',
  defaultWeight: 0.6,
  why: 'one copy per thread is the commonest reply spam; from 4 other threads it reaches Elevated alone, never High alone',
  needsModel: false,
  needsMemory: true,
  detect: crossThreadCopies,
});
