// `threadlens`: the extension's core in Node. Contract: ../shared/contracts/cli.md.
// Commands load lazily so that `parse` never pays for the classifier's start-up.
import { parseArgs } from './args.ts';
import type { Command } from './command.ts';
import { printable, UsageError } from './errors.ts';
import type { CliIO } from './io.ts';
import { OutputClosed, processIO } from './io.ts';

const COMMANDS: Record<string, () => Promise<Command>> = {
  parse: async () => (await import('./commands/parse.ts')).command,
  import: async () => (await import('./commands/import.ts')).command,
  score: async () => (await import('./commands/score.ts')).command,
  report: async () => (await import('./commands/report.ts')).command,
  classify: async () => (await import('./commands/classify.ts')).command,
  eval: async () => (await import('./commands/eval.ts')).command,
  bench: async () => (await import('./commands/bench.ts')).command,
};

const HELP = `threadlens: label manipulated social-media threads, on your own machine

Usage:
  threadlens parse --site <x|bluesky|mastodon|reddit|auto> FILE.html
  threadlens import --from <bluesky-api|mastodon-api> FILE.json
  threadlens score [--model DIR] [--settings FILE] FILE.json|-
  threadlens report [--format html|json] [--settings FILE] [--model DIR] [--out FILE] FILE.json|-
  threadlens classify [--model DIR] [--text-column NAME] FILE.csv|FILE.jsonl|-
  threadlens bench [--json] [--runs N] [--skip-extension]
  threadlens eval [--json]
`;

export async function main(argv: readonly string[], io: CliIO = processIO): Promise<number> {
  try {
    return await run(argv, io);
  } catch (e) {
    // The reader of our output went away (`| head -1`): what it wanted, it has. This is the one place it is handled.
    if (e instanceof OutputClosed) return 0;
    throw e;
  }
}

async function run(argv: readonly string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    await io.stdout(HELP);
    return name === undefined ? 2 : 0;
  }
  const load = COMMANDS[name];
  if (!load) {
    await io.stderr(`threadlens: unknown command "${printable(name)}" (try: ${Object.keys(COMMANDS).join(', ')})\n`);
    return 2;
  }
  try {
    const command = await load();
    return await command.run(parseArgs(command.spec, rest), io);
  } catch (e) {
    if (e instanceof OutputClosed) throw e;
    if (e instanceof UsageError) {
      await io.stderr(`threadlens ${name}: ${printable(e.message)}\n`);
      return 2;
    }
    const message = e instanceof Error ? e.message : String(e);
    await io.stderr(`threadlens ${name}: ${printable(message.split('\n')[0] ?? '')}\n`);
    if (process.env.THREADLENS_DEBUG) await io.stderr(`${e instanceof Error ? (e.stack ?? '') : ''}\n`);
    return 1;
  }
}
