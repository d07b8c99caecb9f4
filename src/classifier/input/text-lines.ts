// Streams text chunks as lines (LF or CRLF), for JSON Lines input, without holding the whole file.
// Blank lines are skipped: they are not rows. A line past `maxChars` is cut off and reported.
import type { Result } from '../../shared/result.ts';
import { MAX_RECORD_CHARS } from '../../shared/csv-records.ts';

export interface TextLine {
  /** 1-based line number */
  line: number;
  text: Result<string>;
}

export async function* textLines(chunks: AsyncIterable<string>, maxChars = MAX_RECORD_CHARS): AsyncGenerator<TextLine> {
  let pending = '';
  let line = 0;
  let overlong = false;
  const emit = (raw: string): TextLine | null => {
    line++;
    const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (overlong) {
      overlong = false;
      return { line, text: { ok: false, error: `line longer than ${maxChars} characters` } };
    }
    return text.trim() === '' ? null : { line, text: { ok: true, value: text } };
  };
  let first = true;
  for await (let chunk of chunks) {
    if (first) {
      first = false;
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
    }
    let start = 0;
    for (let nl = chunk.indexOf('\n'); nl !== -1; nl = chunk.indexOf('\n', start)) {
      const out = emit(pending + chunk.slice(start, nl));
      pending = '';
      start = nl + 1;
      if (out) yield out;
    }
    pending += chunk.slice(start);
    if (pending.length > maxChars) {
      overlong = true;
      pending = '';
    }
  }
  if (pending !== '' || overlong) {
    const out = emit(pending);
    if (out) yield out;
  }
}
