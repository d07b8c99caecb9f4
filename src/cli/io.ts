import { readFile, stat } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import { inputError } from './errors.ts';

/** Where a command writes; tests pass their own. A write's promise settles when the stream can take more. */
export interface CliIO {
  stdout: (text: string) => void | Promise<void>;
  stderr: (text: string) => void | Promise<void>;
  stdin: NodeJS.ReadableStream;
}

/**
 * Thrown by a write once the reader of the output has gone (`threadlens classify big.csv | head -1`):
 * the command stops where it is and `main` ends with exit 0 and no message, as `cat` or `grep` do.
 */
export class OutputClosed extends Error {
  override readonly name = 'OutputClosed';
  constructor() {
    super('output closed by its reader');
  }
}

// EPIPE: the pipe's reader exited; the others: a write after Node already tore the stream down.
const CLOSED_CODES = new Set(['EPIPE', 'ECONNRESET', 'ERR_STREAM_DESTROYED', 'ERR_STREAM_WRITE_AFTER_END']);

function isClosedOutput(e: Error): boolean {
  const code = (e as NodeJS.ErrnoException).code;
  return code !== undefined && CLOSED_CODES.has(code);
}

/**
 * Writes that wait for `drain` when the stream's buffer is full, so a fast producer (classify)
 * never piles output up in memory behind a slow reader. The stream's `error` event is taken here,
 * once: without a listener Node turns EPIPE into an uncaught exception with a stack trace.
 */
export function streamWriter(stream: Writable): (text: string) => Promise<void> {
  let failure: Error | null = null;
  let listening = false;
  const fail = (e: Error | null | undefined): void => {
    if (e) failure ??= e;
  };
  return async (text) => {
    if (!listening) {
      listening = true;
      stream.on('error', fail);
    }
    // A destroyed stream never emits `drain` or `close` again: fail now instead of waiting forever.
    if (failure === null && stream.destroyed) failure = Object.assign(new Error('write after the stream closed'), { code: 'ERR_STREAM_DESTROYED' });
    if (failure === null && !stream.write(text, fail)) {
      await new Promise<void>((resolve) => {
        const done = (): void => {
          stream.off('drain', done);
          stream.off('close', done);
          stream.off('error', done);
          resolve();
        };
        stream.on('drain', done);
        stream.on('close', done);
        stream.on('error', done);
      });
    }
    if (failure !== null) throw isClosedOutput(failure) ? new OutputClosed() : failure;
  };
}

let stdoutWriter: ((text: string) => Promise<void>) | undefined;
let stderrWriter: ((text: string) => Promise<void>) | undefined;

/** The process's own streams; the writers are made on first use, so importing this does nothing. */
export const processIO: CliIO = {
  stdout: (text) => (stdoutWriter ??= streamWriter(process.stdout))(text),
  // A closed standard error has nobody left to tell: its failures are dropped.
  stderr: (text) => (stderrWriter ??= streamWriter(process.stderr))(text).catch(() => undefined),
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
