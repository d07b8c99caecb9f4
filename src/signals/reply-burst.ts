// reply-burst: many accounts replying within a window that is short for this thread's own pace.
// Replies to a post naturally come fastest soon after it and then thin out, and a popular thread
// is fast everywhere, so a window is judged against the replies around it (up to 10 windows on
// each side) rather than against one rate for the whole thread, and the busier side is the
// baseline: a thread that is simply slowing down never looks like a burst. A window is judged only
// once the thread has at least two windows of history before it: the rush right after a post
// looks like a burst to any measure, so a burst in the first minutes is left to the other signals
// (duplicate-replies, bot-like-accounts) rather than guessed at.
import type { Post, Thread } from '../shared/thread.ts';
import { normaliseHandle } from '../shared/normalise-handle.ts';
import { parsePostTime } from './post-time.ts';
import type { Signal } from './signal.ts';
import { clamp01, notComputedSignal, quietSignal, round3 } from './signal.ts';
import { threadReplies } from './thread-replies.ts';
import { formatDuration, plural } from './wording.ts';
import { defineSignal } from './signal-definition.ts';

export const REPLY_BURST = {
  minTimedReplies: 8,
  windowsMs: [60_000, 5 * 60_000, 30 * 60_000],
  contextWindows: 10,
  /** a side of the context shorter than this many windows is not measured */
  minContextWindows: 2,
  /** at least this many distinct accounts in the window */
  minAccounts: 5,
  /** accounts at which the count part of the score is full */
  fullAccounts: 12,
  /** ratio of observed to expected replies where the score starts, and where it is full */
  minRatio: 3,
  fullRatio: 16,
  /** expected replies in a window never drop below this: silence around a window is no proof */
  minExpected: 1,
} as const;

interface TimedReply {
  post: Post;
  ms: number;
  author: string;
}

interface Burst {
  from: number;
  to: number;
  accounts: number;
  ratio: number;
  windowMs: number;
  posts: Post[];
  score: number;
}

export const replyBurst: Signal = (thread: Thread, ctx) => {
  const id = 'reply-burst';
  if (thread.posts.length === 0) return notComputedSignal(id, 'the thread has no posts');
  const { root, replies } = threadReplies(thread, ctx);
  const timed: TimedReply[] = [];
  let unparsable = 0;
  let future = 0;
  for (const post of replies) {
    const time = parsePostTime(post.createdAt, ctx.now);
    if (time.ok) timed.push({ post, ms: time.ms, author: normaliseHandle(post.author.handle) });
    else if (time.reason === 'unparsable') unparsable++;
    else if (time.reason === 'future') future++;
  }
  const skipped = skippedNote(unparsable, future);
  if (timed.length < REPLY_BURST.minTimedReplies) {
    const have = timed.length === 0 ? 'no reply has a readable time' : `only ${plural(timed.length, 'reply has', 'replies have')} a readable time`;
    return notComputedSignal(id, `${have} (${REPLY_BURST.minTimedReplies} needed)${skipped}`);
  }
  timed.sort((a, b) => a.ms - b.ms);
  const times = timed.map((t) => t.ms);
  const rootTime = parsePostTime(root?.createdAt, ctx.now);
  const first = times[0] ?? 0;
  const start = rootTime.ok && rootTime.ms <= first ? rootTime.ms : first;
  const end = times[times.length - 1] ?? first;

  let best: Burst | undefined;
  for (const windowMs of REPLY_BURST.windowsMs) {
    const burst = densestWindow(timed, times, windowMs, start, end);
    if (burst && (!best || burst.score > best.score)) best = burst;
  }
  if (!best || best.score === 0) {
    return { ...quietSignal(id, `No burst of replies beyond the thread's own pace${skipped}.`), times };
  }
  return {
    id,
    score: round3(best.score),
    summary: `${best.accounts} accounts replied within ${formatDuration(Math.max(best.to - best.from, 1000))}, ${Math.round(best.ratio)} times the thread's pace around then${skipped}.`,
    posts: best.posts.map((p) => p.id),
    times,
  };
};

function skippedNote(unparsable: number, future: number): string {
  const parts: string[] = [];
  if (unparsable > 0) parts.push(`${plural(unparsable, 'reply', 'replies')} with an unreadable date`);
  if (future > 0) parts.push(`${plural(future, 'reply', 'replies')} dated in the future`);
  return parts.length === 0 ? '' : ` (skipped ${parts.join(' and ')})`;
}

/** The window of this length with the highest score: O(n log n) with two pointers and binary search. */
function densestWindow(timed: readonly TimedReply[], times: readonly number[], windowMs: number, start: number, end: number): Burst | undefined {
  const { contextWindows, minContextWindows, minAccounts } = REPLY_BURST;
  const authors = new Map<string, number>();
  let best: Burst | undefined;
  let hi = 0;
  for (let lo = 0; lo < timed.length; lo++) {
    const from = times[lo] ?? 0;
    while (hi < timed.length && (times[hi] ?? 0) <= from + windowMs) {
      const author = timed[hi]?.author ?? '';
      authors.set(author, (authors.get(author) ?? 0) + 1);
      hi++;
    }
    const accounts = authors.size;
    if (accounts >= minAccounts) {
      const to = from + windowMs;
      const beforeFrom = Math.max(start, from - contextWindows * windowMs);
      const afterTo = Math.min(end, to + contextWindows * windowMs);
      const beforeLength = from - beforeFrom;
      const afterLength = afterTo - to;
      if (beforeLength >= minContextWindows * windowMs) {
        const beforeRate = countBetween(times, beforeFrom, from) / beforeLength;
        const afterRate = afterLength >= minContextWindows * windowMs ? countAfter(times, to, afterTo) / afterLength : 0;
        const expected = Math.max(REPLY_BURST.minExpected, Math.max(beforeRate, afterRate) * windowMs);
        const ratio = accounts / expected;
        const score = burstScore(accounts, ratio);
        if (score > 0 && (!best || score > best.score)) {
          const posts = timed.slice(lo, hi).map((t) => t.post);
          const last = times[hi - 1] ?? from;
          best = { from, to: last, accounts, ratio, windowMs, posts, score };
        }
      }
    }
    const leaving = timed[lo]?.author ?? '';
    const left = (authors.get(leaving) ?? 1) - 1;
    if (left === 0) authors.delete(leaving);
    else authors.set(leaving, left);
  }
  return best;
}

function burstScore(accounts: number, ratio: number): number {
  const { minAccounts, fullAccounts, minRatio, fullRatio } = REPLY_BURST;
  if (ratio < minRatio) return 0;
  const byRatio = clamp01(Math.log(ratio / minRatio) / Math.log(fullRatio / minRatio));
  const byAccounts = clamp01((accounts - minAccounts + 1) / (fullAccounts - minAccounts + 1));
  return byRatio * byAccounts;
}

/** replies with from <= t < to */
function countBetween(times: readonly number[], from: number, to: number): number {
  return lowerBound(times, to) - lowerBound(times, from);
}

/** replies with from < t <= to */
function countAfter(times: readonly number[], from: number, to: number): number {
  return lowerBound(times, to + 1) - lowerBound(times, from + 1);
}

function lowerBound(times: readonly number[], value: number): number {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((times[mid] ?? 0) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export const replyBurstSignal = defineSignal({
  id: 'reply-burst',
  name: 'Reply burst',
  hint: "many accounts replying within minutes, compared with the thread's own pace",
  defaultWeight: 0.3,
  why: 'organic waves (a reshare by a big account) look like bursts: alone it stays "low"',
  needsModel: false,
  detect: replyBurst,
});
