// The one place the evaluation scores threads: all of them in one call, in time order, the way a
// reader's browser meets them one after another, with one cross-thread memory per call (on by
// default, as in the extension): each thread is scored against the threads before it, then remembered.
import type { Report } from '../../src/shared/report.ts';
import type { Thread } from '../../src/shared/thread.ts';
import type { ScoreOptions } from '../../src/scoring/score-thread.ts';
import { createThreadScorer } from '../../src/scoring/thread-scorer.ts';

export interface Timed {
  thread: Thread;
  /** when the reader opens the thread (ms): threads are scored in this order, and with this clock */
  now: number;
}

/** Reports in the order of `items`; scored in the order of their `now` (ties keep input order). */
export function scoreInOrder(items: readonly Timed[], options: Omit<ScoreOptions, 'now' | 'memory'>, memory = true): Report[] {
  const scorer = createThreadScorer(options, { memory });
  const order = openingOrder(items);
  const reports: Report[] = new Array<Report>(items.length);
  for (const i of order) {
    const item = items[i];
    if (item) reports[i] = scorer.score(item.thread, item.now);
  }
  return reports;
}

/** Indices of `items` in the order the reader opens them: by `now`, ties in input order. */
export function openingOrder(items: readonly Timed[]): number[] {
  return items.map((_, i) => i).sort((a, b) => (items[a]?.now ?? 0) - (items[b]?.now ?? 0) || a - b);
}
