import { mkdtempSync, readdirSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Evidence } from '../../../../src/evidence/evidence.ts';
import type { Report } from '../../../../src/shared/report.ts';
import { runCli as run, SHARED_FIXTURES, skipNote, sharedFixturesMissing } from '../../sites/api-test-helpers.ts';
import { evidenceValidator } from '../../../../tools/evidence/evidence-schema.ts';
import { reportProblems } from '../../../../tools/evidence/evidence-checks.ts';

const dir = mkdtempSync(join(tmpdir(), 'threadlens-report-'));
const COORDINATED = 'test/fixtures/threads/coordinated-replies.json';
const REAL_THREADS = resolve('../shared/data/real-threads');
const validate = evidenceValidator();

/** Runs report in both formats on a Thread file and checks one against the other and the schema. */
async function checkReport(file: string, stdin = ''): Promise<Evidence> {
  const json = await run(['report', '--format', 'json', file], stdin);
  expect(json.err).toBe('');
  expect(json.code).toBe(0);
  const evidence = JSON.parse(json.out) as Evidence;
  expect(validate(evidence), JSON.stringify(validate.errors)).toBe(true);
  const score = await run(['score', file], stdin);
  expect((JSON.parse(score.out) as Report).thread).toEqual(evidence.report.thread);
  const html = await run(['report', file], stdin);
  expect(html.code).toBe(0);
  expect(await reportProblems(evidence, html.out)).toEqual([]);
  return evidence;
}

describe('threadlens report', () => {
  it('writes HTML by default and JSON evidence with --format json, scored as threadlens score scores', async () => {
    const evidence = await checkReport(COORDINATED);
    expect(evidence.report.thread.level).not.toBe('none');
    expect(evidence.threadlens.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('reads standard input for -', async () => {
    const thread = JSON.stringify({ site: 'x', posts: [{ id: '1', author: { handle: 'a' }, text: 'hello <script>' }] });
    const evidence = await checkReport('-', thread);
    expect(evidence.thread.posts[0]?.text).toBe('hello <script>');
  });

  it('writes to --out, and takes the settings file of threadlens score', async () => {
    const settings = join(dir, 'settings.json');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(settings, JSON.stringify({ scoring: { sensitivity: 80 }, allowlist: ['someone'] }));
    const out = join(dir, 'report.html');
    expect(await run(['report', '--settings', settings, '--out', out, COORDINATED])).toEqual({ code: 0, out: '', err: '' });
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('Sensitivity 80 of 100; 1 account on the allow-list');
    expect(html).not.toContain('someone');
  });

  it('exits 2 for a bad format, a model it cannot load, or a missing file', async () => {
    expect((await run(['report', '--format', 'pdf', COORDINATED])).code).toBe(2);
    const model = await run(['report', '--model', 'models/x', COORDINATED]);
    expect(model.code).toBe(2);
    expect(model.err).toContain('config.json: model file missing');
    const missing = await run(['report', join(dir, 'nope.json')]);
    expect(missing).toEqual({ code: 2, out: '', err: `threadlens report: ${join(dir, 'nope.json')}: no such file\n` });
  });

  it.skipIf(sharedFixturesMissing)(`works on every Thread the fixtures of ../shared give${skipNote}`, async () => {
    const threads: string[] = [];
    const unreadable: string[] = [];
    for (const site of readdirSync(SHARED_FIXTURES)) {
      for (const name of readdirSync(join(SHARED_FIXTURES, site))) {
        const path = join(SHARED_FIXTURES, site, name);
        const made = name.endsWith('.html') ? await run(['parse', '--site', 'auto', path]) : await run(['import', '--from', site, path]);
        if (made.code !== 0) {
          // pages of sites this build has no adapter for yet (Reddit): say so, never pass them off
          expect(made.err).toContain("no supported site's markup found");
          unreadable.push(`${site}/${name}`);
          continue;
        }
        const file = join(dir, `${site}-${name}.json`);
        (await import('node:fs')).writeFileSync(file, made.out);
        threads.push(file);
      }
    }
    expect(threads.length).toBeGreaterThanOrEqual(5);
    for (const file of threads) await checkReport(file);
    if (unreadable.length > 0) console.log(`report: no adapter yet for ${unreadable.join(', ')}`);
  });

  it.skipIf(!existsSync(REAL_THREADS))('works on a sample of the real threads of ../shared/data/real-threads', async () => {
    const files = readdirSync(REAL_THREADS)
      .filter((f) => f.endsWith('.json') && f !== 'manifest.json')
      .sort();
    expect(files.length).toBeGreaterThan(800);
    // every 100th thread: the whole set is `npx tsx tools/evidence/run-report-all.ts`
    for (let i = 0; i < files.length; i += 100) await checkReport(join(REAL_THREADS, files[i] ?? ''));
  });
});
