// The user's settings: their shape and defaults. Pure data, no browser and no signal code: the
// per-signal defaults live in each signal's definition (src/signals/), so `scoring.signals` holds
// only what the user set, field by field, and a later change of a default weight reaches every
// user who never moved that weight (src/scoring/scoring-settings.ts resolves the two).
import type { SiteId } from '../site-ids.ts';

/** 3 (2026-12): scoring.signals holds per-field overrides, not every signal's full setting. */
export const SETTINGS_VERSION = 3;

export interface SignalSetting {
  enabled: boolean;
  /** in [0, 1]: how much of the signal's score counts towards the thread's (docs/scoring.md) */
  weight: number;
}

/** What the user set for one signal; a missing field follows the signal's definition. */
export type SignalOverride = Partial<SignalSetting>;

export interface ScoringSettings {
  /** 0 to 100, default 50: higher shows more threads as suspicious (the level thresholds move down) */
  sensitivity: number;
  /** by signal id; ids this build does not know are kept (a newer build wrote them) and not scored */
  signals: Record<string, SignalOverride>;
}

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
  /** sensitivity, and per signal on/off and weight where the user changed them */
  scoring: ScoringSettings;
  /** accounts never flagged: normalised handles (no @, lower case) */
  allowlist: string[];
}

export const DEFAULT_SCORING: ScoringSettings = { sensitivity: 50, signals: {} };

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  sites: { x: true, bluesky: true, mastodon: true, reddit: true },
  display: { showNone: true, debug: false },
  scoring: DEFAULT_SCORING,
  allowlist: [],
};

/** Most handles an allow-list keeps: beyond this it is a block-list in disguise, and slow. */
export const MAX_ALLOWLIST = 5000;
