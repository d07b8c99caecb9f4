// Rows of posts to classify, from CSV or JSON Lines text chunks: each row is the text of its
// text column, or the reason it has none. A missing text column in a CSV header is the caller's
// exit 2; everything wrong with a single row stays with that row.
import { csvRecords } from '../../shared/csv-records.ts';
import { textLines } from './text-lines.ts';
import { isObject } from '../../shared/json-value.ts';

export type PostRow = { text: string } | { error: string };
export type InputFormat = 'csv' | 'jsonl';

/** The header's problem, thrown before any row is read (exit 2 naming the file). */
export class HeaderError extends Error {
  override readonly name = 'HeaderError';
}

/** The format by file name; `null` when the name does not say (stdin, other extensions). */
export function formatOfName(file: string): InputFormat | null {
  const lower = file.toLowerCase();
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) return 'jsonl';
  return null;
}

/** Decides the format from the first visible character ("{" = JSON Lines) and replays the chunks. */
export async function sniffFormat(chunks: AsyncIterable<string>): Promise<{ format: InputFormat; chunks: AsyncIterable<string> }> {
  const iterator = chunks[Symbol.asyncIterator]();
  const seen: string[] = [];
  let format: InputFormat = 'csv';
  for (;;) {
    const next = await iterator.next();
    if (next.done) break;
    seen.push(next.value);
    const visible = next.value.replace(/^[\ufeff\s]+/u, '');
    if (visible !== '') {
      format = visible.startsWith('{') ? 'jsonl' : 'csv';
      break;
    }
  }
  async function* replay(): AsyncGenerator<string> {
    yield* seen;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value;
    }
  }
  return { format, chunks: replay() };
}

export async function* csvPostRows(chunks: AsyncIterable<string>, column: string): AsyncGenerator<PostRow> {
  let index = -1;
  let width = 0;
  for await (const record of csvRecords(chunks)) {
    if (index === -1) {
      if (!record.fields.ok) throw new HeaderError(`header row unreadable (${record.fields.error})`);
      index = record.fields.value.indexOf(column);
      width = record.fields.value.length;
      if (index === -1) throw new HeaderError(`no "${column}" column in the header (columns: ${record.fields.value.join(', ')})`);
      continue;
    }
    if (!record.fields.ok) yield { error: `line ${record.line}: ${record.fields.error}` };
    else if (record.fields.value.length !== width) yield { error: `line ${record.line}: ${record.fields.value.length} fields, the header has ${width}` };
    else yield { text: record.fields.value[index] ?? '' };
  }
  if (index === -1) throw new HeaderError('empty: no header row');
}

export async function* jsonlPostRows(chunks: AsyncIterable<string>, column: string): AsyncGenerator<PostRow> {
  for await (const { line, text } of textLines(chunks)) {
    if (!text.ok) {
      yield { error: `line ${line}: ${text.error}` };
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(text.value);
    } catch (e) {
      yield { error: `line ${line}: not valid JSON (${e instanceof Error ? e.message.split('\n')[0] : 'syntax error'})` };
      continue;
    }
    if (!isObject(value)) {
      yield { error: `line ${line}: not a JSON object` };
      continue;
    }
    const field = value[column];
    if (typeof field === 'string') yield { text: field };
    else yield { error: `line ${line}: ${field === undefined || field === null ? 'no' : 'non-string'} "${column}" value` };
  }
}
