// content/score-threads: a Report for each thread, from the cache when the same thread was
// scored under the same settings and model before. The classifier scores every post's text in
// one queued call for the whole request; if it is not ready in time, or not available, threads
// are scored on their signals alone and the report says so.
import { fnv1a, threadHash } from '../../shared/hash.ts';
import type { ClassifierStatus } from '../../shared/classifier-status.ts';
import type { Request, Response, ScoredThread } from '../../shared/messages.ts';
import type { PostScores } from '../../shared/report.ts';
import type { Settings } from '../../shared/settings.ts';
import type { Thread } from '../../shared/thread.ts';
import { scoreThread } from '../../scoring/score-thread.ts';
import { scoreOptionsFrom } from '../score-options.ts';
import type { ReportCache } from '../report-cache.ts';
import type { ScoredTexts } from '../classifier/classifier-service.ts';
import type { MemoryStore } from '../memory-store.ts';

export interface ScoreThreadsDeps {
  cache: ReportCache;
  getSettings: () => Promise<Settings>;
  classifierStatus: () => ClassifierStatus;
  /** scores texts in order; null when the classifier is not available (yet) */
  classify?: (texts: readonly string[]) => Promise<ScoredTexts | null>;
  now?: () => number;
  /** the cross-thread memory, used while the cross-thread-copies signal is on ("remember threads across pages") */
  memory?: MemoryStore;
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
    const modelKey = model ? `${model.info.id}@${model.info.version}` : 'no-model';

    // The memory is read and written only while its signal is on: turned off, nothing is remembered.
    const memory = deps.memory && options.scoring.signals['cross-thread-copies']?.enabled ? await deps.memory.get() : undefined;
    const results: ScoredThread[] = [];
    let offset = 0;
    for (const thread of threads) {
      const hash = threadHash(thread);
      const key = `${hash}|${settingsKey}|${modelKey}`;
      const postScores = model ? new Map<string, PostScores>() : undefined;
      thread.posts.forEach((post, i) => {
        const s = model?.scores[offset + i];
        if (postScores && s) postScores.set(post.id, s);
      });
      offset += thread.posts.length;
      const cached = await deps.cache.get(key);
      if (cached) {
        results.push({ hash, report: cached, ms: 0, cached: true });
        continue;
      }
      const t0 = now();
      const wallNow = Date.now();
      const report = scoreThread(thread, {
        ...options,
        now: wallNow,
        ...(memory ? { memory } : {}),
        ...(model && postScores ? { postScores, model: model.info, modelThresholds: model.thresholds } : {}),
      });
      if (memory) {
        memory.remember(thread, wallNow);
        deps.memory?.changed();
      }
      // The thread's share of the one classifier call, plus its own scoring time.
      const ms = now() - t0 + (texts.length > 0 ? (classifyMs * thread.posts.length) / texts.length : 0);
      await deps.cache.set(key, report);
      results.push({ hash, report, ms, cached: false });
    }
    return { results, classifier: deps.classifierStatus() };
  };
}
