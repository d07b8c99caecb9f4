// `threadlens parse`, in-process through main() and once as a real subprocess.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../../../src/cli/main.ts';
import type { CliIO } from '../../../../src/cli/io.ts';
import type { Thread } from '../../../../src/shared/thread.ts';
import { FIXTURE_FILES, HAS_SHARED, NEEDS_SHARED, REPO_ROOT } from '../../sites/x/x-fixtures.ts';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(args: string[], stdin = ''): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const input = new PassThrough();
  input.end(stdin);
  const io: CliIO = { stdout: (text) => void (stdout += text), stderr: (text) => void (stderr += text), stdin: input };
  const code = await main(['parse', ...args], io);
  return { code, stdout, stderr };
}

const tmp = mkdtempSync(path.join(os.tmpdir(), 'threadlens-parse-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function tmpFile(name: string, content: string | Buffer): string {
  const file = path.join(tmp, name);
  writeFileSync(file, content);
  return file;
}

describe('threadlens parse', () => {
  it('prints one Thread of the page: url and capture time from the SingleFile header, posts in page order', async () => {
    const { code, stdout, stderr } = await run(['--site', 'x', FIXTURE_FILES.ownTimeline]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const thread = JSON.parse(stdout) as Thread;
    expect(Object.keys(thread)).toEqual(['site', 'url', 'capturedAt', 'posts']);
    expect(thread).toMatchObject({ site: 'x', url: 'https://x.com/home', capturedAt: '2025-11-20T15:05:12.000Z' });
    expect(thread.posts.map((p) => p.id)).toEqual(['1991492974801846303', '1991516882334646304', '1991479133598646306', '1991484418421686307']);
    expect(thread.posts[3]?.replyTo).toBe('1991479133598646306');
  });

  it('takes the page URL from the "saved from url" mark and fills replyTo on a status page', async () => {
    const thread = JSON.parse((await run(['--site', 'auto', FIXTURE_FILES.ownStatus])).stdout) as Thread;
    expect(thread.url).toBe('https://x.com/portauthority_gov/status/1991109699302326285');
    expect(thread.capturedAt).toBeUndefined();
    expect(thread.posts).toHaveLength(8);
    expect(thread.posts.filter((p) => p.replyTo === undefined).map((p) => p.id)).toEqual(['1991054502261686283', '1990827338757046290']);
  });

  it('prefers --url, and reads standard input for -', async () => {
    const html = '<!DOCTYPE html><html><head><link rel="canonical" href="https://x.com/home"></head><body><p>nothing</p></body></html>';
    const { code, stdout } = await run(['--site', 'x', '--url', 'https://x.com/someone', '-'], html);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ site: 'x', url: 'https://x.com/someone', posts: [] });
  });

  it('prints {"site":"x","posts":[]} for a real HTML page with no posts', async () => {
    const file = tmpFile('empty-page.html', '<!DOCTYPE html><html><head><title>x</title></head><body><main></main></body></html>');
    const { code, stdout } = await run(['--site', 'x', file]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ site: 'x', posts: [] });
  });

  it.each([
    ['a missing file', () => path.join(tmp, 'nope.html'), /nope\.html: no such file/],
    ['a directory', () => tmp, /is a directory/],
    ['an empty file', () => tmpFile('empty.html', '  \n'), /empty\.html: is empty/],
    ['a JSON file', () => tmpFile('thread.json', '{"site":"x","posts":[]}'), /thread\.json: is JSON, not an HTML page/],
    [
      'a binary file',
      () => tmpFile('image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0xff, 0xfe])),
      /image\.png: is not an HTML page \(binary data\)/,
    ],
    ['plain text', () => tmpFile('notes.txt', 'just some notes, 3 < 4 and 5 > 2\n'), /notes\.txt: is not an HTML page \(no HTML tags found\)/],
  ])('exits 2 with one line naming the file for %s', async (_what, file, message) => {
    const { code, stdout, stderr } = await run(['--site', 'x', file()]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it('exits 2 when --site auto finds no supported markup', async () => {
    const file = tmpFile('blog.html', '<!DOCTYPE html><html><body><article><p>A blog post.</p></article></body></html>');
    const { code, stderr } = await run(['--site', 'auto', file]);
    expect(code).toBe(2);
    expect(stderr).toBe(`threadlens parse: ${file}: no supported site's markup found\n`);
  });

  it('exits 2 for an unknown site or a bad --url', async () => {
    expect((await run(['--site', 'myspace', FIXTURE_FILES.ownTimeline])).code).toBe(2);
    expect((await run(['--site', 'x', '--url', 'not a url', FIXTURE_FILES.ownTimeline])).stderr).toMatch(/--url not a url: not an absolute URL/);
  });
});

describe.skipIf(!HAS_SHARED)(`threadlens parse on the shared pages${NEEDS_SHARED}`, () => {
  it('--site auto picks X for the home timeline, Reddit for the Reddit page (and says what it did not read)', async () => {
    const home = JSON.parse((await run(['--site', 'auto', FIXTURE_FILES.homeTimeline])).stdout) as Thread;
    expect(home.url).toBe('https://x.com/home');
    expect(home.posts).toHaveLength(20);
    const reddit = await run(['--site', 'auto', FIXTURE_FILES.oldReddit]);
    expect(reddit.code).toBe(0);
    expect((JSON.parse(reddit.stdout) as Thread).site).toBe('reddit');
    expect(reddit.stderr).toMatch(/2 "load more" stubs/);
  });
});

describe('threadlens parse as a subprocess', () => {
  it('node bin/threadlens.js parse --site x prints the Thread JSON and exits 0', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['bin/threadlens.js', 'parse', '--site', 'x', 'test/fixtures/x/profile-page.html'], {
      cwd: REPO_ROOT,
    });
    const thread = JSON.parse(stdout) as Thread;
    expect(thread.site).toBe('x');
    expect(thread.url).toBe('https://x.com/lena_k_writes');
    expect(thread.posts.map((p) => p.author.handle)).toEqual(['lena_k_writes', 'lena_k_writes', 'lena_k_writes', 'lena_k_writes', 'tomasz_reads']);
  });

  it('exits 2 with the one-line message on standard error', async () => {
    const failure = await promisify(execFile)(process.execPath, ['bin/threadlens.js', 'parse', '--site', 'x', 'missing.html'], { cwd: REPO_ROOT }).then(
      () => null,
      (e: { code?: number; stderr?: string }) => e,
    );
    expect(failure?.code).toBe(2);
    expect(failure?.stderr).toBe('threadlens parse: missing.html: no such file\n');
  });
});
