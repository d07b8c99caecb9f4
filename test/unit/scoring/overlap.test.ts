// One set of posts counts once: duplicate-replies, link-flooding and reply-burst on the same replies
// are one fact, not three agreeing signals.
import { describe, expect, it } from 'vitest';
import type { SignalReport } from '../../../src/shared/report.ts';
import type { SignalId } from '../../../src/signals/registry.ts';
import { combineSignals, effectiveEvidence } from '../../../src/scoring/combine-signals.ts';
import { discountOverlaps } from '../../../src/scoring/overlap.ts';
import { DEFAULT_SCORING_SETTINGS } from '../../../src/scoring/scoring-settings.ts';

const posts = (prefix: string, n: number): string[] => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
const signal = (id: SignalId, score: number, ids: string[]): SignalReport => ({ id, score, summary: '', posts: ids });

describe('overlapping signals', () => {
  const campaign = posts('c', 6);

  it('counts copies, their link and their burst on the same 6 replies once: "elevated", not "high"', () => {
    const signals = [signal('duplicate-replies', 0.8, campaign), signal('link-flooding', 0.9, campaign), signal('reply-burst', 0.9, [...campaign, 'o1'])];
    const evidence = effectiveEvidence(signals, DEFAULT_SCORING_SETTINGS);
    expect(evidence[0]).toBeCloseTo(0.72);
    expect(evidence[1]).toBe(0);
    expect(evidence[2]).toBeCloseTo((0.3 * 0.9) / 7);
    const combined = combineSignals(signals, DEFAULT_SCORING_SETTINGS);
    expect(combined.agreeing).toBe(1);
    expect(combined.level).toBe('elevated');
  });

  it('keeps the full evidence of signals that rest on different posts', () => {
    const signals = [signal('duplicate-replies', 0.8, campaign), signal('link-flooding', 0.9, posts('l', 5))];
    expect(effectiveEvidence(signals, DEFAULT_SCORING_SETTINGS)).toEqual([0.9 * 0.8, 0.5 * 0.9]);
    expect(combineSignals(signals, DEFAULT_SCORING_SETTINGS).level).toBe('high');
  });

  it('does not discount a different kind of fact about the same posts (bot-like accounts posting the copies)', () => {
    const signals = [signal('duplicate-replies', 0.8, campaign), signal('bot-like-accounts', 0.8, campaign)];
    const combined = combineSignals(signals, DEFAULT_SCORING_SETTINGS);
    expect(combined.agreeing).toBe(2);
    expect(combined.level).toBe('high');
  });

  it('lets the strongest signal keep the shared posts, whatever the order they come in', () => {
    const weak = signal('reply-burst', 0.5, campaign);
    const strong = signal('duplicate-replies', 0.9, campaign);
    expect(discountOverlaps([weak, strong], [0.15, 0.81])).toEqual([0, 0.81]);
    expect(discountOverlaps([strong, weak], [0.81, 0.15])).toEqual([0.81, 0]);
  });
});
