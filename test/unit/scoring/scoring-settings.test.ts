import { describe, expect, it } from 'vitest';
import { SIGNAL_IDS } from '../../../src/shared/report.ts';
import { DEFAULT_SCORING_SETTINGS, validateScoringSettings } from '../../../src/scoring/scoring-settings.ts';
import { readSettingsFile } from '../../../src/scoring/settings-file.ts';

describe('validateScoringSettings', () => {
  it('keeps valid settings as they are, and they survive JSON', () => {
    const stored = JSON.parse(JSON.stringify(DEFAULT_SCORING_SETTINGS)) as unknown;
    expect(validateScoringSettings(stored)).toEqual({ settings: DEFAULT_SCORING_SETTINGS, problems: [] });
  });

  it('has an entry for every signal id', () => {
    expect(Object.keys(DEFAULT_SCORING_SETTINGS.signals).sort()).toEqual([...SIGNAL_IDS].sort());
  });

  it('falls back field by field and names each bad field', () => {
    const { settings, problems } = validateScoringSettings({
      sensitivity: 'high',
      signals: { 'reply-burst': { enabled: 'yes', weight: 0.2 }, 'link-flooding': { weight: 5 }, 'platform-labels': { enabled: false } },
    });
    expect(settings.sensitivity).toBe(50);
    expect(settings.signals['reply-burst']).toEqual({ enabled: true, weight: 0.2 });
    expect(settings.signals['link-flooding']).toEqual(DEFAULT_SCORING_SETTINGS.signals['link-flooding']);
    expect(settings.signals['platform-labels']).toEqual({ enabled: false, weight: DEFAULT_SCORING_SETTINGS.signals['platform-labels'].weight });
    expect(problems).toEqual([
      'sensitivity must be a number from 0 to 100',
      'signals.reply-burst.enabled must be true or false',
      'signals.link-flooding.weight must be a number from 0 to 1',
    ]);
  });

  it('turns anything that is not an object into the defaults, saying so', () => {
    for (const junk of [null, 3, 'x', [1, 2]]) {
      const { settings, problems } = validateScoringSettings(junk);
      expect(settings).toEqual(DEFAULT_SCORING_SETTINGS);
      expect(problems).toHaveLength(1);
    }
    expect(validateScoringSettings({ signals: [] }).problems).toEqual(['signals must be an object']);
  });

  it('takes missing fields from the defaults silently and ignores unknown ones', () => {
    expect(validateScoringSettings({ sensitivity: 80, colour: 'red', signals: { 'no-such-signal': {} } })).toEqual({
      settings: { ...DEFAULT_SCORING_SETTINGS, sensitivity: 80 },
      problems: [],
    });
  });

  it('refuses NaN and infinite numbers', () => {
    expect(validateScoringSettings({ sensitivity: Number.NaN }).problems).toHaveLength(1);
    expect(validateScoringSettings({ signals: { 'reply-burst': { weight: Infinity } } }).problems).toHaveLength(1);
  });
});

describe('readSettingsFile', () => {
  it('accepts bare scoring settings', () => {
    const file = readSettingsFile({ sensitivity: 70 });
    expect(file).toEqual({ scoring: { ...DEFAULT_SCORING_SETTINGS, sensitivity: 70 }, allowlist: [], problems: [] });
  });

  it('accepts the options page export with scoring and allowlist', () => {
    const file = readSettingsFile({ version: 1, scoring: { sensitivity: 20 }, allowlist: ['@CityHall', 'bbcnews'], sites: { x: true } });
    expect(file.scoring.sensitivity).toBe(20);
    expect(file.allowlist).toEqual(['@CityHall', 'bbcnews']);
    expect(file.problems).toEqual([]);
  });

  it('names wrong fields with their path in the wrapped form', () => {
    expect(readSettingsFile({ scoring: { sensitivity: 300 }, allowlist: ['ok', 4] }).problems).toEqual([
      'scoring.sensitivity must be a number from 0 to 100',
      'allowlist[1] must be a string',
    ]);
    expect(readSettingsFile({ allowlist: 'bbc' }).problems).toEqual(['allowlist must be an array of handles']);
    expect(readSettingsFile([]).problems).toEqual(['the settings must be a JSON object']);
  });
});
