import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, migrateSettings, settingsDelta, validateSettings } from '../../../src/shared/settings.ts';

describe('settings', () => {
  it('falls back field by field', () => {
    const s = validateSettings({ showNone: 'yes', debug: true, sites: { x: false, reddit: 3 } });
    expect(s.showNone).toBe(DEFAULT_SETTINGS.showNone);
    expect(s.debug).toBe(true);
    expect(s.sites.x).toBe(false);
    expect(s.sites.reddit).toBe(DEFAULT_SETTINGS.sites.reddit);
  });

  it('reads nothing, junk, and a newer version without throwing', () => {
    expect(migrateSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(migrateSettings('junk')).toEqual(DEFAULT_SETTINGS);
    expect(migrateSettings({ version: 99, debug: true }).debug).toBe(true);
  });

  it('stores only what differs from the defaults', () => {
    expect(settingsDelta(DEFAULT_SETTINGS)).toEqual({ version: DEFAULT_SETTINGS.version });
    const delta = settingsDelta({ ...DEFAULT_SETTINGS, debug: true });
    expect(delta).toEqual({ version: DEFAULT_SETTINGS.version, debug: true });
    expect(migrateSettings(delta)).toEqual({ ...DEFAULT_SETTINGS, debug: true });
  });
});
