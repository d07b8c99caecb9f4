// A streaming CSV reader (RFC 4180): quoted fields with embedded commas, newlines and doubled
// quotes, a leading BOM, LF, CRLF or lone CR line ends. It takes text chunks and yields one
// record at a time, so a million-row file never sits in memory. A malformed record comes out as
// an error in its place and reading goes on: `classify` writes `{"error": ...}` for it.
import type { Result } from './result.ts';

/** A record longer than this is taken for a runaway quote: it becomes an error and reading resumes at the next line. */
export const MAX_RECORD_CHARS = 1_000_000;

export interface CsvRecord {
  /** the 1-based line the record starts on */
  line: number;
  fields: Result<string[]>;
}

enum State {
  FieldStart,
  Unquoted,
  Quoted,
  QuoteInQuoted,
  AfterQuoted,
  SkipLine,
}

export async function* csvRecords(chunks: AsyncIterable<string>, maxChars = MAX_RECORD_CHARS): AsyncGenerator<CsvRecord> {
  let state = State.FieldStart;
  let fields: string[] = [];
  let field = '';
  let size = 0;
  let line = 1;
  let startLine = 1;
  let problem: string | null = null;
  let prevCR = false;
  // set when a CR ended a record: the LF of that CRLF is then skipped, not read as an empty line
  let endedByCR = false;
  let first = true;

  const finish = (): CsvRecord | null => {
    fields.push(field);
    const record: CsvRecord = { line: startLine, fields: problem ? { ok: false, error: problem } : { ok: true, value: fields } };
    const blank = !problem && fields.length === 1 && fields[0] === '';
    fields = [];
    field = '';
    size = 0;
    problem = null;
    state = State.FieldStart;
    return blank ? null : record;
  };
  // The record ends at this line break; the next starts on the following line.
  const endLine = (): CsvRecord | null => {
    endedByCR = prevCR;
    const record = finish();
    startLine = line;
    return record;
  };

  for await (let chunk of chunks) {
    if (first) {
      first = false;
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
    }
    for (let i = 0; i < chunk.length; i++) {
      const ch = chunk[i] as string;
      const crlfTail = ch === '\n' && prevCR;
      prevCR = ch === '\r';
      if (ch === '\r' || (ch === '\n' && !crlfTail)) line++;
      if (crlfTail && endedByCR) {
        endedByCR = false;
        continue;
      }
      endedByCR = false;
      const newline = ch === '\n' || ch === '\r';
      if (state === State.SkipLine) {
        const record = newline ? endLine() : null;
        if (record) yield record;
        continue;
      }
      if (++size > maxChars) {
        problem = `record longer than ${maxChars} characters (an unterminated quote?)`;
        field = '';
        fields = [];
        state = State.SkipLine;
        const record = newline ? endLine() : null;
        if (record) yield record;
        continue;
      }
      switch (state) {
        case State.Quoted:
          if (ch === '"') state = State.QuoteInQuoted;
          else field += ch;
          continue;
        case State.QuoteInQuoted:
          if (ch === '"') {
            field += '"';
            state = State.Quoted;
            continue;
          }
          state = State.AfterQuoted;
          break;
        case State.FieldStart:
          if (ch === '"') {
            state = State.Quoted;
            continue;
          }
          state = State.Unquoted;
          break;
        default:
          break;
      }
      // Unquoted, or just after a closing quote.
      if (ch === ',') {
        fields.push(field);
        field = '';
        state = State.FieldStart;
      } else if (newline) {
        const record = endLine();
        if (record) yield record;
      } else if (state === State.AfterQuoted) {
        problem ??= `unexpected ${JSON.stringify(ch)} after a closing quote`;
      } else {
        field += ch;
      }
    }
  }
  if (state === State.Quoted) {
    problem = 'unterminated quoted field';
  }
  if (state === State.SkipLine || problem || fields.length > 0 || field !== '' || state === State.QuoteInQuoted) {
    const record = finish();
    if (record) yield record;
  }
}
