import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../../../src/shared/report.ts';
import { LEVELS } from '../../../../src/shared/report.ts';
import type { Thread } from '../../../../src/shared/thread.ts';
import { DEFAULT_SETTINGS } from '../../../../src/shared/settings/schema.ts';
import { loadNodeClassifier, SHIPPED_MODEL_DIR } from '../../../../src/classifier/node-classifier.ts';
import { createScoreThreads } from '../../../../src/background/handlers/score-threads.ts';
import { ReportCache } from '../../../../src/background/report-cache.ts';
import { runCli as run } from '../../sites/api-test-helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'threadlens-score-'));
const write = (name: string, content: string): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const COORDINATED = 'test/fixtures/threads/coordinated-replies.json';

describe('threadlens score', () => {
  it('prints the Report JSON of a Thread file', async () => {
    const { code, out, err } = await run(['score', COORDINATED]);
    expect({ code, err }).toEqual({ code: 0, err: '' });
    const report = JSON.parse(out) as Report;
    expect(LEVELS).toContain(report.thread.level);
    expect(report.thread.level).not.toBe('none');
    expect(report.model).toBeNull();
    expect(report).not.toHaveProperty('posts');
    expect(report.signals.map((s) => s.id)).toContain('duplicate-replies');
  });

  it('reads standard input for -', async () => {
    const thread = JSON.stringify({ site: 'x', posts: [{ id: '1', author: { handle: 'a' }, text: 'hello' }] });
    const { code, out } = await run(['score', '-'], thread);
    expect(code).toBe(0);
    expect((JSON.parse(out) as Report).thread.level).toBe('none');
  });

  it('exits 2 with one line naming the file for invalid JSON', async () => {
    const file = write('broken.json', '{"site": "x", "posts": [');
    const { code, out, err } = await run(['score', file]);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(new RegExp(`^threadlens score: ${file}: not valid JSON .*\\n$`));
    expect(err.trim().split('\n')).toHaveLength(1);
  });

  it('exits 2 naming the JSON path of the first schema problem', async () => {
    const file = write(
      'bad-handle.json',
      JSON.stringify({
        site: 'x',
        posts: [
          { id: '1', author: { handle: 'a' }, text: '' },
          { id: '2', author: { handle: 7 }, text: '' },
        ],
      }),
    );
    expect(await run(['score', file])).toEqual({ code: 2, out: '', err: `threadlens score: ${file}: posts[1].author.handle must be a string\n` });
  });

  it('exits 2 for a missing file', async () => {
    const { code, err } = await run(['score', join(dir, 'nope.json')]);
    expect(code).toBe(2);
    expect(err).toContain('nope.json: no such file');
  });

  it('exits 2 naming the model file when --model has no model', async () => {
    const { code, out, err } = await run(['score', '--model', join(dir, 'no-model'), COORDINATED]);
    expect({ code, out }).toEqual({ code: 2, out: '' });
    expect(err).toMatch(/no-model\/config\.json: model file missing\n$/);
  });

  it('with --model, gives the report the background gives for the same thread', async () => {
    const { code, out, err } = await run(['score', '--model', SHIPPED_MODEL_DIR, COORDINATED]);
    expect({ code, err }).toEqual({ code: 0, err: '' });
    const cli = JSON.parse(out) as Report;

    const thread = JSON.parse(readFileSync(COORDINATED, 'utf8')) as Thread;
    const classifier = await loadNodeClassifier(SHIPPED_MODEL_DIR, { dtype: 'q8' });
    try {
      const handler = createScoreThreads({
        cache: new ReportCache(null),
        getSettings: async () => DEFAULT_SETTINGS,
        classifierStatus: () => ({ state: 'ready', backend: 'wasm', modelId: classifier.info.id, loadMs: 0 }),
        classify: async (texts) => ({
          readings: await classifier.readPosts(texts),
          info: classifier.info,
          thresholds: classifier.thresholds,
          weights: classifier.weights,
        }),
      });
      const { results } = await handler({ type: 'content/score-threads', threads: [thread] });
      expect(cli).toEqual(results[0]?.report);
    } finally {
      await classifier.dispose();
    }
    expect(cli.model).toEqual({ id: expect.any(String), version: expect.any(String) });
    expect(cli.posts).toHaveLength(thread.posts.length);
    expect(cli.signals.map((s) => s.id)).toEqual(expect.arrayContaining(['inauthentic-style', 'toxic-language', 'propaganda-language']));
  }, 60_000);

  it('applies a settings file, bare or wrapped with an allow-list', async () => {
    const off = Object.fromEntries(['duplicate-replies', 'reply-burst', 'bot-like-accounts'].map((id) => [id, { enabled: false, weight: 0.5 }]));
    const bare = write('bare.json', JSON.stringify({ signals: off }));
    const bareReport = JSON.parse((await run(['score', '--settings', bare, COORDINATED])).out) as Report;
    expect(bareReport.thread.level).toBe('none');

    const wrapped = write('wrapped.json', JSON.stringify({ scoring: { sensitivity: 50 }, allowlist: ['PATRIOT44817202', '@kxvrtplm'] }));
    const wrappedReport = JSON.parse((await run(['score', '--settings', wrapped, COORDINATED])).out) as Report;
    expect(wrappedReport.notes).toContain('2 replies from allow-listed accounts were left out.');
  });

  it('exits 2 for a bad settings file, naming it and the field', async () => {
    const bad = write('bad-settings.json', JSON.stringify({ scoring: { signals: { 'reply-burst': { weight: 3 } } } }));
    expect(await run(['score', '--settings', bad, COORDINATED])).toEqual({
      code: 2,
      out: '',
      err: `threadlens score: ${bad}: scoring.signals.reply-burst.weight must be a number from 0 to 1\n`,
    });
    const notJson = write('not-json.json', 'sensitivity=3');
    expect((await run(['score', '--settings', notJson, COORDINATED])).code).toBe(2);
  });
});
