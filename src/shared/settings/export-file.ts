// The options page's backup file: every setting, marked so that it is recognised on import.
import { err, type Result } from '../result.ts';
import { readSettingsStrict } from './read-settings.ts';
import type { Settings } from './schema.ts';

export function exportSettings(settings: Settings): string {
  return `${JSON.stringify({ threadlens: 'settings', ...settings }, null, 2)}\n`;
}

/** Reads an exported file strictly: any problem rejects it whole, with a message naming it. */
export function importSettings(text: string): Result<Settings> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return err(`This file is not valid JSON (${e instanceof Error ? e.message : 'parse error'}). Nothing was changed.`);
  }
  const read = readSettingsStrict(value);
  if (read.ok) return read;
  return err(`${IMPORT_WORDS[read.error] ?? `This file ${wording(read.error)}`}. Nothing was changed.`);
}

const IMPORT_WORDS: Record<string, string> = {
  'expected a JSON object': 'This file does not hold Threadlens settings (expected a JSON object)',
  'not a Threadlens settings export': 'This file is not a Threadlens settings export',
  'holds no Threadlens setting': 'This file holds no Threadlens setting',
};

function wording(error: string): string {
  if (error.startsWith('bad setting: ')) return `has a ${error}`;
  return `was ${error}`;
}
