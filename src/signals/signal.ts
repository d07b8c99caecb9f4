// What every detector in src/signals is: a pure function of a Thread and a context.
// Detectors never touch the DOM or the browser, so the extension and the CLI run the same code.
import type { NotReadPost, PostScores, SignalReport } from '../shared/report.ts';
import type { Thread } from '../shared/thread.ts';
import type { MemoryView } from '../memory/cross-thread-memory.ts';

export interface SignalContext {
  /** lower-cased handles without a leading @: accounts the user trusts, left out of every signal */
  allowlist: ReadonlySet<string>;
  /** the clock (ms since epoch): dates after it are treated as wrong, not as the future */
  now: number;
  /** classifier scores by post id, when a classifier ran */
  postScores?: ReadonlyMap<string, PostScores>;
  /** posts the classifier did not read (their language), by post id: absent from postScores */
  postsNotRead?: ReadonlyMap<string, NotReadPost>;
  /** the score at or above which a post counts as flagged, per classifier label */
  modelThresholds: PostScores;
  /** per classifier label, how much its head counts (0-1; config.json threadlens.heads.weights); absent = 1 */
  modelWeights?: PostScores;
  /** the cross-thread memory, read only, when one is in use (cross-thread-copies) */
  memory?: MemoryView;
}

export type Signal = (thread: Thread, ctx: SignalContext) => SignalReport;

/** A signal that ran and found nothing worth saying. */
export function quietSignal(id: string, summary: string): SignalReport {
  return { id, score: 0, summary, posts: [] };
}

/** A signal that could not run: score 0, and why, so the report never passes a gap off as a clean result. */
export function notComputedSignal(id: string, reason: string): SignalReport {
  return { id, score: 0, summary: `Not computed: ${reason}.`, posts: [], notComputed: reason };
}

export const clamp01 = (x: number): number => (x <= 0 || Number.isNaN(x) ? 0 : x >= 1 ? 1 : x);

/** Scores go out rounded: three decimals are more than a reader or a threshold needs. */
export const round3 = (x: number): number => Math.round(x * 1000) / 1000;
