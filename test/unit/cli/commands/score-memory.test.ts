import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../../../src/shared/report.ts';
import { runCli as run } from '../../sites/api-test-helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'threadlens-score-memory-'));
const SPAM = 'Get the real story the media will not tell you about this, link in my profile now';
const threadFile = (n: number): string => {
  const path = join(dir, `thread-${n}.json`);
  const thread = {
    site: 'x',
    posts: [
      { id: `root${n}`, author: { handle: `host${n}` }, text: `Root post number ${n}, about a topic of its own` },
      { id: `s${n}`, author: { handle: `spammer${n}` }, text: SPAM, replyTo: `root${n}` },
    ],
  };
  writeFileSync(path, JSON.stringify(thread));
  return path;
};
const files = Array.from({ length: 6 }, (_, n) => threadFile(n));
const lines = (out: string): Report[] =>
  out
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Report);

describe('threadlens score over several files (cross-thread memory)', () => {
  it('prints one Report per line, in order, with the memory carried from file to file', async () => {
    const { code, out, err } = await run(['score', ...files]);
    expect({ code, err }).toEqual({ code: 0, err: '' });
    const reports = lines(out);
    expect(reports).toHaveLength(6);
    expect(reports[0]?.signals.find((s) => s.id === 'cross-thread-copies')?.score).toBe(0);
    expect(reports[4]?.thread.level).toBe('elevated');
    expect(reports[4]?.signals[0]?.id).toBe('cross-thread-copies');
  });

  it('keeps the memory in FILE between calls with --memory', async () => {
    const memory = join(dir, 'memory.json');
    for (const file of files.slice(0, 4)) expect((await run(['score', '--memory', memory, file])).code).toBe(0);
    expect(existsSync(memory)).toBe(true);
    const fifth = JSON.parse((await run(['score', '--memory', memory, files[4] ?? ''])).out) as Report;
    expect(fifth.thread.level).toBe('elevated');
    // five roots and five replies
    expect(JSON.parse(readFileSync(memory, 'utf8')).entries).toHaveLength(10);
  });

  it('rebuilds a corrupt memory file with a one-line note, never failing', async () => {
    const memory = join(dir, 'corrupt.json');
    writeFileSync(memory, '{"kind": "threadlens-memory", "version": 1, "entries": [[');
    const { code, err } = await run(['score', '--memory', memory, files[0] ?? '']);
    expect(code).toBe(0);
    expect(err).toBe(`threadlens score: ${memory}: The cross-thread memory was not readable (corrupt): started a new one.\n`);
    expect(JSON.parse(readFileSync(memory, 'utf8')).version).toBe(1);
  });

  it('leaves the output of one file without --memory unchanged: no cross-thread-copies', async () => {
    const report = JSON.parse((await run(['score', files[0] ?? ''])).out) as Report;
    expect(report.signals.some((s) => s.id === 'cross-thread-copies')).toBe(false);
  });
});
