// The one scoring path with a classifier, shared by the background's content/score-threads and
// `threadlens score --model`: every post text of a batch of threads goes to the classifier in one
// call (in thread order), and each thread is scored on its signals plus its own posts' readings:
// scores for the posts the heads read, "not read" with the reason for the others (their language).
// The classifier is passed in (the extension's service worker or offscreen model, or Node's), so
// this stays pure of browsers and of onnxruntime.
import type { PostReading } from '../classifier/classifier.ts';
import type { CrossThreadMemory } from '../memory/cross-thread-memory.ts';
import type { ModelInfo, NotReadPost, PostScores, Report } from '../shared/report.ts';
import type { Thread } from '../shared/thread.ts';
import { scoreThread, type ScoreOptions } from './score-thread.ts';

/** What a classifier gave for a list of texts: a reading per text, in the texts' order. */
export interface ModelReadings {
  readings: readonly PostReading[];
  info: ModelInfo;
  thresholds: PostScores;
  /** per head, its weight in the thread score (from held-out AUC) */
  weights: PostScores;
}

/** Reads texts in order; null when no classifier is available (yet). */
export type ClassifyTexts = (texts: readonly string[]) => Promise<ModelReadings | null>;

/** A thread's own share of one classifier answer. */
export interface ThreadModelScores {
  postScores: ReadonlyMap<string, PostScores>;
  postsNotRead: ReadonlyMap<string, NotReadPost>;
  info: ModelInfo;
  thresholds: PostScores;
  weights: PostScores;
}

export type BaseScoreOptions = Omit<ScoreOptions, 'postScores' | 'postsNotRead' | 'model' | 'modelThresholds' | 'modelWeights'>;

/** Every post's text, thread by thread: what the classifier is given, in this order. */
export function postTexts(threads: readonly Thread[]): string[] {
  // The background takes threads from a content script: a post without a string text scores as empty.
  return threads.flatMap((t) => t.posts.map((p) => (typeof p.text === 'string' ? p.text : '')));
}

/** Splits one classifier answer for `postTexts(threads)` into each thread's readings. */
export function splitModelScores(threads: readonly Thread[], model: ModelReadings | null): Array<ThreadModelScores | null> {
  let offset = 0;
  return threads.map((thread) => {
    const start = offset;
    offset += thread.posts.length;
    if (!model) return null;
    // Only posts the model read reach the signals; the others are listed as not read.
    const postScores = new Map<string, PostScores>();
    const postsNotRead = new Map<string, NotReadPost>();
    thread.posts.forEach((post, i) => {
      const reading = model.readings[start + i];
      if (!reading) return;
      if (reading.read) postScores.set(post.id, reading.scores);
      else postsNotRead.set(post.id, { id: post.id, reason: reading.reason, language: reading.language });
    });
    return { postScores, postsNotRead, info: model.info, thresholds: model.thresholds, weights: model.weights };
  });
}

/** One thread's Report from its signals and, when a classifier ran, its posts' readings. */
export function scoreWithModel(thread: Thread, model: ThreadModelScores | null, options: BaseScoreOptions): Report {
  return scoreThread(thread, {
    ...options,
    ...(model
      ? { postScores: model.postScores, postsNotRead: model.postsNotRead, model: model.info, modelThresholds: model.thresholds, modelWeights: model.weights }
      : { model: null }),
  });
}

/**
 * Classifies every post of the threads in one call, then scores each in order (the CLI's path; the
 * background adds its cache). With a cross-thread memory, each thread is scored against what the
 * memory holds and then remembered, as the browser meets threads one after another.
 */
export async function scoreThreadsWithModel(
  threads: readonly Thread[],
  options: Omit<BaseScoreOptions, 'memory'>,
  classify?: ClassifyTexts,
  memory?: CrossThreadMemory | undefined,
): Promise<Report[]> {
  const texts = postTexts(threads);
  const model = classify && texts.length > 0 ? await classify(texts) : null;
  const perThread = splitModelScores(threads, model);
  return threads.map((thread, i) => {
    const now = options.now ?? Date.now();
    const report = scoreWithModel(thread, perThread[i] ?? null, { ...options, now, ...(memory ? { memory } : {}) });
    memory?.remember(thread, now);
    return report;
  });
}
