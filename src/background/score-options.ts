// The scoring inputs the user's settings give (the same mapping `threadlens score --settings` uses).
import type { ScoreOptions } from '../scoring/score-thread.ts';
import { DEFAULT_SCORING_SETTINGS } from '../scoring/scoring-settings.ts';
import type { Settings } from '../shared/settings.ts';

export function scoreOptionsFrom(_settings: Settings): Pick<ScoreOptions, 'scoring' | 'allowlist'> {
  return { scoring: DEFAULT_SCORING_SETTINGS, allowlist: [] };
}
