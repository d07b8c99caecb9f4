// The background's classifier: built lazily once, on the first texts to score; calls are queued
// and batched; scores are cached per text. If it cannot load, it says why and every caller gets
// null (the thread signals carry the label alone). Environment-free: the loader is injected, so
// the same queueing runs under Vitest.
import type { ClassifierStatus } from '../../shared/classifier-status.ts';
import { fnv1a } from '../../shared/hash.ts';
import type { ModelInfo, PostScores } from '../../shared/report.ts';
import { errorMessage } from '../../shared/result.ts';
import type { Classifier, PostReading } from '../../classifier/classifier.ts';

export interface LoadedClassifier {
  classifier: Classifier;
  backend: 'wasm';
}

export interface ClassifierServiceOptions {
  load: () => Promise<LoadedClassifier>;
  now?: () => number;
  /** texts per model call */
  batchSize?: number;
  /** texts whose scores are kept (LRU) */
  cacheSize?: number;
}

export interface ScoredTexts {
  /** per text, in order: its scores, or why the model did not read it (language) */
  readings: PostReading[];
  info: ModelInfo;
  thresholds: PostScores;
  weights: PostScores;
}

export class ClassifierService {
  private state: ClassifierStatus = { state: 'off', reason: 'not loaded yet' };
  private loading: Promise<LoadedClassifier | null> | null = null;
  private readonly cache = new Map<string, PostReading>();
  /** texts (by cache key) a model call in progress is scoring: settles when it ends */
  private readonly pending = new Map<string, Promise<unknown>>();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: ClassifierServiceOptions) {}

  status(): ClassifierStatus {
    return this.state;
  }

  /** Starts loading (once) and resolves when it is ready or has failed. */
  ready(): Promise<LoadedClassifier | null> {
    this.loading ??= (async () => {
      const now = this.options.now ?? (() => performance.now());
      const start = now();
      this.state = { state: 'loading' };
      try {
        const loaded = await this.options.load();
        this.state = { state: 'ready', backend: loaded.backend, modelId: loaded.classifier.info.id, loadMs: now() - start };
        return loaded;
      } catch (e) {
        this.state = { state: 'failed', reason: errorMessage(e).split('\n')[0] ?? 'unknown error' };
        return null;
      }
    })();
    return this.loading;
  }

  /**
   * Scores texts in order, from the cache where it can. Resolves null when the classifier is not
   * available, or has not scored them within `waitMs` (loading and the model call together): the
   * caller scores without it and asks again later, when the scores have reached the cache. A
   * request never waits on the model beyond that, so a slow first model call (seconds on a busy
   * machine) cannot hold back the relabel a settings change asks for.
   */
  async score(texts: readonly string[], waitMs = Infinity): Promise<ScoredTexts | null> {
    const work = this.scoreWhenReady(texts);
    if (!Number.isFinite(waitMs)) return work;
    // the model call goes on after the timeout and fills the cache; its failure is handled inside
    work.catch(() => undefined);
    return Promise.race([work, new Promise<null>((r) => setTimeout(() => r(null), waitMs))]);
  }

  private async scoreWhenReady(texts: readonly string[]): Promise<ScoredTexts | null> {
    const ready = this.ready();
    const loaded = await ready;
    if (!loaded) return null;
    const { classifier } = loaded;
    const keys = texts.map((t) => `${t.length}:${fnv1a(t).toString(36)}`);
    // Texts a model call already in progress is scoring are awaited, not scored again: a tab
    // asking again while a slow call runs must not queue the same work behind it.
    const missing: number[] = [];
    const inFlight = new Set<Promise<unknown>>();
    const claimed = new Set<string>();
    keys.forEach((key, i) => {
      if (this.cache.has(key)) return;
      const pending = this.pending.get(key);
      if (pending) inFlight.add(pending);
      else if (!claimed.has(key)) {
        claimed.add(key);
        missing.push(i);
      }
    });
    if (missing.length > 0) {
      // One model call at a time: transformers.js chains sessions anyway, and this keeps the order.
      const run = this.queue.then(() => classifier.readPosts(missing.map((i) => texts[i] ?? '')));
      this.queue = run.catch(() => undefined);
      const settled = run.then(
        () => undefined,
        () => undefined,
      );
      for (const i of missing) this.pending.set(keys[i] ?? '', settled);
      let fresh: PostReading[];
      try {
        fresh = await run;
      } catch (e) {
        for (const i of missing) this.pending.delete(keys[i] ?? '');
        // e.g. WASM out of memory: forget this classifier, so the next call loads it afresh.
        if (this.loading === ready) this.loading = null;
        this.state = { state: 'failed', reason: `a model call failed: ${errorMessage(e).split('\n')[0]}` };
        await loaded.classifier.dispose().catch(() => undefined);
        return null;
      }
      missing.forEach((i, j) => {
        const key = keys[i] ?? '';
        this.pending.delete(key);
        const s = fresh[j];
        if (s) this.remember(key, s);
      });
    }
    await Promise.all(inFlight);
    // a call this one waited on failed: no scores for those texts this time
    if (keys.some((key) => !this.cache.has(key)) && inFlight.size > 0) return null;
    const readings = keys.map((key) => this.cache.get(key));
    if (readings.some((s) => s === undefined)) throw new Error('the classifier returned fewer scores than texts');
    return { readings: readings as PostReading[], info: classifier.info, thresholds: classifier.thresholds, weights: classifier.weights };
  }

  /** Milliseconds one uncached model call on these texts takes (for `threadlens bench`). */
  async timeBatch(texts: readonly string[]): Promise<number> {
    const loaded = await this.ready();
    if (!loaded) throw new Error(`the classifier is not available: ${this.state.state === 'failed' ? this.state.reason : this.state.state}`);
    const run = this.queue.then(async () => {
      const start = performance.now();
      await loaded.classifier.score(texts);
      return performance.now() - start;
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  private remember(key: string, reading: PostReading): void {
    this.cache.delete(key);
    this.cache.set(key, reading);
    const cap = this.options.cacheSize ?? 20_000;
    while (this.cache.size > cap) {
      const oldest = this.cache.keys().next().value;
      if (oldest === undefined) break;
      this.cache.delete(oldest);
    }
  }
}
