// Scoring many threads one after another, the way a reader meets them: with a cross-thread memory,
// each thread is scored against what the memory holds (other threads only) and then remembered.
// The background and `threadlens score` (several files, or --memory) both go through this.
import type { Report } from '../shared/report.ts';
import type { Thread } from '../shared/thread.ts';
import { CrossThreadMemory } from '../memory/cross-thread-memory.ts';
import type { ScoreOptions } from './score-thread.ts';
import { scoreThread } from './score-thread.ts';

export interface ThreadScorer {
  /** the memory threads are remembered in, when one is in use */
  readonly memory: CrossThreadMemory | undefined;
  score(thread: Thread, now: number, extra?: Pick<ScoreOptions, 'postScores' | 'model' | 'modelThresholds'>): Report;
}

export function createThreadScorer(base: Omit<ScoreOptions, 'now' | 'memory'>, options: { memory?: boolean | CrossThreadMemory } = {}): ThreadScorer {
  const memory = options.memory instanceof CrossThreadMemory ? options.memory : options.memory ? new CrossThreadMemory() : undefined;
  return {
    memory,
    score(thread, now, extra = {}) {
      const report = scoreThread(thread, { ...base, ...extra, now, ...(memory ? { memory } : {}) });
      memory?.remember(thread, now);
      return report;
    },
  };
}
