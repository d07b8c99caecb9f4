// The scoring settings as scoring reads them: the user's overrides (src/shared/settings/) over
// each signal's definition. Resolving here, not in storage, is what lets a default weight changed
// in a signal's file reach every user who did not move that weight.
import type { ScoringSettings, SignalSetting } from '../shared/settings/schema.ts';
import { DEFAULT_SCORING } from '../shared/settings/schema.ts';
import { SIGNALS, signalById, type SignalId } from '../signals/registry.ts';

export interface ResolvedScoring {
  sensitivity: number;
  signals: Record<SignalId, SignalSetting>;
}

/** A signal's setting: the user's field where set, else its definition's default (on; its weight). */
export function signalSetting(scoring: ScoringSettings, id: string): SignalSetting {
  const override = scoring.signals[id];
  return {
    enabled: override?.enabled ?? true,
    weight: override?.weight ?? signalById(id)?.defaultWeight ?? 0,
  };
}

export function resolveScoring(scoring: ScoringSettings): ResolvedScoring {
  const signals = Object.fromEntries(SIGNALS.map((s) => [s.id, signalSetting(scoring, s.id)])) as Record<SignalId, SignalSetting>;
  return { sensitivity: scoring.sensitivity, signals };
}

/** Every signal on at its default weight, written out (what an export of untouched settings means). */
export const DEFAULT_SCORING_SETTINGS: ResolvedScoring = resolveScoring(DEFAULT_SCORING);

/**
 * The scoring settings with one signal's fields changed. A field set back to its default is
 * dropped rather than stored, so it follows later default changes again.
 */
export function withSignalSetting(scoring: ScoringSettings, id: string, change: Partial<SignalSetting>): ScoringSettings {
  const definition = signalById(id);
  const merged = { ...scoring.signals[id], ...change };
  const kept = Object.fromEntries(
    Object.entries(merged).filter(([field, value]) => !(field === 'enabled' ? value === true : definition !== undefined && value === definition.defaultWeight)),
  );
  const { [id]: _old, ...others } = scoring.signals;
  return { ...scoring, signals: Object.keys(kept).length > 0 ? { ...others, [id]: kept } : others };
}
