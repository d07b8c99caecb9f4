import { describe, expect, it } from 'vitest';
import { csvRecords } from '../../../src/shared/csv-records.ts';
import { textLines } from '../../../src/classifier/input/text-lines.ts';

async function* chunked(text: string, size: number): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

async function records(text: string, size = 3, max?: number): Promise<unknown[]> {
  const out: unknown[] = [];
  for await (const r of csvRecords(chunked(text, size), max)) out.push(r.fields.ok ? r.fields.value : { error: r.fields.error, line: r.line });
  return out;
}

describe('csvRecords', () => {
  it('reads quoted fields with commas, doubled quotes and newlines, across chunk boundaries', async () => {
    const text = '\ufeffid,text\r\n1,"a, ""b""\r\nc"\r\n2,plain\n3,\n';
    for (const size of [1, 2, 5, 1000]) {
      expect(await records(text, size)).toEqual([['id', 'text'], ['1', 'a, "b"\r\nc'], ['2', 'plain'], ['3', '']]);
    }
  });

  it('accepts a last line without newline, lone CR line ends, and skips blank lines', async () => {
    expect(await records('a,b\r1,2\n\n3,"4"')).toEqual([['a', 'b'], ['1', '2'], ['3', '4']]);
  });

  it('reports an unterminated quote and text after a closing quote, keeping its place', async () => {
    expect(await records('h\n"ok"x\n2\n"open\n3\n')).toEqual([
      ['h'],
      { error: 'unexpected "x" after a closing quote', line: 2 },
      ['2'],
      { error: 'unterminated quoted field', line: 4 },
    ]);
  });

  it('cuts a runaway record and resumes at the next line', async () => {
    const out = await records(`h\n"${'x'.repeat(50)}\nnext\n`, 7, 20);
    expect(out[0]).toEqual(['h']);
    expect(out[1]).toMatchObject({ error: expect.stringContaining('longer than 20') });
    expect(out[2]).toEqual(['next']);
  });
});

describe('textLines', () => {
  it('splits LF and CRLF lines across chunks, skipping blank ones and stripping a BOM', async () => {
    const out: unknown[] = [];
    for await (const l of textLines(chunked('\ufeff{"a":1}\r\n\n{"b":2}', 2))) out.push([l.line, l.text.ok ? l.text.value : l.text.error]);
    expect(out).toEqual([[1, '{"a":1}'], [3, '{"b":2}']]);
  });
});
