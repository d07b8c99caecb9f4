// What `threadlens score` and `threadlens report` share: the settings file (--settings) read by the
// one settings reader, and the scoring path the extension's background runs, with the classifier
// from --model DIR when given. One place, so a report is always scored as `score` scores.
import type { CliIO } from './io.ts';
import { inputError, UsageError } from './errors.ts';
import { parseJson, readInput } from './io.ts';
import { readSettings } from '../shared/settings/read-settings.ts';
import type { Settings } from '../shared/settings/schema.ts';
import type { Report } from '../shared/report.ts';
import type { Thread } from '../shared/thread.ts';
import { scoreThreadsWithModel, type ClassifyTexts } from '../scoring/score-with-model.ts';
import { loadNodeClassifier } from '../classifier/node-classifier.ts';
import type { CrossThreadMemory } from '../memory/cross-thread-memory.ts';

/**
 * The settings file goes through the one settings reader (the options page's export, or bare
 * scoring settings), and any wrong field refuses it: on the command line a silent default would
 * hide a typo.
 */
export async function loadSettings(file: string, io: CliIO): Promise<Settings> {
  if (file === '-') throw new UsageError('--settings needs a file, not standard input');
  const read = readSettings(parseJson(await readInput(file, io), file));
  if (!read.ok) throw inputError(file, read.error);
  const first = read.value.problems[0];
  if (first !== undefined) throw inputError(file, first);
  return read.value.settings;
}

/** Scores one thread as the background does; the classifier from modelDir (q8, as the extension's WebAssembly backend runs it). */
export async function scoreWithCliModel(thread: Thread, settings: Settings, modelDir: string | undefined, now: number): Promise<Report> {
  const [report] = await scoreManyWithCliModel([thread], settings, modelDir, now);
  if (report === undefined) throw new Error('scoring returned no report');
  return report;
}

/** Scores threads in order, as the background does, with one classifier call and, when given, one cross-thread memory. */
export async function scoreManyWithCliModel(
  threads: readonly Thread[],
  settings: Settings,
  modelDir: string | undefined,
  now: number,
  memory?: CrossThreadMemory | undefined,
): Promise<Report[]> {
  const classifier = modelDir === undefined ? null : await loadNodeClassifier(modelDir, { dtype: 'q8' });
  try {
    const classify: ClassifyTexts | undefined = classifier
      ? async (texts) => ({
          readings: await classifier.readPosts(texts),
          info: classifier.info,
          thresholds: classifier.thresholds,
          weights: classifier.weights,
        })
      : undefined;
    return await scoreThreadsWithModel(threads, { scoring: settings.scoring, allowlist: settings.allowlist, now }, classify, memory);
  } finally {
    await classifier?.dispose();
  }
}
