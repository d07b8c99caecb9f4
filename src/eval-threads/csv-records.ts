// RFC 4180 CSV, streamed: quoted fields may hold commas, doubled quotes and newlines, and a record
// may span chunk boundaries. The IRA file is 134 MB: it is read in chunks, never whole.
import { createReadStream } from 'node:fs';

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

type State = 'start' | 'plain' | 'quoted' | 'quoteInQuoted';

export async function* csvRecords(chunks: AsyncIterable<string | Buffer>): AsyncGenerator<string[]> {
  let state: State = 'start';
  let field = '';
  let record: string[] = [];
  let skipLf = false;
  for await (const chunk of chunks) {
    const s = typeof chunk === 'string' ? chunk : chunk.toString('utf8');
    // text of the current field runs from `from` to the current index, unless a state change flushes it
    let from = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (skipLf) {
        skipLf = false;
        if (c === LF) {
          from = i + 1;
          continue;
        }
      }
      if (state === 'quoted') {
        if (c === QUOTE) {
          field += s.slice(from, i);
          from = i + 1;
          state = 'quoteInQuoted';
        }
        continue;
      }
      if (state === 'quoteInQuoted') {
        if (c === QUOTE) {
          // "" inside quotes: one literal quote
          field += '"';
          from = i + 1;
          state = 'quoted';
          continue;
        }
        state = 'plain'; // the field's closing quote; anything before the separator is kept as is
      }
      if (c === COMMA || c === LF || c === CR) {
        field += s.slice(from, i);
        from = i + 1;
        record.push(field);
        field = '';
        state = 'start';
        if (c !== COMMA) {
          skipLf = c === CR;
          if (record.length > 1 || record[0] !== '') yield record;
          record = [];
        }
        continue;
      }
      if (state === 'start' && c === QUOTE) {
        from = i + 1;
        state = 'quoted';
        continue;
      }
      state = 'plain';
    }
    if (state !== 'quoteInQuoted') field += s.slice(from);
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    yield record;
  }
}

/** Rows of a CSV file with a header, as objects keyed by column name. */
export async function* csvFileRows(path: string): AsyncGenerator<Record<string, string>> {
  let header: string[] | undefined;
  for await (const record of csvRecords(createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 }))) {
    if (!header) {
      header = record.map((h) => h.replace(/^\uFEFF/, ''));
      continue;
    }
    const row: Record<string, string> = {};
    header.forEach((name, i) => (row[name] = record[i] ?? ''));
    yield row;
  }
}
