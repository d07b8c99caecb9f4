// Runs a models/pipeline script on JSON-string lines, for the Python/TypeScript parity tests.
// Debian's /usr/bin/python3 where it exists (the pyenv python3 on PATH lacks nothing these
// pure-Python scripts need, so either works).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';

export function stressTexts(): string[] {
  return JSON.parse(readFileSync(new URL('../../fixtures/classifier/stress-texts.json', import.meta.url), 'utf8')) as string[];
}

/** One output line per input string; the script reads JSON strings, one a line. */
export function runPython(script: string, args: string[], inputs: readonly string[]): string[] {
  const stdin = inputs.map((t) => JSON.stringify(t)).join('\n') + '\n';
  const out = execFileSync(PYTHON, [`${REPO}models/pipeline/${script}`, ...args], { input: stdin, maxBuffer: 1 << 28 }).toString('utf8');
  return out.split('\n').filter((line) => line !== '');
}
