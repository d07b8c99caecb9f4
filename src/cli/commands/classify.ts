// `threadlens classify`: scores every row of a CSV or JSON Lines file (or stdin) with the shipped
// classifier and writes one JSON line per row, in input order. It streams: rows are read, scored
// in batches and written, so memory does not grow with the input. Contract: ../shared/contracts/cli.md.
// A row in a language the model's heads do not read (config.json threadlens.languages) gets a
// not-read line, `{"notRead": "language", "language": "de"}`, instead of scores; scored rows also
// say the language they were read as (fields added to the contract's, none changed).
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Command } from '../command.ts';
import type { CliIO } from '../io.ts';
import { inputError, UsageError } from '../errors.ts';
import type { Classifier, PostReading } from '../../classifier/classifier.ts';
import { DEFAULT_BATCH_SIZE } from '../../classifier/classifier.ts';
import type { Dtype } from '../../classifier/shipped-model.ts';
import { loadNodeClassifier, SHIPPED_MODEL_DIR } from '../../classifier/node-classifier.ts';
import type { PostRow } from '../../classifier/input/post-rows.ts';
import { textChunks } from '../../classifier/input/text-chunks.ts';
import { csvPostRows, formatOfName, HeaderError, jsonlPostRows, sniffFormat } from '../../classifier/input/post-rows.ts';

const USAGE = 'threadlens classify [--model DIR] [--dtype q8|fp32] [--text-column NAME] [--batch-size N] [--threads N] [--encoder-only] FILE.csv|FILE.jsonl|-';
/** Texts read ahead before scoring: the core sorts them by length into batches, then order is restored. */
const BATCHES_PER_FLUSH = 8;

async function openInput(file: string, io: CliIO): Promise<AsyncIterable<string>> {
  if (file === '-') return textChunks(io.stdin);
  try {
    if ((await stat(file)).isDirectory()) throw inputError(file, 'is a directory, not a file');
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw inputError(file, 'no such file');
  }
  return textChunks(createReadStream(file, { highWaterMark: 1 << 16 }));
}

function intOption(values: Record<string, string>, name: string, fallback: number, max: number): number {
  const value = values[name] === undefined ? fallback : Number(values[name]);
  if (!Number.isInteger(value) || value < 1 || value > max) throw new UsageError(`--${name} must be an integer from 1 to ${max}. Usage: ${USAGE}`);
  return value;
}

function parseOptions(values: Record<string, string>): { dtype: Dtype; batchSize: number; threads: number } {
  const dtype = values.dtype ?? 'q8';
  if (dtype !== 'q8' && dtype !== 'fp32') throw new UsageError(`--dtype must be q8 or fp32. Usage: ${USAGE}`);
  // One onnxruntime thread by default: batches of short posts gain little from more, and a
  // shared machine or a parallel pipeline of several classify runs loses from spinning threads.
  return { dtype, batchSize: intOption(values, 'batch-size', DEFAULT_BATCH_SIZE, 4096), threads: intOption(values, 'threads', 1, 256) };
}

/** One output line: the row's error, its scores, or why it was not read. */
function line(row: PostRow, reading: PostReading | undefined, classifier: Classifier): string {
  if ('error' in row) return JSON.stringify({ error: row.error });
  if (reading === undefined) throw new Error('classifier returned fewer scores than texts');
  if (!reading.read) return JSON.stringify({ notRead: reading.reason, language: reading.language });
  return JSON.stringify({ scores: reading.scores, flagged: classifier.flagged(reading.scores), language: reading.language });
}

/** Scores rows in batches and writes one line per row, in order. */
export async function writeScores(
  rows: AsyncIterable<PostRow>,
  classifier: Classifier,
  batchSize: number,
  write: (lines: string) => void | Promise<void>,
): Promise<void> {
  let pending: PostRow[] = [];
  let texts: string[] = [];
  const flush = async (): Promise<void> => {
    const readings = await classifier.readPosts(texts);
    let next = 0;
    const lines = pending.map((row) => line(row, 'error' in row ? undefined : readings[next++], classifier));
    // Awaited: the next batch is scored only once the output has taken this one (backpressure).
    if (lines.length > 0) await write(`${lines.join('\n')}\n`);
    pending = [];
    texts = [];
  };
  for await (const row of rows) {
    pending.push(row);
    if ('text' in row) texts.push(row.text);
    // Error rows also count towards a flush, so a file of bad rows streams too.
    if (texts.length >= batchSize * BATCHES_PER_FLUSH || pending.length >= batchSize * BATCHES_PER_FLUSH * 2) await flush();
  }
  await flush();
}

export const command: Command = {
  spec: { name: 'classify', usage: USAGE, values: ['model', 'text-column', 'dtype', 'batch-size', 'threads'], flags: ['encoder-only'], positionals: [1, 1] },
  async run(args, io) {
    const file = args.positionals[0] ?? '-';
    const column = args.values['text-column'] ?? 'text';
    const { dtype, batchSize, threads } = parseOptions(args.values);
    let chunks = await openInput(file, io);
    let format = formatOfName(file);
    if (format === null) ({ format, chunks } = await sniffFormat(chunks));
    const classifier = await loadNodeClassifier(args.values.model ?? SHIPPED_MODEL_DIR, {
      dtype,
      batchSize,
      threads,
      encoderOnly: args.flags.has('encoder-only'),
    });
    try {
      const rows = format === 'csv' ? csvPostRows(chunks, column) : jsonlPostRows(chunks, column);
      await writeScores(rows, classifier, batchSize, io.stdout);
    } catch (e) {
      if (e instanceof HeaderError) throw inputError(file, e.message);
      throw e;
    } finally {
      await classifier.dispose();
    }
    return 0;
  },
};
