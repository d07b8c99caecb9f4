// `threadlens classify` end to end, in process: order, bad rows in place, streaming, exit codes.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliIO } from '../../../../src/cli/io.ts';
import { main } from '../../../../src/cli/main.ts';
import { SHIPPED_MODEL_DIR } from '../../../../src/classifier/node-classifier.ts';
import { MODEL_LABELS } from '../../../../src/shared/report.ts';

const dir = mkdtempSync(join(tmpdir(), 'threadlens-classify-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  code: number;
  lines: Record<string, unknown>[];
  stderr: string;
}

async function run(args: string[], stdin: NodeJS.ReadableStream = Readable.from([]), onWrite?: () => void): Promise<Run> {
  let out = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (t) => {
      out += t;
      onWrite?.();
    },
    stderr: (t) => void (stderr += t),
    stdin,
  };
  const code = await main(['classify', ...args], io);
  return {
    code,
    stderr,
    lines: out
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function expectScored(line: Record<string, unknown> | undefined): void {
  const scores = line?.scores as Record<string, number>;
  expect(Object.keys(scores).sort()).toEqual([...MODEL_LABELS].sort());
  for (const v of Object.values(scores)) expect(v >= 0 && v <= 1).toBe(true);
  expect(Array.isArray(line?.flagged)).toBe(true);
}

describe('threadlens classify', () => {
  it('CSV: one line per row in input order, bad rows as errors in place', async () => {
    const csv = file(
      'posts.csv',
      '\ufeffid,text\r\n1,"hello, ""world""\r\nsecond line"\r\n2\r\n3,\r\n4,"' + 'long '.repeat(20_000) + '"\r\n5,😀😀\r\n6,"ok"x\r\n7,"unterminated\r\n',
    );
    const { code, lines } = await run([csv]);
    expect(code).toBe(0);
    expect(lines).toHaveLength(7);
    expectScored(lines[0]);
    expect(lines[1]?.error).toMatch(/line 4: 1 fields, the header has 2/);
    expectScored(lines[2]); // empty text still scores
    expectScored(lines[3]); // 100,000 characters, truncated
    expectScored(lines[4]);
    expect(lines[5]?.error).toMatch(/after a closing quote/);
    expect(lines[6]?.error).toMatch(/unterminated/);
  });

  it('CSV: a stray quote is reported on its line with the lines it swallowed, and the rows after it are scored', async () => {
    const csv = file('stray.csv', 'id,text\n1,fine\n2,"oops\n3,three\n4,four\n5,"five"\n6,six\n');
    const { code, lines } = await run([csv]);
    expect(code).toBe(0);
    expect(lines).toHaveLength(6);
    expectScored(lines[0]);
    expect(lines[1]?.error).toMatch(/^line 3: unterminated quote: the quoted field opened on line 3 swallowed 3 lines/);
    for (const line of lines.slice(2)) expectScored(line);
  });

  it('JSONL and --text-column: same scores as the same texts in CSV, errors for bad lines', async () => {
    const texts = ['I love this song', 'you are a disgusting worthless idiot', 'Vote them out! Corrupt elites http'];
    const jsonl = file(
      'posts.jsonl',
      [...texts.map((body, i) => JSON.stringify({ id: i, body })), '{"body": ', '[1]', '{"other": "x"}', '{"body": 5}'].join('\n'),
    );
    const csv = file('same.csv', 'body\n' + texts.map((t) => JSON.stringify(t).replace(/\\"/g, '""')).join('\n') + '\n');
    const a = await run(['--text-column', 'body', jsonl]);
    const b = await run(['--text-column=body', csv]);
    expect(a.code).toBe(0);
    expect(a.lines.slice(0, 3)).toEqual(b.lines);
    expect(a.lines.slice(3).map((l) => l.error)).toEqual([
      expect.stringMatching(/^line 4: not valid JSON/),
      'line 5: not a JSON object',
      'line 6: no "body" value',
      'line 7: non-string "body" value',
    ]);
  });

  it('language gate: a not-read line instead of scores for a language the heads do not read', async () => {
    const texts = [
      'Ich kann nicht glauben, dass der Stadtrat das beschlossen hat',
      'I cannot believe the council approved this',
      'لا أصدق أن المجلس وافق على هذا',
      'lol same',
    ];
    const { code, lines } = await run(['-'], Readable.from([texts.map((text) => JSON.stringify({ text })).join('\n')]));
    expect(code).toBe(0);
    expect(lines[0]).toEqual({ notRead: 'language', language: 'de' });
    expectScored(lines[1]);
    expect(lines[1]?.language).toBe('en');
    expect(lines[2]).toEqual({ notRead: 'language', language: 'ar' });
    expectScored(lines[3]); // too short to tell, Latin letters: read
    expect(lines[3]?.language).toBe('und');
  });

  it('reads stdin and tells JSONL from CSV by its first character', async () => {
    const a = await run(['-'], Readable.from(['{"text": "hi"}\n{"text": "there"}\n']));
    const b = await run(['-'], Readable.from([Buffer.from('text\nhi\nthere\n')]));
    expect(a.lines).toHaveLength(2);
    expect(b.lines).toEqual(a.lines);
  });

  it('streams: the first batch is written before the input has ended', async () => {
    let wrote!: () => void;
    const firstWrite = new Promise<void>((resolve) => (wrote = resolve));
    async function* rows(): AsyncGenerator<string> {
      for (let i = 0; i < 300; i++) yield `${JSON.stringify({ text: `post number ${i}` })}\n`;
      const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no output before the input ended')), 20_000));
      await Promise.race([firstWrite, timeout]);
      yield `${JSON.stringify({ text: 'the last one' })}\n`;
    }
    const { code, lines } = await run(['-'], Readable.from(rows()), () => wrote());
    expect(code).toBe(0);
    expect(lines).toHaveLength(301);
  });

  it('exit 2 naming the file: no text column, missing input', async () => {
    const csv = file('nocol.csv', 'id,body\n1,x\n');
    const r = await run([csv]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(csv);
    expect(r.stderr).toContain('no "text" column');
    const missing = await run([join(dir, 'nope.csv')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.csv');
  });

  it('exit 2 naming the model file: missing or corrupt model', async () => {
    const csv = file('one.csv', 'text\nhello\n');
    const missing = await run(['--model', join(dir, 'no-model'), csv]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no-model\/config\.json: model file missing/);
    const broken = join(dir, 'broken-model');
    cpSync(SHIPPED_MODEL_DIR, broken, { recursive: true });
    writeFileSync(join(broken, 'onnx', 'model_quantized.onnx'), 'not an onnx file');
    const corrupt = await run(['--model', broken, csv]);
    expect(corrupt.code).toBe(2);
    expect(corrupt.stderr).toContain('broken-model');
    expect(corrupt.stderr.trim().split('\n')).toHaveLength(1);
  });
});
