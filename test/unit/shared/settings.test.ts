import { describe, expect, it } from 'vitest';
import { DEFAULT_SCORING_SETTINGS } from '../../../src/scoring/scoring-settings.ts';
import {
  checkSettings,
  DEFAULT_SETTINGS,
  exportSettings,
  importSettings,
  migrate,
  migrateSettings,
  SETTINGS_VERSION,
  settingsDelta,
  validateSettings,
} from '../../../src/shared/settings.ts';

describe('settings', () => {
  it('falls back field by field, naming each bad field', () => {
    const { settings, problems } = checkSettings({
      display: { showNone: 'yes', debug: true },
      sites: { x: false, reddit: 3 },
      scoring: { sensitivity: 80, signals: { 'reply-burst': { weight: 7 } } },
      allowlist: ['@Maria', 'maria', '', 42, 'bob.bsky.social'],
    });
    expect(settings.display).toEqual({ showNone: DEFAULT_SETTINGS.display.showNone, debug: true });
    expect(settings.sites.x).toBe(false);
    expect(settings.sites.reddit).toBe(DEFAULT_SETTINGS.sites.reddit);
    expect(settings.scoring.sensitivity).toBe(80);
    expect(settings.scoring.signals['reply-burst'].weight).toBe(DEFAULT_SCORING_SETTINGS.signals['reply-burst'].weight);
    expect(settings.allowlist).toEqual(['maria', 'bob.bsky.social']);
    expect(problems).toEqual([
      'sites.reddit must be true or false',
      'display.showNone must be true or false',
      'scoring.signals.reply-burst.weight must be a number from 0 to 1',
      'allowlist[2] is not an account handle',
      'allowlist[3] is not an account handle',
    ]);
  });

  it('reads nothing, junk, and a newer version without throwing', () => {
    expect(migrateSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(migrateSettings('junk')).toEqual(DEFAULT_SETTINGS);
    expect(migrateSettings({ version: 99, display: { debug: true }, future: 1 }).display.debug).toBe(true);
  });

  it('stores only what differs from the defaults', () => {
    expect(settingsDelta(DEFAULT_SETTINGS)).toEqual({ version: SETTINGS_VERSION });
    const changed = { ...DEFAULT_SETTINGS, allowlist: ['maria'] };
    expect(settingsDelta(changed)).toEqual({ version: SETTINGS_VERSION, allowlist: ['maria'] });
    expect(migrateSettings(settingsDelta(changed))).toEqual(changed);
  });
});

describe('migrations', () => {
  it('1 -> 2 moves the display options under display and keeps the sites', () => {
    const v1 = { version: 1, showNone: false, debug: true, sites: { x: false } };
    const migrated = migrate(v1);
    expect(migrated).toEqual({ ok: true, value: { version: 2, display: { showNone: false, debug: true }, sites: { x: false } } });
    const settings = migrateSettings(v1);
    expect(settings.display).toEqual({ showNone: false, debug: true });
    expect(settings.sites.x).toBe(false);
    expect(settings.scoring).toEqual(DEFAULT_SCORING_SETTINGS);
    expect(settings.allowlist).toEqual([]);
  });

  it('1 -> 2 of a delta that changed nothing of the display leaves the defaults', () => {
    expect(migrateSettings({ version: 1, sites: { reddit: false } }).display).toEqual(DEFAULT_SETTINGS.display);
  });

  it('refuses versions it cannot read', () => {
    expect(migrate({ version: 3 })).toMatchObject({ ok: false, error: expect.stringMatching(/newer Threadlens/) });
    expect(migrate({ version: 'two' })).toMatchObject({ ok: false });
    expect(migrate({ version: 0 })).toMatchObject({ ok: false });
  });
});

describe('export and import', () => {
  it('round-trips every setting', () => {
    const settings = validateSettings({
      display: { debug: true, showNone: false },
      scoring: { sensitivity: 20 },
      allowlist: ['maria', 'bob'],
      sites: { x: false },
    });
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
      ['{"version": 2, "scoring": {"sensitivity": 400}}', /scoring.sensitivity must be a number from 0 to 100/],
      ['{"version": 2, "allowlist": ["ok", "not a handle!"], "display": {"debug": 1}}', /and 1 more problem/],
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
