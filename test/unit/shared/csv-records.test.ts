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
      expect(await records(text, size)).toEqual([
        ['id', 'text'],
        ['1', 'a, "b"\r\nc'],
        ['2', 'plain'],
        ['3', ''],
      ]);
    }
  });

  it('accepts a last line without newline, lone CR line ends, and skips blank lines', async () => {
    expect(await records('a,b\r1,2\n\n3,"4"')).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('reports an unterminated quote and text after a closing quote, keeping its place', async () => {
    for (const size of [1, 3, 1000]) {
      expect(await records('h\n"ok"x\n2\n"open\n3\n', size)).toEqual([
        ['h'],
        { error: 'unexpected "x" after a closing quote', line: 2 },
        ['2'],
        { error: expect.stringMatching(/^unterminated quote: the quoted field opened on line 4 swallowed 1 line \(no closing quote/), line: 4 },
        ['3'],
      ]);
      expect(await records('h\n"open', size)).toEqual([['h'], { error: 'unterminated quoted field', line: 2 }]);
    }
  });

  it('a stray quote mid-file: reported on its line with the lines it swallowed, then the next record is read', async () => {
    // The quote opened on line 3 closes at the first quote of line 6, followed by text.
    const text = 'id,text\n1,fine\n2,"oops\n3,three\n4,four\n5,"five"\n6,six\n';
    for (const size of [1, 2, 7, 1000]) {
      expect(await records(text, size)).toEqual([
        ['id', 'text'],
        ['1', 'fine'],
        {
          error: expect.stringMatching(/^unterminated quote: the quoted field opened on line 3 swallowed 3 lines \(text after the closing quote on line 6\)/),
          line: 3,
        },
        ['3', 'three'],
        ['4', 'four'],
        ['5', 'five'],
        ['6', 'six'],
      ]);
    }
    for (const size of [1, 4, 1000]) {
      expect(await records(text.replace(/\n/g, '\r\n'), size)).toEqual(await records(text));
      expect(await records(text.replace(/\n/g, '\r'), size)).toEqual(await records(text));
    }
  });

  it('a runaway quote that ends cleanly but leaves the wrong number of fields is caught too', async () => {
    // The quote opened on line 2 closes at line 3's quote, followed by a comma: a valid-looking record of 4 fields.
    expect(await records('a,b\n1,"x\n2,",y\n3,z\n')).toEqual([
      ['a', 'b'],
      { error: expect.stringContaining('opened on line 2 swallowed 1 line (3 fields where the header has 2)'), line: 2 },
      // read again, line 3's own quote opens a field that runs to the end
      { error: expect.stringContaining('opened on line 3 swallowed 1 line (no closing quote before the end)'), line: 3 },
      ['3', 'z'],
    ]);
  });

  it('keeps a valid multi-line quoted field whole', async () => {
    expect(await records('a,b\n1,"x\ny\nz"\n2,w\n', 2)).toEqual([
      ['a', 'b'],
      ['1', 'x\ny\nz'],
      ['2', 'w'],
    ]);
  });

  it('a runaway quote past maxChars is read again from its second line', async () => {
    const out = await records(`h\n"start\n${'x\n'.repeat(30)}`, 5, 20);
    expect(out[0]).toEqual(['h']);
    expect(out[1]).toMatchObject({ line: 2, error: expect.stringContaining('longer than 20 characters') });
    expect(out.slice(2)).toEqual(Array.from({ length: 30 }, () => ['x']));
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
    expect(out).toEqual([
      [1, '{"a":1}'],
      [3, '{"b":2}'],
    ]);
  });
});
