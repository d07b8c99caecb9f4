// `threadlens score [--model DIR] [--settings FILE] [--memory FILE] FILE.json...|-`: the Report JSON
// of each Thread, made by exactly the scoring the extension runs (contract: ../shared/contracts/cli.md).
// One file and no --memory: one Report, as before. Several files: one Report per line, in order,
// scored one after another with one cross-thread memory, as the browser meets threads; --memory
// keeps that memory in FILE between calls (created if missing; a corrupt, foreign or oversized
// file is rebuilt or trimmed with a one-line note on standard error, never a failure).
import { readFile, rename, writeFile } from 'node:fs/promises';
import type { Command } from '../command.ts';
import { inputError } from '../errors.ts';
import { parseJson, readInput } from '../io.ts';
import { loadSettings, scoreManyWithCliModel } from '../score-options.ts';
import { validateThread } from '../../shared/validate-thread.ts';
import { DEFAULT_SETTINGS } from '../../shared/settings/schema.ts';
import type { Thread } from '../../shared/thread.ts';
import { CrossThreadMemory } from '../../memory/cross-thread-memory.ts';
import { UsageError } from '../errors.ts';
import type { CliIO } from '../io.ts';

export const command: Command = {
  spec: {
    name: 'score',
    usage: 'threadlens score [--model DIR] [--settings FILE] [--memory FILE] FILE.json...|-',
    values: ['model', 'settings', 'memory'],
    positionals: [1, Number.MAX_SAFE_INTEGER],
  },
  async run(args, io) {
    const settings = args.values.settings === undefined ? DEFAULT_SETTINGS : await loadSettings(args.values.settings, io);
    const files = args.positionals;
    if (files.filter((f) => f === '-').length > 1) throw new UsageError('standard input (-) can be read only once');
    // every file is read and checked before any is scored: a bad file is exit 2 with nothing half-done
    const threads: Thread[] = [];
    for (const file of files) {
      const thread = validateThread(parseJson(await readInput(file, io), file));
      if (!thread.ok) throw inputError(file, thread.error);
      threads.push(thread.value);
    }
    const memoryFile = args.values.memory;
    // one file and no --memory: one Report, no memory (as before); otherwise one memory for them all
    const memory =
      threads.length === 1 && memoryFile === undefined ? undefined : memoryFile === undefined ? new CrossThreadMemory() : await loadMemory(memoryFile, io);
    const reports = await scoreManyWithCliModel(threads, settings, args.values.model, Date.now(), memory);
    if (reports.length === 1) await io.stdout(`${JSON.stringify(reports[0], null, 2)}\n`);
    else for (const report of reports) await io.stdout(`${JSON.stringify(report)}\n`);
    if (memoryFile !== undefined && memory !== undefined) await saveMemory(memoryFile, memory);
    return 0;
  },
};

/** The memory kept in FILE; a missing file is a new memory, an unreadable one a new memory and a note. */
async function loadMemory(file: string, io: CliIO): Promise<CrossThreadMemory> {
  if (file === '-') throw new UsageError('--memory needs a file, not standard input');
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return new CrossThreadMemory();
    throw inputError(file, 'cannot be read');
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = 'not JSON';
  }
  const { memory, note } = CrossThreadMemory.fromJSON(value, Date.now());
  if (note !== undefined) await io.stderr(`threadlens score: ${file}: ${note}\n`);
  return memory;
}

/** Written beside and renamed over, so an interrupted run never leaves half a memory file. */
async function saveMemory(file: string, memory: CrossThreadMemory): Promise<void> {
  const partial = `${file}.partial`;
  await writeFile(partial, `${JSON.stringify(memory.toJSON())}\n`);
  await rename(partial, file);
}
