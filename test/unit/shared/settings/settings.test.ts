import { describe, expect, it } from 'vitest';
import { readAllowlist, withHandle } from '../../../../src/shared/settings/allowlist.ts';
import { settingsDelta } from '../../../../src/shared/settings/delta.ts';
import { exportSettings, importSettings } from '../../../../src/shared/settings/export-file.ts';
import { migrate, MIGRATIONS, renamedSignalIds, type MigrationStep } from '../../../../src/shared/settings/migrations.ts';
import { readSettings, settingsFromStorage } from '../../../../src/shared/settings/read-settings.ts';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, type Settings } from '../../../../src/shared/settings/schema.ts';
import { checkSettings } from '../../../../src/shared/settings/validate.ts';
import { SIGNAL_IDS } from '../../../../src/signals/registry.ts';

describe('settings', () => {
  it('falls back field by field, naming each bad field', () => {
    const { settings, problems } = checkSettings({
      display: { showNone: 'yes', debug: true },
      sites: { x: false, reddit: 3 },
      scoring: { sensitivity: 80, signals: { 'reply-burst': { weight: 7, enabled: false }, 'link-flooding': 'off' } },
      allowlist: ['@Maria', 'maria', '', 42, 'bob.bsky.social'],
    });
    expect(settings.display).toEqual({ showNone: DEFAULT_SETTINGS.display.showNone, debug: true });
    expect(settings.sites.x).toBe(false);
    expect(settings.sites.reddit).toBe(DEFAULT_SETTINGS.sites.reddit);
    expect(settings.scoring.sensitivity).toBe(80);
    // the bad weight goes back to following the default; the good field beside it is kept
    expect(settings.scoring.signals).toEqual({ 'reply-burst': { enabled: false } });
    expect(settings.allowlist).toEqual(['maria', 'bob.bsky.social']);
    expect(problems).toEqual([
      'sites.reddit must be true or false',
      'display.showNone must be true or false',
      'scoring.signals.reply-burst.weight must be a number from 0 to 1',
      'scoring.signals.link-flooding must be an object',
      'allowlist[2] is not an account handle',
      'allowlist[3] is not an account handle',
    ]);
  });

  it('refuses NaN and infinite numbers', () => {
    expect(checkSettings({ scoring: { sensitivity: Number.NaN } }).problems).toHaveLength(1);
    expect(checkSettings({ scoring: { signals: { 'reply-burst': { weight: Infinity } } } }).problems).toHaveLength(1);
  });

  it('reads nothing, junk, and a newer version without throwing', () => {
    expect(settingsFromStorage(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(settingsFromStorage('junk')).toEqual(DEFAULT_SETTINGS);
    expect(settingsFromStorage({ version: 99, display: { debug: true }, future: 1 }).display.debug).toBe(true);
  });
});

describe('storage keeps only what differs, field by field', () => {
  it('stores nothing for the defaults, and one field for one change', () => {
    expect(settingsDelta(DEFAULT_SETTINGS)).toEqual({ version: SETTINGS_VERSION });
    const slider: Settings = { ...DEFAULT_SETTINGS, scoring: { ...DEFAULT_SETTINGS.scoring, sensitivity: 70 } };
    expect(settingsDelta(slider)).toEqual({ version: SETTINGS_VERSION, scoring: { sensitivity: 70 } });
    const site: Settings = { ...DEFAULT_SETTINGS, sites: { ...DEFAULT_SETTINGS.sites, reddit: false } };
    expect(settingsDelta(site)).toEqual({ version: SETTINGS_VERSION, sites: { reddit: false } });
    const allow: Settings = { ...DEFAULT_SETTINGS, allowlist: ['maria'] };
    expect(settingsDelta(allow)).toEqual({ version: SETTINGS_VERSION, allowlist: ['maria'] });
  });

  it('reads every delta back to the settings it came from', () => {
    const settings: Settings = {
      ...DEFAULT_SETTINGS,
      display: { showNone: false, debug: false },
      scoring: { sensitivity: 30, signals: { 'reply-burst': { weight: 0.1 } } },
      allowlist: ['maria'],
    };
    expect(settingsFromStorage(JSON.parse(JSON.stringify(settingsDelta(settings))))).toEqual(settings);
  });

  it('keeps a signal override to the field the user moved', () => {
    const settings: Settings = { ...DEFAULT_SETTINGS, scoring: { sensitivity: 50, signals: { 'toxic-language': { enabled: false } } } };
    expect(settingsDelta(settings)).toEqual({ version: SETTINGS_VERSION, scoring: { signals: { 'toxic-language': { enabled: false } } } });
  });
});

describe('migrations', () => {
  it('1 -> 2 -> 3 moves the display options under display and keeps the sites', () => {
    const v1 = { version: 1, showNone: false, debug: true, sites: { x: false } };
    expect(migrate(v1)).toEqual({ ok: true, value: { version: SETTINGS_VERSION, display: { showNone: false, debug: true }, sites: { x: false } } });
    const settings = settingsFromStorage(v1);
    expect(settings.display).toEqual({ showNone: false, debug: true });
    expect(settings.sites.x).toBe(false);
    expect(settings.scoring).toEqual(DEFAULT_SETTINGS.scoring);
    expect(settings.allowlist).toEqual([]);
  });

  it('1 -> 2 of a delta that changed nothing of the display leaves the defaults', () => {
    expect(settingsFromStorage({ version: 1, sites: { reddit: false } }).display).toEqual(DEFAULT_SETTINGS.display);
  });

  it('2 -> 3 drops the fields version 2 wrote only because it wrote whole objects', () => {
    // version 2 stored every signal whole once the user moved the sensitivity slider
    const v2 = {
      version: 2,
      scoring: {
        sensitivity: 70,
        signals: {
          'duplicate-replies': { enabled: true, weight: 0.9 },
          'reply-burst': { enabled: false, weight: 0.3 },
          'toxic-language': { enabled: true, weight: 0.1 },
        },
      },
    };
    expect(settingsFromStorage(v2).scoring).toEqual({ sensitivity: 70, signals: { 'reply-burst': { enabled: false }, 'toxic-language': { weight: 0.1 } } });
  });

  it('renames keys and signal ids from its table', () => {
    const steps: Record<number, MigrationStep> = {
      1: { keys: [['colour', 'display.colour']], signals: [['copypasta', 'duplicate-replies']] },
      2: { signals: [['old-burst', 'reply-burst']] },
    };
    const v1 = { version: 1, colour: 'red', scoring: { signals: { copypasta: { weight: 0.2 }, 'old-burst': { enabled: false } } } };
    expect(migrate(v1, steps, 3)).toEqual({
      ok: true,
      value: { version: 3, display: { colour: 'red' }, scoring: { signals: { 'duplicate-replies': { weight: 0.2 }, 'reply-burst': { enabled: false } } } },
    });
    // a setting already under the new name was written by a build that knew it: it wins
    const both = { version: 2, scoring: { signals: { 'old-burst': { weight: 0.1 }, 'reply-burst': { weight: 0.7 } } } };
    expect(migrate(both, steps, 3)).toEqual({ ok: true, value: { version: 3, scoring: { signals: { 'reply-burst': { weight: 0.7 } } } } });
  });

  it('has a step for every version below the current one', () => {
    for (let v = 1; v < SETTINGS_VERSION; v++) expect(MIGRATIONS[v], `step ${v}`).toBeDefined();
  });

  it('renames no signal id to a name still in use', () => {
    for (const old of renamedSignalIds()) expect(SIGNAL_IDS).not.toContain(old);
  });

  it('refuses versions it cannot read', () => {
    expect(migrate({ version: SETTINGS_VERSION + 1 })).toMatchObject({ ok: false, error: expect.stringMatching(/newer Threadlens/) });
    expect(migrate({ version: 'two' })).toMatchObject({ ok: false });
    expect(migrate({ version: 0 })).toMatchObject({ ok: false });
  });
});

describe('the one reader', () => {
  it('reads bare scoring settings, as `threadlens score --settings` takes them', () => {
    const read = readSettings({ sensitivity: 70, signals: { 'reply-burst': { enabled: false } } });
    expect(read.ok && read.value).toEqual({
      settings: { ...DEFAULT_SETTINGS, scoring: { sensitivity: 70, signals: { 'reply-burst': { enabled: false } } } },
      problems: [],
    });
  });

  it('reads the export with scoring and allow-list, normalising handles the same way everywhere', () => {
    const read = readSettings({ version: 2, scoring: { sensitivity: 20 }, allowlist: ['@CityHall', 'bbcnews'], sites: { x: true } });
    expect(read.ok && read.value.settings.allowlist).toEqual(['cityhall', 'bbcnews']);
    expect(read.ok && read.value.problems).toEqual([]);
  });

  it('names wrong fields with their path', () => {
    const read = readSettings({ scoring: { sensitivity: 300 }, allowlist: ['ok', 4] });
    expect(read.ok && read.value.problems).toEqual(['scoring.sensitivity must be a number from 0 to 100', 'allowlist[1] is not an account handle']);
    expect(readSettings({ allowlist: 'bbc' })).toMatchObject({ ok: true, value: { problems: ['allowlist must be an array of handles'] } });
    expect(readSettings([])).toEqual({ ok: false, error: 'expected a JSON object' });
    expect(readSettings({ hello: 1 })).toEqual({ ok: false, error: 'holds no Threadlens setting' });
  });
});

describe('the allow-list', () => {
  it('adds a handle once, normalised, and refuses what is not a handle', () => {
    expect(withHandle(['maria'], '@Bob')).toEqual(['maria', 'bob']);
    expect(withHandle(['maria'], 'MARIA')).toEqual(['maria']);
    expect(withHandle(['maria'], 'not a handle!')).toEqual(['maria']);
    const problems: string[] = [];
    expect(readAllowlist(['@A', 'a', 3], 'allowlist', problems)).toEqual(['a']);
    expect(problems).toEqual(['allowlist[2] is not an account handle']);
  });
});

describe('export and import', () => {
  it('round-trips every setting', () => {
    const settings = checkSettings({
      display: { debug: true, showNone: false },
      scoring: { sensitivity: 20, signals: { 'platform-labels': { enabled: false } } },
      allowlist: ['maria', 'bob'],
      sites: { x: false },
    }).settings;
    expect(importSettings(exportSettings(settings))).toEqual({ ok: true, value: settings });
  });

  it('reads an export of version 1', () => {
    const result = importSettings(JSON.stringify({ threadlens: 'settings', version: 1, debug: true }));
    expect(result.ok && result.value.display.debug).toBe(true);
  });

  it('refuses a bad file whole, with a message', () => {
    const cases: Array<[string, RegExp]> = [
      ['{not json', /not valid JSON/],
      ['[1, 2]', /does not hold Threadlens settings/],
      ['{"hello": 1}', /holds no Threadlens setting/],
      ['{"threadlens": "other", "version": 2}', /not a Threadlens settings export/],
      ['{"version": 9, "sites": {}}', /newer Threadlens/],
      ['{"version": 2, "scoring": {"sensitivity": 400}}', /This file has a bad setting: scoring.sensitivity must be a number from 0 to 100\. Nothing/],
      ['{"version": 2, "allowlist": ["ok", "not a handle!"], "display": {"debug": 1}}', /and 1 more problem\)/],
    ];
    for (const [text, message] of cases) {
      const result = importSettings(text);
      expect(result.ok, text).toBe(false);
      if (!result.ok) {
        expect(result.error, text).toMatch(message);
        expect(result.error).toMatch(/Nothing was changed\.$/);
      }
    }
  });
});
