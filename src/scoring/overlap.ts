// One set of posts is one fact. duplicate-replies, link-flooding and reply-burst each describe
// accounts acting together, and a campaign (or a crowd passing on a story) often trips all three
// on the very same replies: "5 accounts posted the same text", "5 accounts posted the same link",
// "5 accounts replied within 2 minutes". Counted three times, one fact would look like three
// agreeing signals and make "High" on its own. So among these signals, strongest evidence first,
// each keeps only the share of its evidence that rests on posts no stronger one has already
// claimed: e' = e x (1 - claimed share of its posts). Signals about something else (who the
// accounts are, what the platform says, what the text is) are not discounted: bot-like accounts
// posting copies are two facts that agree.
import type { SignalReport } from '../shared/report.ts';
import type { SignalId } from '../signals/registry.ts';

/** Signals whose posts are "accounts that acted together"; a new signal of that kind belongs here. */
export const SAME_ACT_SIGNALS: ReadonlySet<SignalId> = new Set<SignalId>(['duplicate-replies', 'link-flooding', 'reply-burst', 'talking-points']);

/**
 * Evidence of each signal after overlaps are discounted, in the order of `signals`.
 * `evidence[i]` is the raw evidence (weight x score) of `signals[i]`.
 */
export function discountOverlaps(signals: readonly SignalReport[], evidence: readonly number[]): number[] {
  const out = [...evidence];
  const order = signals
    .map((s, i) => i)
    .filter((i) => SAME_ACT_SIGNALS.has(signals[i]?.id as SignalId) && (evidence[i] ?? 0) > 0)
    .sort((a, b) => (evidence[b] ?? 0) - (evidence[a] ?? 0) || a - b);
  const claimed = new Set<string>();
  for (const i of order) {
    const posts = new Set(signals[i]?.posts ?? []);
    if (posts.size === 0) continue;
    let shared = 0;
    for (const id of posts) if (claimed.has(id)) shared++;
    out[i] = (evidence[i] ?? 0) * (1 - shared / posts.size);
    for (const id of posts) claimed.add(id);
  }
  return out;
}
