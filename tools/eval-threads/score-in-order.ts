// The one place the evaluation scores threads: all of them in one call, in time order, the way a
// reader's browser meets them one after another. Cross-thread memory, when scoring has one, is
// created here once per call and passed to every thread, so that turning it on in the evaluation
// is a change of this file alone.
import type { Report } from '../../src/shared/report.ts';
import type { Thread } from '../../src/shared/thread.ts';
import type { ScoreOptions } from '../../src/scoring/score-thread.ts';
import { scoreThread } from '../../src/scoring/score-thread.ts';

export interface Timed {
  thread: Thread;
  /** when the reader opens the thread (ms): threads are scored in this order, and with this clock */
  now: number;
}

/** Reports in the order of `items`; scored in the order of their `now` (ties keep input order). */
export function scoreInOrder(items: readonly Timed[], options: Omit<ScoreOptions, 'now'>): Report[] {
  const order = items.map((_, i) => i).sort((a, b) => (items[a]?.now ?? 0) - (items[b]?.now ?? 0) || a - b);
  const reports: Report[] = new Array<Report>(items.length);
  for (const i of order) {
    const item = items[i];
    if (item) reports[i] = scoreThread(item.thread, { ...options, now: item.now });
  }
  return reports;
}
