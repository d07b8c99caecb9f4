// The user's settings: typed, versioned, validated on read field by field (a bad field falls back
// to its default, the others survive), migrated by tested steps. Pure: storage lives in
// settings-store.ts. Defaults are never written to storage: only what the user changed is.

export const SITE_IDS = ['x', 'bluesky', 'mastodon', 'reddit'] as const;
export type SiteId = (typeof SITE_IDS)[number];

export const SETTINGS_VERSION = 1;

export interface Settings {
  version: typeof SETTINGS_VERSION;
  /** sites Threadlens runs on (only those with an adapter do anything) */
  sites: Record<SiteId, boolean>;
  /** show the badge on threads where nothing was found */
  showNone: boolean;
  /** per post: what was parsed, each signal, model scores, time spent */
  debug: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  sites: { x: true, bluesky: true, mastodon: true, reddit: true },
  showNone: true,
  debug: false,
};

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const bool = (v: unknown, fallback: boolean): boolean => (typeof v === 'boolean' ? v : fallback);

/** Field-by-field validation of a settings object already at the current version. */
export function validateSettings(value: unknown): Settings {
  const v = isObject(value) ? value : {};
  const sitesIn = isObject(v.sites) ? v.sites : {};
  const sites = { ...DEFAULT_SETTINGS.sites };
  for (const id of SITE_IDS) sites[id] = bool(sitesIn[id], DEFAULT_SETTINGS.sites[id]);
  return {
    version: SETTINGS_VERSION,
    sites,
    showNone: bool(v.showNone, DEFAULT_SETTINGS.showNone),
    debug: bool(v.debug, DEFAULT_SETTINGS.debug),
  };
}

/** Steps from version n to n + 1, applied in order to whatever storage holds. */
export const MIGRATIONS: Record<number, (old: Json) => Json> = {};

/** Brings a stored object of any known version to the current one; unknown shapes start over. */
export function migrateSettings(stored: unknown): Settings {
  if (!isObject(stored)) return validateSettings({});
  let current: Json = stored;
  let version = typeof current.version === 'number' && Number.isInteger(current.version) ? current.version : 1;
  if (version > SETTINGS_VERSION) return validateSettings(current); // written by a newer build: keep what we understand
  while (version < SETTINGS_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) return validateSettings({});
    current = step(current);
    version++;
  }
  return validateSettings(current);
}

/** What differs from the defaults: the only thing written to storage. */
export function settingsDelta(settings: Settings): Json {
  const delta: Json = { version: SETTINGS_VERSION };
  const defaults = DEFAULT_SETTINGS as unknown as Json;
  for (const [key, value] of Object.entries(settings)) {
    if (key === 'version') continue;
    if (JSON.stringify(value) !== JSON.stringify(defaults[key])) delta[key] = value;
  }
  return delta;
}
