// The one scoring path with a classifier, shared by the background's content/score-threads and
// `threadlens score --model`: every post text of a batch of threads goes to the classifier in one
// call (in thread order), and each thread is scored on its signals plus its own posts' scores.
// The classifier is passed in (the extension's service worker or offscreen model, or Node's), so
// this stays pure of browsers and of onnxruntime.
import type { ModelInfo, PostScores, Report } from '../shared/report.ts';
import type { Thread } from '../shared/thread.ts';
import { scoreThread, type ScoreOptions } from './score-thread.ts';

/** What a classifier gave for a list of texts: scores in the texts' order. */
export interface ModelScores {
  scores: readonly PostScores[];
  info: ModelInfo;
  thresholds: PostScores;
}

/** Scores texts in order; null when no classifier is available (yet). */
export type ClassifyTexts = (texts: readonly string[]) => Promise<ModelScores | null>;

/** A thread's own share of one classifier answer. */
export interface ThreadModelScores {
  postScores: ReadonlyMap<string, PostScores>;
  info: ModelInfo;
  thresholds: PostScores;
}

export type BaseScoreOptions = Omit<ScoreOptions, 'postScores' | 'model' | 'modelThresholds'>;

/** Every post's text, thread by thread: what the classifier is given, in this order. */
export function postTexts(threads: readonly Thread[]): string[] {
  // The background takes threads from a content script: a post without a string text scores as empty.
  return threads.flatMap((t) => t.posts.map((p) => (typeof p.text === 'string' ? p.text : '')));
}

/** Splits one classifier answer for `postTexts(threads)` into each thread's post scores. */
export function splitModelScores(threads: readonly Thread[], model: ModelScores | null): Array<ThreadModelScores | null> {
  let offset = 0;
  return threads.map((thread) => {
    const start = offset;
    offset += thread.posts.length;
    if (!model) return null;
    const postScores = new Map<string, PostScores>();
    thread.posts.forEach((post, i) => {
      const s = model.scores[start + i];
      if (s) postScores.set(post.id, s);
    });
    return { postScores, info: model.info, thresholds: model.thresholds };
  });
}

/** One thread's Report from its signals and, when a classifier ran, its posts' scores. */
export function scoreWithModel(thread: Thread, model: ThreadModelScores | null, options: BaseScoreOptions): Report {
  return scoreThread(thread, {
    ...options,
    ...(model ? { postScores: model.postScores, model: model.info, modelThresholds: model.thresholds } : { model: null }),
  });
}

/** Classifies every post of the threads in one call, then scores each (the CLI's path; the background adds its cache). */
export async function scoreThreadsWithModel(threads: readonly Thread[], options: BaseScoreOptions, classify?: ClassifyTexts): Promise<Report[]> {
  const texts = postTexts(threads);
  const model = classify && texts.length > 0 ? await classify(texts) : null;
  const perThread = splitModelScores(threads, model);
  return threads.map((thread, i) => scoreWithModel(thread, perThread[i] ?? null, options));
}
