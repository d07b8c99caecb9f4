// The one reader of a settings object, whatever holds it: extension storage (a delta of the
// defaults), the options page's export file, or `threadlens score --settings FILE` (which also
// takes bare scoring settings, `{sensitivity, signals}`). Same migrations, same field checks, same
// allow-list rule everywhere; callers differ only in what they do with problems.
import { isObject, type JsonObject } from '../json-value.ts';
import { err, ok, type Result } from '../result.ts';
import { migrate } from './migrations.ts';
import type { Settings } from './schema.ts';
import { checkSettings, type Checked } from './validate.ts';

const SETTINGS_KEYS = ['version', 'sites', 'display', 'scoring', 'allowlist', 'showNone', 'debug'];
const SCORING_KEYS = ['sensitivity', 'signals'];

/**
 * Reads a settings object: an error when it is not ours at all (not an object, another export,
 * no setting in it, a version this build cannot read), else the settings with every bad field
 * defaulted and named in `problems`.
 */
export function readSettings(value: unknown): Result<Checked<Settings>> {
  if (!isObject(value)) return err('expected a JSON object');
  const { threadlens, ...rest } = value;
  if (threadlens !== undefined && threadlens !== 'settings') return err('not a Threadlens settings export');
  const keys = Object.keys(rest);
  let body: JsonObject = rest;
  if (!keys.some((k) => SETTINGS_KEYS.includes(k))) {
    if (!keys.some((k) => SCORING_KEYS.includes(k))) return err('holds no Threadlens setting');
    body = { scoring: rest };
  }
  const migrated = migrate(body);
  if (!migrated.ok) return err(migrated.error);
  return ok(checkSettings(migrated.value));
}

/**
 * What extension storage holds, as settings: never fails. Nothing stored is the defaults; a
 * version from a newer build is read field by field as if it were this one's.
 */
export function settingsFromStorage(stored: unknown): Settings {
  if (stored === undefined) return checkSettings({}).settings;
  const read = readSettings(stored);
  if (read.ok) return read.value.settings;
  return checkSettings(isObject(stored) ? stored : {}).settings;
}

/** Strict reading for files a person hands in: any problem refuses the whole file. */
export function readSettingsStrict(value: unknown): Result<Settings> {
  const read = readSettings(value);
  if (!read.ok) return read;
  const [first, ...more] = read.value.problems;
  if (first === undefined) return ok(read.value.settings);
  const tail = more.length > 0 ? ` (and ${more.length} more problem${more.length > 1 ? 's' : ''})` : '';
  return err(`bad setting: ${first}${tail}`);
}
