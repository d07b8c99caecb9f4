// The user's settings: typed, versioned, validated on read field by field (a bad field falls back
// to its default, the others survive), migrated by tested steps. Pure: storage lives in
// settings-store.ts. Defaults are never written to storage: only what the user changed is.
import { normaliseHandle } from '../signals/normalise-handle.ts';
import { DEFAULT_SCORING_SETTINGS, validateScoringSettings, type ScoringSettings } from '../scoring/scoring-settings.ts';
import { err, ok, type Result } from './result.ts';

export const SITE_IDS = ['x', 'bluesky', 'mastodon', 'reddit'] as const;
export type SiteId = (typeof SITE_IDS)[number];

export const SETTINGS_VERSION = 2;

export interface DisplaySettings {
  /** show the badge on threads where nothing was found */
  showNone: boolean;
  /** per post: what was parsed, each signal, model scores, time spent */
  debug: boolean;
}

export interface Settings {
  version: typeof SETTINGS_VERSION;
  /** sites Threadlens runs on (only those with an adapter do anything) */
  sites: Record<SiteId, boolean>;
  display: DisplaySettings;
  /** sensitivity, and per signal on/off and weight */
  scoring: ScoringSettings;
  /** accounts never flagged: normalised handles (no @, lower case) */
  allowlist: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  sites: { x: true, bluesky: true, mastodon: true, reddit: true },
  display: { showNone: true, debug: false },
  scoring: DEFAULT_SCORING_SETTINGS,
  allowlist: [],
};

/** Most handles an allow-list keeps: beyond this it is a block-list in disguise, and slow. */
export const MAX_ALLOWLIST = 5000;
const HANDLE = /^[\p{L}\p{N}_.\-@]{1,253}$/u;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

export interface ValidatedSettings {
  settings: Settings;
  /** one line per field that was wrong and replaced by its default, with its path */
  problems: string[];
}

function bool(value: unknown, fallback: boolean, path: string, problems: string[]): boolean {
  if (value === undefined) return fallback;
  if (typeof value === 'boolean') return value;
  problems.push(`${path} must be true or false`);
  return fallback;
}

/** A handle as the allow-list keeps it, or null when it cannot be one. */
export function allowlistHandle(raw: string): string | null {
  const handle = normaliseHandle(raw);
  return HANDLE.test(handle) ? handle : null;
}

function allowlistFrom(value: unknown, problems: string[]): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    problems.push('allowlist must be an array of handles');
    return [];
  }
  const out = new Set<string>();
  value.forEach((raw, i) => {
    const handle = typeof raw === 'string' ? allowlistHandle(raw) : null;
    if (handle === null) problems.push(`allowlist[${i}] is not an account handle`);
    else if (out.size < MAX_ALLOWLIST) out.add(handle);
  });
  if (value.length > MAX_ALLOWLIST) problems.push(`allowlist keeps at most ${MAX_ALLOWLIST} handles`);
  return [...out];
}

/** Field-by-field validation of a settings object at the current version. */
export function checkSettings(value: unknown): ValidatedSettings {
  const problems: string[] = [];
  if (value !== undefined && !isObject(value)) problems.push('the settings must be an object');
  const v = isObject(value) ? value : {};
  const sites = { ...DEFAULT_SETTINGS.sites };
  if (v.sites !== undefined && !isObject(v.sites)) problems.push('sites must be an object');
  const sitesIn = isObject(v.sites) ? v.sites : {};
  for (const id of SITE_IDS) sites[id] = bool(sitesIn[id], DEFAULT_SETTINGS.sites[id], `sites.${id}`, problems);
  if (v.display !== undefined && !isObject(v.display)) problems.push('display must be an object');
  const displayIn = isObject(v.display) ? v.display : {};
  const display: DisplaySettings = {
    showNone: bool(displayIn.showNone, DEFAULT_SETTINGS.display.showNone, 'display.showNone', problems),
    debug: bool(displayIn.debug, DEFAULT_SETTINGS.display.debug, 'display.debug', problems),
  };
  const scoring = validateScoringSettings(v.scoring, 'scoring');
  problems.push(...scoring.problems);
  const allowlist = allowlistFrom(v.allowlist, problems);
  return { settings: { version: SETTINGS_VERSION, sites, display, scoring: scoring.settings, allowlist }, problems };
}

export function validateSettings(value: unknown): Settings {
  return checkSettings(value).settings;
}

/** Steps from version n to n + 1, applied in order to whatever storage or a file holds. */
export const MIGRATIONS: Record<number, (old: Json) => Json> = {
  // 1 -> 2 (2026-11): display options moved under `display`; scoring settings and the allow-list arrived.
  1: ({ showNone, debug, ...rest }) => ({
    ...rest,
    version: 2,
    display: { ...(showNone === undefined ? {} : { showNone }), ...(debug === undefined ? {} : { debug }) },
  }),
};

/** Brings a stored object of any known version to the current one's shape (not yet validated). */
export function migrate(stored: Json): Result<Json> {
  let current = stored;
  const version = current.version === undefined ? 1 : current.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return err(`version ${JSON.stringify(version)} is not a settings version`);
  if (version > SETTINGS_VERSION) return err(`written by a newer Threadlens (settings version ${version}; this one reads up to ${SETTINGS_VERSION})`);
  for (let from = version; from < SETTINGS_VERSION; from++) {
    const step = MIGRATIONS[from];
    if (!step) return err(`no migration from settings version ${from}`);
    current = step(current);
  }
  return ok(current);
}

/**
 * What extension storage holds, as settings: never fails. Unknown shapes and versions from a newer
 * build fall back field by field (a newer build's fields we know keep their values).
 */
export function migrateSettings(stored: unknown): Settings {
  if (!isObject(stored)) return validateSettings({});
  const migrated = migrate(stored);
  return validateSettings(migrated.ok ? migrated.value : stored);
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

/** The export file: every setting, marked so that it is recognised on import. */
export function exportSettings(settings: Settings): string {
  return `${JSON.stringify({ threadlens: 'settings', ...settings }, null, 2)}\n`;
}

/**
 * Reads an exported settings file strictly: any problem rejects the whole file with a message
 * that names it, so a bad file changes nothing.
 */
export function importSettings(text: string): Result<Settings> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return err(`This file is not valid JSON (${e instanceof Error ? e.message : 'parse error'}). Nothing was changed.`);
  }
  if (!isObject(value)) return err('This file does not hold Threadlens settings (expected a JSON object). Nothing was changed.');
  const { threadlens, ...rest } = value;
  if (threadlens !== undefined && threadlens !== 'settings') return err('This file is not a Threadlens settings export. Nothing was changed.');
  const known = ['version', 'sites', 'display', 'scoring', 'allowlist', 'showNone', 'debug'];
  if (!Object.keys(rest).some((k) => known.includes(k))) return err('This file holds no Threadlens setting. Nothing was changed.');
  const migrated = migrate(rest);
  if (!migrated.ok) return err(`This file was ${migrated.error}. Nothing was changed.`);
  const { settings, problems } = checkSettings(migrated.value);
  if (problems.length > 0) {
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : '';
    return err(`This file has a bad setting: ${problems[0]}${more}. Nothing was changed.`);
  }
  return ok(settings);
}
