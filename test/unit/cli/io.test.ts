// The CLI's output: writes wait for `drain`, a reader that went away ends the command quietly
// (exit 0, nothing on stderr), and error messages never carry control characters from the input.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { printable } from '../../../src/cli/errors.ts';
import { OutputClosed, streamWriter } from '../../../src/cli/io.ts';
import { main } from '../../../src/cli/main.ts';

const dir = mkdtempSync(join(tmpdir(), 'threadlens-io-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A writable whose buffer fills after `highWaterMark` bytes and drains only when `release()` is called. */
function slowSink(): { sink: Writable; written: string[]; release: () => void } {
  const written: string[] = [];
  const held: (() => void)[] = [];
  const sink = new Writable({
    highWaterMark: 8,
    write(chunk: Buffer, _encoding, callback) {
      written.push(chunk.toString());
      held.push(callback);
    },
  });
  return { sink, written, release: () => held.splice(0).forEach((callback) => callback()) };
}

describe('streamWriter', () => {
  it('waits for drain once the buffer is full', async () => {
    const { sink, written, release } = slowSink();
    const write = streamWriter(sink);
    let settled = false;
    const pending = write('more than eight bytes').then(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(written).toEqual(['more than eight bytes']);
    expect(settled).toBe(false);
    release();
    await pending;
    expect(settled).toBe(true);
  });

  it('a closed reader becomes OutputClosed, not an uncaught EPIPE', async () => {
    const sink = new Writable({
      write(_chunk, _encoding, callback) {
        callback(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
      },
    });
    const write = streamWriter(sink);
    await write('first').catch(() => undefined);
    await expect(write('second')).rejects.toBeInstanceOf(OutputClosed);
    sink.destroy();
    await expect(streamWriter(sink)('x')).rejects.toBeInstanceOf(OutputClosed);
  });

  it('other write errors stay errors', async () => {
    const sink = new Writable({
      highWaterMark: 1,
      write(_chunk, _encoding, callback) {
        callback(Object.assign(new Error('no space left on device'), { code: 'ENOSPC' }));
      },
    });
    await expect(streamWriter(sink)('xx')).rejects.toThrow(/no space/);
  });

  it('main: OutputClosed from a command is exit 0 with nothing on stderr', async () => {
    let err = '';
    const code = await main(['score', '-'], {
      stdout: () => Promise.reject(new OutputClosed()),
      stderr: (t) => void (err += t),
      stdin: Readable.from(['{"site":"x","posts":[]}']),
    });
    expect(code).toBe(0);
    expect(err).toBe('');
  });
});

describe('error messages', () => {
  it('printable: one line, no C0/C1 controls, no bidi overrides', () => {
    expect(printable('a\nb\r\nc\td')).toBe('a b c d');
    expect(printable('\u001b[31mred\u001b[0m \u009b2J \u202egnp.exe \u2066x\u2069 \u0000')).toBe('[31mred[0m 2J gnp.exe x ');
    expect(printable('ümlaut 😀 עברית')).toBe('ümlaut 😀 עברית');
  });

  it('a header and a file name full of escape sequences reach stderr as one clean line', async () => {
    const name = join(dir, 'evil\u001b[2J\nname.csv');
    writeFileSync(name, 'id,\u001b]0;pwned\u0007title\u202e\n1,x\n');
    let err = '';
    const code = await main(['classify', name], { stdout: () => undefined, stderr: (t) => void (err += t), stdin: Readable.from([]) });
    expect(code).toBe(2);
    expect(err).toContain('no "text" column');
    // eslint-disable-next-line no-control-regex -- no control character may reach the terminal
    expect(err).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/u);
    expect(err.trimEnd().split('\n')).toHaveLength(1);
    err = '';
    expect(await main(['\u001b[31mnope'], { stdout: () => undefined, stderr: (t) => void (err += t), stdin: Readable.from([]) })).toBe(2);
    expect(err).not.toContain('\u001b');
  });
});

describe('threadlens classify | head -1', () => {
  it('ends quietly with exit 0 when the reader closes the pipe', async () => {
    // 1,500 rows of output (~200 KB) overflow the 64 KB pipe buffer long after head has exited.
    const csv = join(dir, 'many.csv');
    writeFileSync(csv, `text\n${Array.from({ length: 1500 }, (_, i) => `post number ${i}`).join('\n')}\n`);
    const child = spawn('bash', ['-c', 'set -o pipefail; node bin/threadlens.js classify --batch-size 4 "$1" | head -1', 'bash', csv], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out.trimEnd().split('\n')).toHaveLength(1);
    expect(JSON.parse(out)).toHaveProperty('scores');
  }, 120_000);
});
