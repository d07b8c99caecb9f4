// Field-by-field validation of settings at the current version: a missing field takes its default
// silently, a wrong one takes its default and is named in `problems` with its path, every other
// field is kept. Unknown top-level fields are ignored (a newer build may add some).
import { isObject } from '../json-value.ts';
import { SITE_IDS } from '../site-ids.ts';
import { readAllowlist } from './allowlist.ts';
import type { DisplaySettings, ScoringSettings, Settings, SignalOverride } from './schema.ts';
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from './schema.ts';

export interface Checked<T> {
  settings: T;
  /** one line per field that was wrong and replaced by its default, with its path */
  problems: string[];
}

function numberIn(value: unknown, min: number, max: number, fallback: number, path: string, problems: string[]): number {
  if (value === undefined) return fallback;
  if (typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max) return value;
  problems.push(`${path} must be a number from ${min} to ${max}`);
  return fallback;
}

function bool(value: unknown, fallback: boolean, path: string, problems: string[]): boolean {
  if (value === undefined) return fallback;
  if (typeof value === 'boolean') return value;
  problems.push(`${path} must be true or false`);
  return fallback;
}

function objectAt(value: unknown, path: string, problems: string[]): Record<string, unknown> {
  if (value !== undefined && !isObject(value)) problems.push(`${path} must be an object`);
  return isObject(value) ? value : {};
}

function signalOverride(value: unknown, path: string, problems: string[]): SignalOverride {
  const o = objectAt(value, path, problems);
  const out: SignalOverride = {};
  if (o.enabled !== undefined) {
    const before = problems.length;
    const enabled = bool(o.enabled, true, `${path}.enabled`, problems);
    if (problems.length === before) out.enabled = enabled;
  }
  if (o.weight !== undefined) {
    const before = problems.length;
    const weight = numberIn(o.weight, 0, 1, 0, `${path}.weight`, problems);
    if (problems.length === before) out.weight = weight;
  }
  return out;
}

/** Sensitivity and the per-signal overrides; `path` prefixes every problem ("scoring"). */
export function checkScoring(value: unknown, path: string): Checked<ScoringSettings> {
  const problems: string[] = [];
  const v = objectAt(value, path, problems);
  const sensitivity = numberIn(v.sensitivity, 0, 100, DEFAULT_SETTINGS.scoring.sensitivity, `${path}.sensitivity`, problems);
  const signalsIn = objectAt(v.signals, `${path}.signals`, problems);
  const signals: Record<string, SignalOverride> = {};
  for (const [id, raw] of Object.entries(signalsIn)) {
    const override = signalOverride(raw, `${path}.signals.${id}`, problems);
    if (Object.keys(override).length > 0) signals[id] = override;
  }
  return { settings: { sensitivity, signals }, problems };
}

export function checkSettings(value: unknown): Checked<Settings> {
  const problems: string[] = [];
  if (value !== undefined && !isObject(value)) problems.push('the settings must be an object');
  const v = isObject(value) ? value : {};
  const sitesIn = objectAt(v.sites, 'sites', problems);
  const sites = { ...DEFAULT_SETTINGS.sites };
  for (const id of SITE_IDS) sites[id] = bool(sitesIn[id], DEFAULT_SETTINGS.sites[id], `sites.${id}`, problems);
  const displayIn = objectAt(v.display, 'display', problems);
  const display: DisplaySettings = {
    showNone: bool(displayIn.showNone, DEFAULT_SETTINGS.display.showNone, 'display.showNone', problems),
    debug: bool(displayIn.debug, DEFAULT_SETTINGS.display.debug, 'display.debug', problems),
  };
  const scoring = checkScoring(v.scoring, 'scoring');
  problems.push(...scoring.problems);
  const allowlist = readAllowlist(v.allowlist, 'allowlist', problems);
  return { settings: { version: SETTINGS_VERSION, sites, display, scoring: scoring.settings, allowlist }, problems };
}
