// Times scoreThread on synthetic threads of 100, 1,000 and 20,000 replies (median, min and max over
// repeated runs, after one warm-up run), and the peak resident memory of scoring 20,000 in a fresh
// process. The keys match the "scoring" part of `threadlens bench --json`.
import { scoreThread } from '../../src/scoring/score-thread.ts';
import { DEFAULT_SCORING_SETTINGS } from '../../src/scoring/scoring-settings.ts';
import { benchThread } from './bench-thread.ts';
import { spread, type Spread } from './spread.ts';
import { measureScoringPeak } from './scoring-peak.ts';

export interface ScoringFigures {
  posts_100_ms: Spread;
  posts_1000_ms: Spread;
  posts_20000_ms: Spread;
  /** peak resident memory of a fresh Node process that builds and scores 20,000 replies */
  posts_20000_peak_mb: Spread;
}

/**
 * Each run scores a fresh copy of the thread: signals keep per-post results (normalised text,
 * content terms) keyed by the post object, and scoring the same objects again would time the cache.
 */
function timeRuns(replies: number, runs: number): number[] {
  const thread = benchThread(replies);
  const options = { scoring: DEFAULT_SCORING_SETTINGS, allowlist: [], now: Date.parse('2025-03-10T00:00:00Z') };
  scoreThread(structuredClone(thread), options);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const fresh = structuredClone(thread);
    const start = performance.now();
    scoreThread(fresh, options);
    times.push(performance.now() - start);
  }
  return times;
}

/**
 * Timings in this process; peak memory in fresh processes (tools/bench/scoring-peak.ts): the whole
 * process's peak while building and scoring 20,000 replies, and in `buildOnlyMb` the same without
 * scoring, so that the difference is what scoring adds.
 */
export function measureScoring(runs = 5): ScoringFigures & { buildOnlyMb: Spread } {
  const peaks = measureScoringPeak(Math.min(runs, 3));
  return {
    posts_100_ms: spread(timeRuns(100, runs * 4)),
    posts_1000_ms: spread(timeRuns(1000, runs * 2)),
    posts_20000_ms: spread(timeRuns(20_000, runs)),
    posts_20000_peak_mb: spread(peaks.withScoring),
    buildOnlyMb: spread(peaks.buildOnly),
  };
}
