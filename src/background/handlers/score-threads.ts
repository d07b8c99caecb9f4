// content/score-threads: a Report for each thread, from the cache when the same thread was
// scored under the same settings and model before.
import { fnv1a, threadHash } from '../../shared/hash.ts';
import type { ClassifierStatus } from '../../shared/classifier-status.ts';
import type { Request, Response, ScoredThread } from '../../shared/messages.ts';
import type { Settings } from '../../shared/settings.ts';
import type { Thread } from '../../shared/thread.ts';
import { scoreThread } from '../../scoring/score-thread.ts';
import { scoreOptionsFrom } from '../score-options.ts';
import type { ReportCache } from '../report-cache.ts';

export interface ScoreThreadsDeps {
  cache: ReportCache;
  getSettings: () => Promise<Settings>;
  classifierStatus: () => ClassifierStatus;
  now?: () => number;
}

/** Threads and posts beyond these are cut, so one message can't make the worker run for minutes. */
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
    const settings = await deps.getSettings();
    const options = scoreOptionsFrom(settings);
    const settingsKey = fnv1a(JSON.stringify(options.scoring) + JSON.stringify(options.allowlist)).toString(36);
    const results: ScoredThread[] = [];
    for (const thread of request.threads.slice(0, MAX_THREADS_PER_REQUEST)) {
      if (!isThread(thread)) throw new Error('a thread must have a site and posts');
      const hash = threadHash(thread);
      const key = `${hash}|${settingsKey}`;
      const cached = await deps.cache.get(key);
      if (cached) {
        results.push({ hash, report: cached, ms: 0, cached: true });
        continue;
      }
      const start = now();
      const report = scoreThread(thread, { ...options, now: Date.now() });
      const ms = now() - start;
      await deps.cache.set(key, report);
      results.push({ hash, report, ms, cached: false });
    }
    return { results, classifier: deps.classifierStatus() };
  };
}
