// content/score-threads: a Report for each thread, from the cache when the same thread was
// scored under the same settings and model before. The classifier scores every post's text in
// one queued call for the whole request; if it is not ready in time, or not available, threads
// are scored on their signals alone and the report says so.
import { fnv1a, threadHash } from '../../shared/hash.ts';
import type { ClassifierStatus } from '../../shared/classifier-status.ts';
import type { Request, Response, ScoredThread } from '../../shared/messages.ts';
import type { NotReadPost, PostScores } from '../../shared/report.ts';
import type { Settings } from '../../shared/settings.ts';
import type { Thread } from '../../shared/thread.ts';
import { scoreThread } from '../../scoring/score-thread.ts';
import { scoreOptionsFrom } from '../score-options.ts';
import type { ReportCache } from '../report-cache.ts';
import type { ScoredTexts } from '../classifier/classifier-service.ts';

export interface ScoreThreadsDeps {
  cache: ReportCache;
  getSettings: () => Promise<Settings>;
  classifierStatus: () => ClassifierStatus;
  /** scores texts in order; null when the classifier is not available (yet) */
  classify?: (texts: readonly string[]) => Promise<ScoredTexts | null>;
  now?: () => number;
}

/** Threads beyond these are cut, so one message can't make the worker run for minutes. */
export const MAX_THREADS_PER_REQUEST = 64;

function isThread(value: unknown): value is Thread {
  if (typeof value !== 'object' || value === null) return false;
  const t = value as { site?: unknown; posts?: unknown };
  return typeof t.site === 'string' && Array.isArray(t.posts);
}

export function createScoreThreads(deps: ScoreThreadsDeps) {
  const now = deps.now ?? (() => performance.now());
  return async (request: Request<'content/score-threads'>): Promise<Response<'content/score-threads'>> => {
    if (!Array.isArray(request.threads)) throw new Error('threads must be an array');
    const threads = request.threads.slice(0, MAX_THREADS_PER_REQUEST);
    for (const thread of threads) if (!isThread(thread)) throw new Error('a thread must have a site and posts');
    const settings = await deps.getSettings();
    const options = scoreOptionsFrom(settings);
    const settingsKey = fnv1a(JSON.stringify(options.scoring) + JSON.stringify(options.allowlist)).toString(36);

    const start = now();
    const texts = threads.flatMap((t) => t.posts.map((p) => (typeof p.text === 'string' ? p.text : '')));
    const model = deps.classify && texts.length > 0 ? await deps.classify(texts) : null;
    const classifyMs = now() - start;
    // The head weights are part of the key: re-measuring them changes reports without a new version.
    const modelKey = model ? `${model.info.id}@${model.info.version}:${fnv1a(JSON.stringify(model.weights)).toString(36)}` : 'no-model';

    const results: ScoredThread[] = [];
    let offset = 0;
    for (const thread of threads) {
      const hash = threadHash(thread);
      const key = `${hash}|${settingsKey}|${modelKey}`;
      // Only posts the model read reach the signals; the others are listed as not read (language).
      const postScores = model ? new Map<string, PostScores>() : undefined;
      const postsNotRead = new Map<string, NotReadPost>();
      thread.posts.forEach((post, i) => {
        const reading = model?.readings[offset + i];
        if (!reading) return;
        if (reading.read) postScores?.set(post.id, reading.scores);
        else postsNotRead.set(post.id, { id: post.id, reason: reading.reason, language: reading.language });
      });
      offset += thread.posts.length;
      const cached = await deps.cache.get(key);
      if (cached) {
        results.push({ hash, report: cached, ms: 0, cached: true });
        continue;
      }
      const t0 = now();
      const report = scoreThread(thread, {
        ...options,
        now: Date.now(),
        ...(model && postScores ? { postScores, postsNotRead, model: model.info, modelThresholds: model.thresholds, modelWeights: model.weights } : {}),
      });
      // The thread's share of the one classifier call, plus its own scoring time.
      const ms = now() - t0 + (texts.length > 0 ? (classifyMs * thread.posts.length) / texts.length : 0);
      await deps.cache.set(key, report);
      results.push({ hash, report, ms, cached: false });
    }
    return { results, classifier: deps.classifierStatus() };
  };
}
