// The scoring part of the user's settings: one sensitivity and, per signal, on/off and a weight.
// Plain JSON, so the options page can store, export and import it. Anything read from storage or a
// file goes through validateScoringSettings, which keeps every good field and puts the default in
// place of each bad one, saying which.
import type { SignalId } from '../shared/report.ts';
import { SIGNAL_IDS } from '../shared/report.ts';

export interface SignalSetting {
  enabled: boolean;
  /** in [0, 1]: how much of the signal's score counts towards the thread's (see docs/scoring.md) */
  weight: number;
}

export interface ScoringSettings {
  /** 0 to 100, default 50: higher shows more threads as suspicious (the level thresholds move down) */
  sensitivity: number;
  signals: Record<SignalId, SignalSetting>;
}

// Weights tuned on the tuning half of the evaluation threads (docs/scoring.md). Toxicity weighs
// least: a rude thread is not a manipulated one.
export const DEFAULT_SIGNAL_WEIGHTS: Record<SignalId, number> = {
  'duplicate-replies': 0.9,
  'reply-burst': 0.3,
  'bot-like-accounts': 0.4,
  'link-flooding': 0.5,
  'platform-labels': 0.8,
  'talking-points': 0.7,
  'cross-thread-copies': 0.6,
  'machine-generated': 0.6,
  'inauthentic-style': 0.5,
  'toxic-language': 0.3,
  'propaganda-language': 0.4,
};

export const DEFAULT_SCORING_SETTINGS: ScoringSettings = {
  sensitivity: 50,
  signals: Object.fromEntries(SIGNAL_IDS.map((id) => [id, { enabled: true, weight: DEFAULT_SIGNAL_WEIGHTS[id] }])) as Record<
    SignalId,
    SignalSetting
  >,
};

export interface ValidatedScoringSettings {
  settings: ScoringSettings;
  /** one line per field that was replaced by its default, with its path ("signals.reply-burst.weight ...") */
  problems: string[];
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function numberIn(value: unknown, min: number, max: number, fallback: number, path: string, problems: string[]): number {
  if (value === undefined) return fallback;
  if (typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max) return value;
  problems.push(`${path} must be a number from ${min} to ${max}`);
  return fallback;
}

function booleanOr(value: unknown, fallback: boolean, path: string, problems: string[]): boolean {
  if (value === undefined) return fallback;
  if (typeof value === 'boolean') return value;
  problems.push(`${path} must be true or false`);
  return fallback;
}

/**
 * Field-by-field validation: missing fields take their default silently, wrong ones take their
 * default and are named in `problems`. Unknown fields are ignored (a newer build may add some).
 */
export function validateScoringSettings(value: unknown, path = ''): ValidatedScoringSettings {
  const problems: string[] = [];
  const at = (field: string): string => (path === '' ? field : `${path}.${field}`);
  if (value !== undefined && !isObject(value)) problems.push(`${path === '' ? 'the settings' : path} must be an object`);
  const v = isObject(value) ? value : {};
  const sensitivity = numberIn(v.sensitivity, 0, 100, DEFAULT_SCORING_SETTINGS.sensitivity, at('sensitivity'), problems);
  if (v.signals !== undefined && !isObject(v.signals)) problems.push(`${at('signals')} must be an object`);
  const signalsIn = isObject(v.signals) ? v.signals : {};
  const signals = {} as Record<SignalId, SignalSetting>;
  for (const id of SIGNAL_IDS) {
    const fallback = DEFAULT_SCORING_SETTINGS.signals[id];
    const s = signalsIn[id];
    if (s !== undefined && !isObject(s)) problems.push(`${at(`signals.${id}`)} must be an object`);
    const o = isObject(s) ? s : {};
    signals[id] = {
      enabled: booleanOr(o.enabled, fallback.enabled, at(`signals.${id}.enabled`), problems),
      weight: numberIn(o.weight, 0, 1, fallback.weight, at(`signals.${id}.weight`), problems),
    };
  }
  return { settings: { sensitivity, signals }, problems };
}
