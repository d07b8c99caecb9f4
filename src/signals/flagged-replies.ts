// Turns the classifier's per-post scores into a thread signal: the share of replies it flags
// and how sure it is about them. One flagged reply in a thread is noise; a quarter of them is not.
import type { ModelLabel } from '../shared/report.ts';
import type { Post } from '../shared/thread.ts';
import type { SignalContext } from './signal.ts';
import { clamp01 } from './signal.ts';

export const FLAGGED_REPLIES = {
  minFlagged: 2,
  /** share of scored replies flagged at which the score is full */
  fullShare: 0.3,
} as const;

export interface FlaggedReplies {
  /** replies the classifier scored (0: it scored none, and the signal cannot be computed) */
  scored: number;
  flagged: Post[];
  score: number;
}

export function flaggedReplies(replies: readonly Post[], label: ModelLabel, ctx: SignalContext): FlaggedReplies {
  const threshold = ctx.modelThresholds[label];
  const flagged: Post[] = [];
  let scored = 0;
  let strength = 0;
  for (const post of replies) {
    const p = ctx.postScores?.get(post.id)?.[label];
    if (p === undefined || !Number.isFinite(p)) continue;
    scored++;
    if (p >= threshold) {
      flagged.push(post);
      strength += clamp01(p);
    }
  }
  if (scored === 0 || flagged.length < FLAGGED_REPLIES.minFlagged) return { scored, flagged, score: 0 };
  const byShare = clamp01(flagged.length / scored / FLAGGED_REPLIES.fullShare);
  return { scored, flagged, score: byShare * (strength / flagged.length) };
}
