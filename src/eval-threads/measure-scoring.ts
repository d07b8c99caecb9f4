// Times scoreThread on synthetic threads of 100, 1,000 and 20,000 replies (median, min and max over
// repeated runs, after one warm-up run), and how much the process's peak resident memory grew while
// scoring 20,000. The keys match the "scoring" part of `threadlens bench --json`.
import { scoreThread } from '../scoring/score-thread.ts';
import { DEFAULT_SCORING_SETTINGS } from '../scoring/scoring-settings.ts';
import { syntheticThread } from './synthetic-thread.ts';

export interface Spread {
  median: number;
  min: number;
  max: number;
}

export interface ScoringFigures {
  posts_100_ms: Spread;
  posts_1000_ms: Spread;
  posts_20000_ms: Spread;
  /** growth of peak RSS while scoring 20,000 replies; 0 when the peak was set earlier (by building the thread) */
  posts_20000_peak_mb: Spread;
}

function spread(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const round = (x: number): number => Math.round(x * 10) / 10;
  return { median: round(sorted[Math.floor(sorted.length / 2)] ?? 0), min: round(sorted[0] ?? 0), max: round(sorted[sorted.length - 1] ?? 0) };
}

function timeRuns(replies: number, runs: number): number[] {
  const thread = syntheticThread(replies);
  const options = { scoring: DEFAULT_SCORING_SETTINGS, allowlist: [], now: Date.parse('2025-03-10T00:00:00Z') };
  scoreThread(thread, options);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    scoreThread(thread, options);
    times.push(performance.now() - start);
  }
  return times;
}

export function measureScoring(runs = 5): ScoringFigures {
  const peak = syntheticThread(20_000, 2);
  const before = process.resourceUsage().maxRSS;
  scoreThread(peak, { scoring: DEFAULT_SCORING_SETTINGS, allowlist: [], now: Date.parse('2025-03-10T00:00:00Z') });
  const grownMb = (process.resourceUsage().maxRSS - before) / 1024;
  return {
    posts_100_ms: spread(timeRuns(100, runs * 4)),
    posts_1000_ms: spread(timeRuns(1000, runs * 2)),
    posts_20000_ms: spread(timeRuns(20_000, runs)),
    posts_20000_peak_mb: spread([grownMb]),
  };
}
