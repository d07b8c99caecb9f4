// Which settings a report was scored with, as a short key: the background sends it with every
// answer, and a tab shows an answer only when the key matches the settings it holds now. Both read
// the same storage, so after a change they agree without either waiting for the other.
import { fnv1a } from '../hash.ts';
import type { Settings } from './schema.ts';

export function scoringKey(settings: Pick<Settings, 'scoring' | 'allowlist'>): string {
  return fnv1a(JSON.stringify(settings.scoring) + JSON.stringify(settings.allowlist)).toString(36);
}
