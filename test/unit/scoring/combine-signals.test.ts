import { describe, expect, it } from 'vitest';
import type { SignalReport } from '../../../src/shared/report.ts';
import type { SignalId } from '../../../src/signals/registry.ts';
import { LEVELS } from '../../../src/shared/report.ts';
import { COMBINE, combineSignals, levelThresholds } from '../../../src/scoring/combine-signals.ts';
import type { ScoringSettings } from '../../../src/shared/settings/schema.ts';
import { DEFAULT_SCORING_SETTINGS } from '../../../src/scoring/scoring-settings.ts';

const signal = (id: SignalId, score: number): SignalReport => ({ id, score, summary: '', posts: [] });
const withSensitivity = (sensitivity: number): ScoringSettings => ({ ...DEFAULT_SCORING_SETTINGS, sensitivity });
const rank = (level: string): number => LEVELS.indexOf(level as (typeof LEVELS)[number]);

describe('combineSignals', () => {
  it('finds nothing in signals that found nothing', () => {
    expect(combineSignals([signal('duplicate-replies', 0), signal('reply-burst', 0)], DEFAULT_SCORING_SETTINGS)).toEqual({
      score: 0,
      level: 'none',
      agreeing: 0,
    });
  });

  it('never lets one signal alone make "high", at any sensitivity', () => {
    for (const sensitivity of [0, 50, 100]) {
      const combined = combineSignals([signal('duplicate-replies', 1), signal('reply-burst', 0.1)], withSensitivity(sensitivity));
      expect(combined.level).not.toBe('high');
      expect(combined.score).toBeLessThanOrEqual(COMBINE.singleSignalCap);
    }
  });

  it('lets a strong single signal reach "elevated"', () => {
    expect(combineSignals([signal('duplicate-replies', 0.9)], DEFAULT_SCORING_SETTINGS).level).toBe('elevated');
  });

  it('makes "high" from several agreeing signals', () => {
    const combined = combineSignals([signal('duplicate-replies', 0.8), signal('reply-burst', 0.7), signal('bot-like-accounts', 0.5)], DEFAULT_SCORING_SETTINGS);
    expect(combined.agreeing).toBe(3);
    expect(combined.level).toBe('high');
  });

  it('keeps a weak signal alone at "none" or "low"', () => {
    expect(['none', 'low']).toContain(combineSignals([signal('platform-labels', 0.2)], DEFAULT_SCORING_SETTINGS).level);
  });

  it('never lowers the score when a signal is added', () => {
    const base = [signal('duplicate-replies', 0.5), signal('reply-burst', 0.4)];
    const more = [...base, signal('link-flooding', 0.3)];
    expect(combineSignals(more, DEFAULT_SCORING_SETTINGS).score).toBeGreaterThan(combineSignals(base, DEFAULT_SCORING_SETTINGS).score);
  });

  it('applies the weights: weight 0 silences a signal', () => {
    const settings: ScoringSettings = {
      ...DEFAULT_SCORING_SETTINGS,
      signals: { ...DEFAULT_SCORING_SETTINGS.signals, 'duplicate-replies': { enabled: true, weight: 0 } },
    };
    expect(combineSignals([signal('duplicate-replies', 1)], settings).score).toBe(0);
  });

  it('moves levels with sensitivity: higher sensitivity never gives a lower level', () => {
    const signals = [signal('duplicate-replies', 0.45), signal('link-flooding', 0.35)];
    const levels = [0, 25, 50, 75, 100].map((s) => rank(combineSignals(signals, withSensitivity(s)).level));
    expect(levels).toEqual([...levels].sort((a, b) => a - b));
    expect(levels[0]).toBeLessThan(levels[4] ?? 0);
  });

  it('keeps thresholds ordered and within (0, 1) at every sensitivity', () => {
    for (let s = 0; s <= 100; s += 10) {
      const t = levelThresholds(s);
      expect(0 < t.low && t.low < t.elevated && t.elevated < t.high && t.high < 1).toBe(true);
    }
    expect(levelThresholds(50)).toEqual(COMBINE.thresholds);
  });
});
