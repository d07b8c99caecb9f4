// Versioned migrations of whatever storage or a file holds. Renames of keys and of signal ids are
// data (the tables below), so renaming is one row and a test; only a change of meaning needs code.
import { isObject, type JsonObject } from '../json-value.ts';
import { err, ok, type Result } from '../result.ts';
import { SETTINGS_VERSION } from './schema.ts';

export interface MigrationStep {
  /** dotted paths moved as they are: ['showNone', 'display.showNone'] */
  keys?: ReadonlyArray<readonly [from: string, to: string]>;
  /** signal ids renamed under scoring.signals */
  signals?: ReadonlyArray<readonly [from: string, to: string]>;
  /** anything a rename cannot say, after the renames */
  transform?: (settings: JsonObject) => JsonObject;
}

/** Every signal setting of version 2 was written whole: these were its defaults then (2026-11). */
const V2_SIGNAL_DEFAULTS: Record<string, { enabled: boolean; weight: number }> = {
  'duplicate-replies': { enabled: true, weight: 0.9 },
  'reply-burst': { enabled: true, weight: 0.3 },
  'bot-like-accounts': { enabled: true, weight: 0.4 },
  'link-flooding': { enabled: true, weight: 0.5 },
  'platform-labels': { enabled: true, weight: 0.8 },
  'machine-generated': { enabled: true, weight: 0.6 },
  'inauthentic-style': { enabled: true, weight: 0.5 },
  'toxic-language': { enabled: true, weight: 0.3 },
  'propaganda-language': { enabled: true, weight: 0.4 },
};

/** Step n takes version n to n + 1. */
export const MIGRATIONS: Readonly<Record<number, MigrationStep>> = {
  // 1 -> 2 (2026-11): display options moved under `display`; scoring settings and the allow-list arrived.
  1: {
    keys: [
      ['showNone', 'display.showNone'],
      ['debug', 'display.debug'],
    ],
  },
  // 2 -> 3 (2026-12): a signal's fields that equal version 2's defaults were stored only because
  // the whole object was; dropped, they follow the signal's current default.
  2: { transform: dropFields('scoring.signals', V2_SIGNAL_DEFAULTS) },
};

function getPath(o: JsonObject, path: readonly string[]): unknown {
  let at: unknown = o;
  for (const key of path) {
    if (!isObject(at)) return undefined;
    at = at[key];
  }
  return at;
}

/** A copy of `o` with `path` set (objects on the way copied, created where missing) or deleted. */
function setPath(o: JsonObject, path: readonly string[], value: unknown): JsonObject {
  const [key, ...rest] = path;
  if (key === undefined) return o;
  const copy: JsonObject = { ...o };
  if (rest.length === 0) {
    if (value === undefined) delete copy[key];
    else copy[key] = value;
    return copy;
  }
  const child = isObject(o[key]) ? o[key] : {};
  copy[key] = setPath(child, rest, value);
  return copy;
}

function renameKey(o: JsonObject, from: string, to: string): JsonObject {
  const value = getPath(o, from.split('.'));
  if (value === undefined) return o;
  return setPath(setPath(o, from.split('.'), undefined), to.split('.'), value);
}

function renameSignal(o: JsonObject, from: string, to: string): JsonObject {
  const signals = getPath(o, ['scoring', 'signals']);
  if (!isObject(signals) || !(from in signals)) return o;
  const { [from]: moved, ...rest } = signals;
  // a setting already under the new id wins: it was written by a build that knew the new name
  return setPath(o, ['scoring', 'signals'], { ...rest, [to]: to in rest ? rest[to] : moved });
}

function dropFields(path: string, defaults: Record<string, Record<string, unknown>>): (o: JsonObject) => JsonObject {
  return (o) => {
    const signals = getPath(o, path.split('.'));
    if (!isObject(signals)) return o;
    const kept: JsonObject = {};
    for (const [id, setting] of Object.entries(signals)) {
      const old = defaults[id];
      if (!isObject(setting) || !old) {
        kept[id] = setting;
        continue;
      }
      const fields = Object.fromEntries(Object.entries(setting).filter(([field, value]) => old[field] !== value));
      if (Object.keys(fields).length > 0) kept[id] = fields;
    }
    return setPath(o, path.split('.'), kept);
  };
}

function applyStep(o: JsonObject, step: MigrationStep): JsonObject {
  let current = o;
  for (const [from, to] of step.keys ?? []) current = renameKey(current, from, to);
  for (const [from, to] of step.signals ?? []) current = renameSignal(current, from, to);
  return step.transform ? step.transform(current) : current;
}

/**
 * Brings a stored object of any known version to the current one's shape (not yet validated).
 * `steps` and `target` are parameters so tests can run a table of their own.
 */
export function migrate(stored: JsonObject, steps: Readonly<Record<number, MigrationStep>> = MIGRATIONS, target = SETTINGS_VERSION): Result<JsonObject> {
  const version = stored.version === undefined ? 1 : stored.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return err(`version ${JSON.stringify(version)} is not a settings version`);
  if (version > target) return err(`written by a newer Threadlens (settings version ${version}; this one reads up to ${target})`);
  let current = stored;
  for (let from = version; from < target; from++) {
    const step = steps[from];
    if (!step) return err(`no migration from settings version ${from}`);
    current = { ...applyStep(current, step), version: from + 1 };
  }
  return ok(current);
}

/** Every signal id a migration renamed away: none of them may be a current id (test/unit/shared/settings). */
export function renamedSignalIds(steps: Readonly<Record<number, MigrationStep>> = MIGRATIONS): string[] {
  return Object.values(steps).flatMap((s) => (s.signals ?? []).map(([from]) => from));
}
