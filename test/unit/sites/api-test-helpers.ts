// Shared by the importer and CLI tests: the third-party fixtures of ../shared, read in place (never
// copied into the repo) and skipped with a note when absent; a checked import; the CLI with its
// output captured.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Readable } from 'node:stream';
import { expect } from 'vitest';
import { main } from '../../../src/cli/main.ts';
import { validateThread } from '../../../src/shared/validate-thread.ts';
import type { Result } from '../../../src/shared/result.ts';
import type { Thread } from '../../../src/shared/thread.ts';

export const SHARED_FIXTURES = resolve('../shared/fixtures');
export const sharedFixturesMissing = !existsSync(SHARED_FIXTURES);
export const skipNote = sharedFixturesMissing ? ' (skipped: ../shared/fixtures not found next to the repo)' : '';

export function sharedFixture(path: string): unknown {
  return JSON.parse(readFileSync(resolve(SHARED_FIXTURES, path), 'utf8')) as unknown;
}

/** The imported Thread, after checking that it survives JSON and follows the schema. */
export function importedThread(result: Result<Thread>): Thread {
  if (!result.ok) throw new Error(result.error);
  expect(validateThread(JSON.parse(JSON.stringify(result.value)))).toEqual({ ok: true, value: result.value });
  return result.value;
}

export async function runCli(argv: string[], stdin = ''): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { stdout: (t) => void (out += t), stderr: (t) => void (err += t), stdin: Readable.from([stdin]) });
  return { code, out, err };
}
