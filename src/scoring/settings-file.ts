// What `threadlens score --settings FILE` accepts: a bare ScoringSettings object, or the options
// page's export, an object with a `scoring` field (ScoringSettings) and an `allowlist` field.
import type { ScoringSettings } from './scoring-settings.ts';
import { validateScoringSettings } from './scoring-settings.ts';

export interface SettingsFile {
  scoring: ScoringSettings;
  allowlist: string[];
  /** fields that were wrong and replaced by defaults, each with its path */
  problems: string[];
}

export function readSettingsFile(value: unknown): SettingsFile {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { scoring: validateScoringSettings({}).settings, allowlist: [], problems: ['the settings must be a JSON object'] };
  }
  const v = value as Record<string, unknown>;
  const wrapped = 'scoring' in v || 'allowlist' in v;
  const { settings, problems } = validateScoringSettings(wrapped ? v.scoring : v, wrapped ? 'scoring' : '');
  const allowlist: string[] = [];
  if (wrapped && v.allowlist !== undefined) {
    if (!Array.isArray(v.allowlist)) problems.push('allowlist must be an array of handles');
    else
      v.allowlist.forEach((h, i) => {
        if (typeof h === 'string') allowlist.push(h);
        else problems.push(`allowlist[${i}] must be a string`);
      });
  }
  return { scoring: settings, allowlist, problems };
}
