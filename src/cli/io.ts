import { readFile, stat } from 'node:fs/promises';
import { inputError } from './errors.ts';

/** Where a command writes; tests pass their own. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdin: NodeJS.ReadableStream;
}

export const processIO: CliIO = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdin: process.stdin,
};

/** Reads a whole file (or `-` for stdin) as UTF-8; a missing or unreadable file is exit 2 naming it. */
export async function readInput(file: string, io: CliIO): Promise<string> {
  if (file === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of io.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    return Buffer.concat(chunks).toString('utf8');
  }
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw inputError(file, 'is a directory, not a file');
  } catch (e) {
    if (e instanceof Error && e.name === 'UsageError') throw e;
    throw inputError(file, 'no such file');
  }
  try {
    return await readFile(file, 'utf8');
  } catch {
    throw inputError(file, 'cannot be read');
  }
}

/** Parses JSON, naming the file and the position on failure. */
export function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const detail = e instanceof Error ? e.message.split('\n')[0] : 'invalid JSON';
    throw inputError(file, `not valid JSON (${detail})`);
  }
}
