// The scoring inputs the user's settings give (the same mapping `threadlens score --settings` uses).
import type { ScoreOptions } from '../scoring/score-thread.ts';
import type { Settings } from '../shared/settings.ts';

export function scoreOptionsFrom(settings: Settings): Pick<ScoreOptions, 'scoring' | 'allowlist'> {
  return { scoring: settings.scoring, allowlist: settings.allowlist };
}
