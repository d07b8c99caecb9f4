// `threadlens report [--format html|json] [--settings FILE] [--model DIR] [--out FILE] FILE.json|-`:
// the evidence report of one Thread (src/evidence): HTML by default, a self-contained file that
// loads and runs nothing; JSON is the same evidence as data (docs/evidence.schema.json). Scored by
// the same scoreThread, with the same settings file, as `threadlens score`. The HTML is written as
// it is made, so a 20,000-post thread never sits in memory twice.
import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { once } from 'node:events';
import type { Command } from '../command.ts';
import { inputError, UsageError } from '../errors.ts';
import type { CliIO } from '../io.ts';
import { parseJson, readInput } from '../io.ts';
import { buildEvidence } from '../../evidence/evidence.ts';
import { evidenceHtml } from '../../evidence/evidence-html.ts';
import { loadSettings, scoreWithCliModel } from '../score-options.ts';
import { DEFAULT_SETTINGS } from '../../shared/settings/schema.ts';
import { validateThread } from '../../shared/validate-thread.ts';

const FORMATS = ['html', 'json'] as const;
type Format = (typeof FORMATS)[number];

export const command: Command = {
  spec: {
    name: 'report',
    usage: 'threadlens report [--format html|json] [--settings FILE] [--model DIR] [--out FILE] FILE.json|-',
    values: ['format', 'settings', 'model', 'out'],
    positionals: [1, 1],
  },
  async run(args, io) {
    const format = (args.values.format ?? 'html') as Format;
    if (!FORMATS.includes(format)) throw new UsageError(`--format must be html or json, not "${args.values.format}"`);
    const settings = args.values.settings === undefined ? DEFAULT_SETTINGS : await loadSettings(args.values.settings, io);
    const file = args.positionals[0] ?? '-';
    const thread = validateThread(parseJson(await readInput(file, io), file));
    if (!thread.ok) throw inputError(file, thread.error);
    const now = Date.now();
    const report = await scoreWithCliModel(thread.value, settings, args.values.model, now);
    const evidence = await buildEvidence({
      thread: thread.value,
      report,
      scoring: settings.scoring,
      allowlist: settings.allowlist,
      threadlensVersion: await threadlensVersion(),
      now,
    });
    const chunks = format === 'json' ? oneChunk(`${JSON.stringify(evidence, null, 2)}\n`) : evidenceHtml(evidence);
    await write(chunks, args.values.out, io);
    return 0;
  },
};

async function* oneChunk(text: string): AsyncGenerator<string> {
  yield text;
}

/** To --out FILE (waiting whenever the file's buffer is full) or to standard output. */
async function write(chunks: AsyncIterable<string>, out: string | undefined, io: CliIO): Promise<void> {
  if (out === undefined || out === '-') {
    for await (const chunk of chunks) await io.stdout(chunk);
    return;
  }
  const stream = createWriteStream(out, { encoding: 'utf8' });
  const failed = new Promise<never>((_, reject) => stream.once('error', (e) => reject(inputError(out, `cannot be written (${e.message})`))));
  failed.catch(() => undefined);
  for await (const chunk of chunks) {
    if (!stream.write(chunk)) await Promise.race([once(stream, 'drain'), failed]);
  }
  stream.end();
  await Promise.race([once(stream, 'finish'), failed]);
}

async function threadlensVersion(): Promise<string> {
  const pkg = JSON.parse(await readFile(new URL('../../../package.json', import.meta.url), 'utf8')) as { version?: unknown };
  return typeof pkg.version === 'string' ? pkg.version : 'unknown';
}
