import { describe, expect, it } from 'vitest';
import { createScoreThreads } from '../../../src/background/handlers/score-threads.ts';
import { ReportCache } from '../../../src/background/report-cache.ts';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings/schema.ts';
import type { Thread } from '../../../src/shared/thread.ts';
import { scoringKey } from '../../../src/shared/settings/scoring-key.ts';
import type { ScoredTexts } from '../../../src/background/classifier/classifier-service.ts';

const thread = (n: number, text = 'an ordinary reply about the library hours'): Thread => ({
  site: 'x',
  posts: Array.from({ length: n }, (_, i) => ({ id: String(i + 1), author: { handle: `user${i}` }, text: `${text} ${i}`, ...(i > 0 ? { replyTo: '1' } : {}) })),
});

function fakeClassify(calls: number[]): (texts: readonly string[]) => Promise<ScoredTexts> {
  return async (texts) => {
    calls.push(texts.length);
    return {
      // Posts in German are not read (the language gate), the rest score high.
      readings: texts.map((t) =>
        t.startsWith('Das ')
          ? { read: false as const, reason: 'language' as const, language: 'de' }
          : { read: true as const, language: 'en', scores: { inauthentic: 0.9, toxic: 0.95, machine_generated: 0.1, propaganda: 0.2 } },
      ),
      info: { id: 'fake', version: '2' },
      thresholds: { inauthentic: 0.8, toxic: 0.8, machine_generated: 0.8, propaganda: 0.8 },
      weights: { inauthentic: 1, toxic: 1, machine_generated: 1, propaganda: 1 },
    };
  };
}

describe('content/score-threads', () => {
  it('classifies all posts of a request in one call and gives each report its posts scores', async () => {
    const calls: number[] = [];
    const handler = createScoreThreads({
      cache: new ReportCache(null),
      getSettings: async () => DEFAULT_SETTINGS,
      classifierStatus: () => ({ state: 'ready', backend: 'wasm', modelId: 'fake', loadMs: 1 }),
      classify: fakeClassify(calls),
    });
    const { results } = await handler({ type: 'content/score-threads', threads: [thread(3), thread(5, 'something else entirely, said plainly')] });
    expect(calls).toEqual([8]);
    expect(results.map((r) => r.report.posts?.length)).toEqual([3, 5]);
    expect(results[0]?.report.model).toEqual({ id: 'fake', version: '2' });
    expect(results[0]?.report.signals.map((s) => s.id)).toContain('toxic-language');
  });

  it('passes only read posts to the signals and lists the others as not read: language', async () => {
    const handler = createScoreThreads({
      cache: new ReportCache(null),
      getSettings: async () => DEFAULT_SETTINGS,
      classifierStatus: () => ({ state: 'ready', backend: 'wasm', modelId: 'fake', loadMs: 1 }),
      classify: fakeClassify([]),
    });
    const mixed: Thread = {
      site: 'x',
      posts: [...thread(4).posts, ...thread(3, 'Das ist eine ganz normale Antwort').posts.map((p) => ({ ...p, id: `de${p.id}`, replyTo: '1' }))],
    };
    const { results } = await handler({ type: 'content/score-threads', threads: [mixed] });
    const report = results[0]?.report;
    expect(report?.posts?.map((p) => p.id)).toEqual(['1', '2', '3', '4']);
    expect(report?.postsNotRead).toEqual(['de1', 'de2', 'de3'].map((id) => ({ id, reason: 'language', language: 'de' })));
    const toxic = report?.signals.find((s) => s.id === 'toxic-language');
    expect(toxic?.notRead).toBe(3);
    expect(toxic?.summary).toMatch(/3 of 3 replies .*3 replies were not read: language\./);
    expect(report?.notes?.join(' ')).toMatch(/3 posts were not read by the classifier: language \(de\)/);
  });

  it('scores on the signals alone when the classifier is not available, and caches by model state', async () => {
    const handler = createScoreThreads({
      cache: new ReportCache(null),
      getSettings: async () => DEFAULT_SETTINGS,
      classifierStatus: () => ({ state: 'loading' }),
      classify: async () => null,
    });
    const first = await handler({ type: 'content/score-threads', threads: [thread(4)] });
    expect(first.results[0]?.report.model).toBeNull();
    expect(first.results[0]?.report.posts).toBeUndefined();
    expect(first.classifier).toEqual({ state: 'loading' });
    expect(first.settingsKey).toBe(scoringKey(DEFAULT_SETTINGS));
    const second = await handler({ type: 'content/score-threads', threads: [thread(4)] });
    expect(second.results[0]?.cached).toBe(true);
  });
});
