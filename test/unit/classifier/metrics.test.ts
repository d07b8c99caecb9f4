import { describe, expect, it } from 'vitest';
import { auc, detection } from '../../../src/classifier/metrics.ts';
import { flaggedLabels, readModelSettings } from '../../../src/classifier/model-settings.ts';

describe('metrics', () => {
  it('auc: perfect, reversed, ties and one class', () => {
    expect(auc([0.9, 0.8], [0.1, 0.2])).toBe(1);
    expect(auc([0.1], [0.9])).toBe(0);
    expect(auc([0.5, 0.5], [0.5])).toBe(0.5);
    expect(auc([0.3, 0.7], [0.5])).toBe(0.5);
    expect(auc([], [0.1])).toBeNull();
  });

  it('detection at a cut', () => {
    const d = detection([0.9, 0.6, 0.2], [0.7, 0.1, 0.1, 0.1], 0.6);
    expect(d.recall).toBeCloseTo(2 / 3);
    expect(d.precision).toBeCloseTo(2 / 3);
    expect(d.f1).toBeCloseTo(2 / 3);
    expect(d.fpr).toBe(0.25);
  });
});

describe('model settings', () => {
  const config = {
    id2label: { 0: 'inauthentic', 1: 'toxic', 2: 'machine_generated', 3: 'propaganda' },
    threadlens: {
      id: 'm',
      version: '1',
      languages: ['en'],
      thresholds: { inauthentic: 0.9, toxic: 0.5, machine_generated: 0.8, propaganda: 0.7 },
      heads: { weights: { inauthentic: 0.5, toxic: 1, machine_generated: 0, propaganda: 0 } },
    },
  };

  it('reads thresholds and flags labels at or above them', () => {
    const s = readModelSettings(config);
    expect(s.ok).toBe(true);
    if (!s.ok) return;
    expect(flaggedLabels({ inauthentic: 0.9, toxic: 0.49, machine_generated: 0.95, propaganda: 0 }, s.value.thresholds)).toEqual([
      'inauthentic',
      'machine_generated',
    ]);
  });

  it('refuses a folder without thresholds or with outputs in another order', () => {
    expect(readModelSettings({ ...config, threadlens: { id: 'm', version: '1' } }).ok).toBe(false);
    expect(readModelSettings({ ...config, id2label: { 0: 'toxic', 1: 'inauthentic', 2: 'machine_generated', 3: 'propaganda' } }).ok).toBe(false);
    expect(readModelSettings({ ...config, threadlens: { ...config.threadlens, thresholds: { ...config.threadlens.thresholds, toxic: 1.5 } } }).ok).toBe(false);
  });

  it('reads the head weights, and refuses a folder without them or with one out of [0, 1]', () => {
    const s = readModelSettings(config);
    expect(s.ok && s.value.weights).toEqual({ inauthentic: 0.5, toxic: 1, machine_generated: 0, propaganda: 0 });
    const { heads: _, ...without } = config.threadlens;
    expect(readModelSettings({ ...config, threadlens: without }).ok).toBe(false);
    expect(
      readModelSettings({ ...config, threadlens: { ...config.threadlens, heads: { weights: { ...config.threadlens.heads.weights, toxic: 1.2 } } } }).ok,
    ).toBe(false);
  });

  it('reads the languages the heads read, and refuses a folder that does not say', () => {
    const s = readModelSettings(config);
    expect(s.ok && s.value.languages).toEqual(['en']);
    const { languages: _, ...without } = config.threadlens;
    expect(readModelSettings({ ...config, threadlens: without }).ok).toBe(false);
    expect(readModelSettings({ ...config, threadlens: { ...config.threadlens, languages: [] } }).ok).toBe(false);
  });
});
