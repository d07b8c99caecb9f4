// The weight rule, and that the shipped config's weights are the rule applied to its own recorded
// held-out AUCs (so a hand edit of either shows here).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headWeight, headWeights } from '../../../src/classifier/head-weights.ts';
import { SHIPPED_MODEL_DIR } from '../../../src/classifier/node-classifier.ts';
import { scoreThread } from '../../../src/scoring/score-thread.ts';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings/schema.ts';
import type { PostScores } from '../../../src/shared/report.ts';
import type { Thread } from '../../../src/shared/thread.ts';

describe('head weights', () => {
  it('0 below 0.70, linear to 1 at 0.85, 1 above; unmeasured counts 0', () => {
    expect(headWeight(0.62)).toBe(0);
    expect(headWeight(0.7)).toBe(0);
    expect(headWeight(0.775)).toBe(0.5);
    expect(headWeight(0.85)).toBe(1);
    expect(headWeight(0.97)).toBe(1);
    expect(headWeight(null)).toBe(0);
    expect(headWeight(Number.NaN)).toBe(0);
  });

  it('the shipped config.json weights follow the rule from its recorded held-out AUCs', () => {
    const config = JSON.parse(readFileSync(join(SHIPPED_MODEL_DIR, 'config.json'), 'utf8')) as {
      threadlens: { heads: { heldOutAuc: Record<string, number | null>; weights: PostScores } };
    };
    const { heldOutAuc, weights } = config.threadlens.heads;
    expect(weights).toEqual(headWeights(heldOutAuc as Record<keyof PostScores, number | null>));
  });

  it('a head weighted 0 adds nothing to the thread score and says why', () => {
    const thread: Thread = {
      site: 'x',
      posts: Array.from({ length: 8 }, (_, i) => ({ id: String(i + 1), author: { handle: `u${i}` }, text: `reply ${i}`, ...(i > 0 ? { replyTo: '1' } : {}) })),
    };
    const postScores = new Map(thread.posts.map((p) => [p.id, { inauthentic: 0.1, toxic: 0.99, machine_generated: 0.1, propaganda: 0.1 }]));
    const base = { scoring: DEFAULT_SETTINGS.scoring, allowlist: [], postScores, modelThresholds: { toxic: 0.9 } };
    const full = scoreThread(thread, base).signals.find((s) => s.id === 'toxic-language');
    const zero = scoreThread(thread, { ...base, modelWeights: { toxic: 0 } }).signals.find((s) => s.id === 'toxic-language');
    const half = scoreThread(thread, { ...base, modelWeights: { toxic: 0.5 } }).signals.find((s) => s.id === 'toxic-language');
    expect(full?.score).toBeGreaterThan(0.5);
    expect(zero?.score).toBe(0);
    expect(zero?.summary).toMatch(/Not counted: this model head was near chance on sources it never saw\./);
    expect(half?.score).toBeCloseTo((full?.score ?? 0) / 2, 2);
  });
});
