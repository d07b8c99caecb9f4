// How tightly a group of posts sits in time. Copies or shared links within the half hour are
// what coordination looks like; the same spread over a day is what people quoting, citing or
// joining a trend look like. Used by duplicate-replies and link-flooding.
import type { Post } from '../shared/thread.ts';
import { parsePostTime } from './post-time.ts';
import { clamp01 } from './signal.ts';

export const TIME_SPREAD = {
  /** groups within this span weigh fully */
  fastSpanMs: 30 * 60_000,
  /** groups over this span weigh `slowWeight`; in between, the weight falls on a log scale */
  slowSpanMs: 12 * 60 * 60_000,
  slowWeight: 0.35,
  /** weight of a group whose times are unknown */
  untimedWeight: 0.7,
} as const;

/** Time from the first to the last readable date of the posts; undefined when fewer than two are readable. */
export function timeSpan(posts: readonly Post[], now: number): number | undefined {
  let min = Infinity;
  let max = -Infinity;
  let timed = 0;
  for (const post of posts) {
    const time = parsePostTime(post.createdAt, now);
    if (!time.ok) continue;
    timed++;
    min = Math.min(min, time.ms);
    max = Math.max(max, time.ms);
  }
  return timed >= 2 ? max - min : undefined;
}

export function spanWeight(spanMs: number | undefined): number {
  const { fastSpanMs, slowSpanMs, slowWeight, untimedWeight } = TIME_SPREAD;
  if (spanMs === undefined) return untimedWeight;
  if (spanMs <= fastSpanMs) return 1;
  const t = clamp01(Math.log(spanMs / fastSpanMs) / Math.log(slowSpanMs / fastSpanMs));
  return 1 - t * (1 - slowWeight);
}
