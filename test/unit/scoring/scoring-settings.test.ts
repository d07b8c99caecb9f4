import { describe, expect, it } from 'vitest';
import { DEFAULT_SCORING_SETTINGS, resolveScoring, signalSetting, withSignalSetting } from '../../../src/scoring/scoring-settings.ts';
import { settingsFromStorage } from '../../../src/shared/settings/read-settings.ts';
import { DEFAULT_SCORING } from '../../../src/shared/settings/schema.ts';
import { SIGNALS, SIGNAL_IDS } from '../../../src/signals/registry.ts';

describe('scoring settings', () => {
  it('has every signal on at its definition weight by default', () => {
    expect(Object.keys(DEFAULT_SCORING_SETTINGS.signals).sort()).toEqual([...SIGNAL_IDS].sort());
    for (const s of SIGNALS) expect(DEFAULT_SCORING_SETTINGS.signals[s.id]).toEqual({ enabled: true, weight: s.defaultWeight });
  });

  it('takes the user field where set and the definition elsewhere', () => {
    const scoring = { sensitivity: 50, signals: { 'reply-burst': { enabled: false }, 'link-flooding': { weight: 0.1 } } };
    expect(signalSetting(scoring, 'reply-burst')).toEqual({ enabled: false, weight: 0.3 });
    expect(signalSetting(scoring, 'link-flooding')).toEqual({ enabled: true, weight: 0.1 });
    expect(signalSetting(scoring, 'no-such-signal')).toEqual({ enabled: true, weight: 0 });
    expect(resolveScoring(scoring).signals['duplicate-replies']).toEqual({ enabled: true, weight: 0.9 });
  });

  it('leaves the weights of a user who moved only the slider to the definitions', () => {
    // what storage holds after the slider moved: the sensitivity, no weight
    const stored = settingsFromStorage({ version: 3, scoring: { sensitivity: 70 } });
    expect(stored.scoring.signals).toEqual({});
    // so each weight is read from the signal's file at scoring time: a later default reaches this user
    for (const s of SIGNALS) expect(signalSetting(stored.scoring, s.id).weight).toBe(s.defaultWeight);
  });

  it('stores a changed field only, and forgets it when set back to the default', () => {
    const off = withSignalSetting(DEFAULT_SCORING, 'platform-labels', { enabled: false });
    expect(off.signals).toEqual({ 'platform-labels': { enabled: false } });
    const light = withSignalSetting(off, 'platform-labels', { weight: 0.2 });
    expect(light.signals).toEqual({ 'platform-labels': { enabled: false, weight: 0.2 } });
    const back = withSignalSetting(withSignalSetting(light, 'platform-labels', { enabled: true }), 'platform-labels', { weight: 0.8 });
    expect(back.signals).toEqual({});
  });
});
