// Storage keeps only what differs from the defaults, field by field: moving the sensitivity
// slider stores the sensitivity and nothing else, so a default changed by a later release reaches
// everyone who did not set that very field. Reading a delta back is readSettings (missing fields
// take their defaults).
import { isObject, type JsonObject } from '../json-value.ts';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, type Settings } from './schema.ts';

function diff(value: unknown, base: unknown): unknown {
  if (isObject(value) && isObject(base)) {
    const out: JsonObject = {};
    for (const [key, v] of Object.entries(value)) {
      const d = diff(v, base[key]);
      if (d !== undefined) out[key] = d;
    }
    return Object.keys(out).length > 0 ? out : undefined;
  }
  // lists (the allow-list) and leaves are kept whole when they differ
  return JSON.stringify(value) === JSON.stringify(base) ? undefined : value;
}

export function settingsDelta(settings: Settings): JsonObject {
  const { version: _version, ...rest } = settings;
  const { version: _default, ...defaults } = DEFAULT_SETTINGS;
  const delta = diff(rest, defaults);
  return { version: SETTINGS_VERSION, ...(isObject(delta) ? delta : {}) };
}
