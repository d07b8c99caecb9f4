// content/score-threads: a Report for each thread, from the cache when the same thread was
// scored under the same settings and model before. The classifier scores every post's text in
// one queued call for the whole request (the router checked it and its size); if it is not ready in time, or not available, threads
// are scored on their signals alone and the report says so.
import { fnv1a, threadHash } from '../../shared/hash.ts';
import type { ClassifierStatus } from '../../shared/classifier-status.ts';
import type { Request, Response, ScoredThread } from '../../shared/messages.ts';
import type { Settings } from '../../shared/settings/schema.ts';
import { scoringKey } from '../../shared/settings/scoring-key.ts';
import { resolveScoring, signalSetting } from '../../scoring/scoring-settings.ts';
import { postTexts, scoreWithModel, splitModelScores, type ClassifyTexts } from '../../scoring/score-with-model.ts';
import type { ReportCache } from '../report-cache.ts';
import type { MemoryStore } from '../memory-store.ts';

export interface ScoreThreadsDeps {
  cache: ReportCache;
  getSettings: () => Promise<Settings>;
  classifierStatus: () => ClassifierStatus;
  /** scores texts in order; null when the classifier is not available (yet) */
  classify?: ClassifyTexts;
  now?: () => number;
  /** the cross-thread memory, used while the cross-thread-copies signal is on ("remember threads across pages") */
  memory?: MemoryStore;
}

export function createScoreThreads(deps: ScoreThreadsDeps) {
  const now = deps.now ?? (() => performance.now());
  return async (request: Request<'content/score-threads'>): Promise<Response<'content/score-threads'>> => {
    // The router validated the request (src/shared/validate-request.ts): whole Threads, within the limits.
    const threads = request.threads;
    const start = now();
    const texts = postTexts(threads);
    const model = deps.classify && texts.length > 0 ? await deps.classify(texts) : null;
    const classifyMs = now() - start;
    // The head weights are part of the key: re-measuring them changes reports without a new version.
    const modelKey = model ? `${model.info.id}@${model.info.version}:${fnv1a(JSON.stringify(model.weights)).toString(36)}` : 'no-model';
    const perThread = splitModelScores(threads, model);
    // Read after the classifier call, which may wait seconds for the model: settings changed
    // meanwhile must not be answered with the ones from before.
    const settings = await deps.getSettings();
    const { scoring, allowlist } = settings;
    // resolved, so a report cached before a default weight changed is not served after it
    const settingsKey = fnv1a(JSON.stringify(resolveScoring(scoring)) + JSON.stringify(allowlist)).toString(36);

    // The memory is read and written only while its signal is on: turned off, nothing is remembered.
    const memory = deps.memory && signalSetting(scoring, 'cross-thread-copies').enabled ? await deps.memory.get() : undefined;
    const results: ScoredThread[] = [];
    for (const [i, thread] of threads.entries()) {
      const hash = threadHash(thread);
      const key = `${hash}|${settingsKey}|${modelKey}`;
      const cached = await deps.cache.get(key);
      if (cached) {
        results.push({ hash, report: cached, ms: 0, cached: true });
        continue;
      }
      const t0 = now();
      const wallNow = Date.now();
      const report = scoreWithModel(thread, perThread[i] ?? null, { scoring, allowlist, now: wallNow, ...(memory ? { memory } : {}) });
      if (memory) {
        memory.remember(thread, wallNow);
        deps.memory?.changed();
      }
      // The thread's share of the one classifier call, plus its own scoring time.
      const ms = now() - t0 + (texts.length > 0 ? (classifyMs * thread.posts.length) / texts.length : 0);
      await deps.cache.set(key, report);
      results.push({ hash, report, ms, cached: false });
    }
    return { results, classifier: deps.classifierStatus(), settingsKey: scoringKey(settings) };
  };
}
