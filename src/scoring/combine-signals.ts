// How signal scores become one thread score and a level.
//
// Each signal's evidence is its score times its weight. Evidence combines by noisy-OR,
// 1 - (1 - e1)(1 - e2)..., the chance that at least one signal is right if each were right with
// probability e: independent signals that agree push the score up, and no signal can push it down.
// Agreement matters more than any one signal: a single signal can be fooled (an organic wave of
// replies, a shared popular link), two unrelated ones rarely are at once. So:
// - a signal "agrees" when its evidence reaches AGREEING_EVIDENCE;
// - with fewer than two agreeing signals the score is capped at SINGLE_SIGNAL_CAP, below the
//   default "high" threshold, and the level can never be "high" whatever the sensitivity.
// Before combining, signals that rest on the same posts are discounted (overlap.ts): one set of
// posts counts once, not once per signal that saw it.
import type { Level, SignalReport } from '../shared/report.ts';
import type { ScoringSettings } from '../shared/settings/schema.ts';
import { discountOverlaps } from './overlap.ts';
import { signalSetting } from './scoring-settings.ts';

export const COMBINE = {
  agreeingEvidence: 0.2,
  singleSignalCap: 0.55,
  /** level thresholds at sensitivity 50 */
  thresholds: { low: 0.15, elevated: 0.35, high: 0.6 },
  /** thresholds never move past this, so "high" stays reachable at sensitivity 0 */
  maxThreshold: 0.95,
} as const;

export interface Combined {
  score: number;
  level: Level;
  /** signals whose evidence reached agreeingEvidence */
  agreeing: number;
}

export function evidenceOf(signal: SignalReport, settings: ScoringSettings): number {
  const weight = signalSetting(settings, signal.id).weight;
  return Math.min(1, Math.max(0, signal.score * weight));
}

/**
 * Sensitivity s in [0, 100] scales the thresholds by 2^((50 - s) / 50): at 100 they halve
 * (more threads flagged), at 0 they double (capped at maxThreshold).
 */
export function levelThresholds(sensitivity: number): { low: number; elevated: number; high: number } {
  const factor = 2 ** ((50 - Math.min(100, Math.max(0, sensitivity))) / 50);
  const at = (t: number): number => Math.min(COMBINE.maxThreshold, t * factor);
  return { low: at(COMBINE.thresholds.low), elevated: at(COMBINE.thresholds.elevated), high: at(COMBINE.thresholds.high) };
}

/** Each signal's evidence once overlaps are discounted (overlap.ts), in the order of `signals`. */
export function effectiveEvidence(signals: readonly SignalReport[], settings: ScoringSettings): number[] {
  return discountOverlaps(
    signals,
    signals.map((s) => evidenceOf(s, settings)),
  );
}

export function combineSignals(signals: readonly SignalReport[], settings: ScoringSettings): Combined {
  let clean = 1;
  let agreeing = 0;
  for (const e of effectiveEvidence(signals, settings)) {
    clean *= 1 - e;
    if (e >= COMBINE.agreeingEvidence) agreeing++;
  }
  const noisyOr = 1 - clean;
  const score = agreeing >= 2 ? noisyOr : Math.min(noisyOr, COMBINE.singleSignalCap);
  const t = levelThresholds(settings.sensitivity);
  let level: Level = score >= t.high ? 'high' : score >= t.elevated ? 'elevated' : score >= t.low ? 'low' : 'none';
  if (level === 'high' && agreeing < 2) level = 'elevated';
  return { score, level, agreeing };
}
