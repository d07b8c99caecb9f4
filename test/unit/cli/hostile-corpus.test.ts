// The hostile-text corpus (tools/demo/hostile-thread.ts) through the command line: parse a page
// full of it, score a Thread made of it, classify rows of it. Exit 0 each time, every text back
// as text, and JSON out that parses.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.ts';
import type { Report } from '../../../src/shared/report.ts';
import type { Thread } from '../../../src/shared/thread.ts';
import {
  HOSTILE_HANDLES,
  HOSTILE_LINKS,
  HOSTILE_NAMES,
  HOSTILE_TEXTS,
  hostileThread,
  LONE_SURROGATES,
  MEGABYTE_TEXT,
} from '../../../tools/demo/hostile-thread.ts';
import { renderXStatusPage } from '../../../tools/demo/render-x-status-page.ts';

const dir = mkdtempSync(join(tmpdir(), 'threadlens-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[], stdin = ''): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { stdout: (t) => void (out += t), stderr: (t) => void (err += t), stdin: Readable.from([stdin]) });
  return { code, out, err };
}

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('the hostile corpus through threadlens', () => {
  it('parse: the hostile page gives every text back as text; score reads the result', async () => {
    const thread = hostileThread();
    const parsed = await run(['parse', '--site', 'x', '--url', 'https://x.com/threadlens_hostile/status/1', file('hostile.html', renderXStatusPage(thread))]);
    expect(parsed.err).toBe('');
    expect(parsed.code).toBe(0);
    const read = JSON.parse(parsed.out) as Thread;
    expect(read.posts.map((p) => p.text.replace(/\0/g, ''))).toEqual(
      [thread.focal, ...thread.replies].map((p) => p.text.replace(/\0/g, '').replace(/\r\n?/g, '\n')),
    );
    const scored = await run(['score', '-'], parsed.out);
    expect(scored.code).toBe(0);
    expect((JSON.parse(scored.out) as Report).signals.find((s) => s.id === 'duplicate-replies')?.summary).toContain('<img src=x onerror=');
  });

  it('score: a Thread JSON with every field hostile, lone surrogates included, gives a Report', async () => {
    const handles = [...HOSTILE_HANDLES.ascii, ...HOSTILE_HANDLES.unicode];
    const texts = [...HOSTILE_TEXTS, LONE_SURROGATES, MEGABYTE_TEXT];
    const thread: Thread = {
      site: 'x',
      posts: [
        { id: 'root', author: { handle: 'root' }, text: 'root' },
        ...Array.from({ length: 30 }, (_, i) => ({
          id: `p${i}`,
          replyTo: 'root',
          author: { handle: handles[i % handles.length] ?? 'x', displayName: HOSTILE_NAMES[i % HOSTILE_NAMES.length] ?? '' },
          text: texts[i % texts.length] ?? '',
          createdAt: new Date(Date.parse('2025-11-20T10:00:00Z') + i * 20_000).toISOString(),
          links: [HOSTILE_LINKS[i % HOSTILE_LINKS.length] ?? ''],
        })),
      ],
    };
    // JSON.stringify writes lone surrogates as \ud83d escapes: the file is valid UTF-8 and keeps them.
    const r = await run(['score', file('hostile-thread.json', JSON.stringify(thread))]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out) as Report;
    expect(report.thread.score).toBeGreaterThanOrEqual(0);
    expect(report.thread.score).toBeLessThanOrEqual(1);
  });

  it('classify: one line per hostile row (scored, or not read for its language), in CSV and in JSON Lines', async () => {
    const texts = [...HOSTILE_TEXTS, ...HOSTILE_NAMES, MEGABYTE_TEXT];
    const csv = file('hostile.csv', `text\n${texts.map((t) => `"${t.replace(/"/g, '""')}"`).join('\n')}\n`);
    const fromCsv = await run(['classify', csv]);
    expect(fromCsv.err).toBe('');
    expect(fromCsv.code).toBe(0);
    const csvLines = fromCsv.out
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { scores?: unknown; notRead?: string; error?: string });
    expect(csvLines).toHaveLength(texts.length);
    for (const line of csvLines) expect(line.scores !== undefined || line.notRead === 'language').toBe(true);
    expect(csvLines.some((line) => line.scores !== undefined)).toBe(true);
    const jsonl = file('hostile.jsonl', [...texts, LONE_SURROGATES].map((text) => JSON.stringify({ text })).join('\n'));
    const fromJsonl = await run(['classify', jsonl]);
    expect(fromJsonl.code).toBe(0);
    const jsonlLines = fromJsonl.out
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { scores?: unknown; notRead?: string });
    expect(jsonlLines).toHaveLength(texts.length + 1);
    for (const line of jsonlLines) expect(line.scores !== undefined || line.notRead === 'language').toBe(true);
  });
});
