// `threadlens score [--model DIR] [--settings FILE] FILE.json|-`: the Report JSON of one Thread,
// made by the scoring path the extension's background runs (scoreThreadsWithModel), with the
// classifier from DIR when --model is given (contract: ../shared/contracts/cli.md).
import type { Command } from '../command.ts';
import type { CliIO } from '../io.ts';
import { inputError, UsageError } from '../errors.ts';
import { parseJson, readInput } from '../io.ts';
import { validateThread } from '../../shared/validate-thread.ts';
import { readSettings } from '../../shared/settings/read-settings.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/settings/schema.ts';
import { scoreThreadsWithModel, type ClassifyTexts } from '../../scoring/score-with-model.ts';
import { loadNodeClassifier } from '../../classifier/node-classifier.ts';

export const command: Command = {
  spec: {
    name: 'score',
    usage: 'threadlens score [--model DIR] [--settings FILE] FILE.json|-',
    values: ['model', 'settings'],
    positionals: [1, 1],
  },
  async run(args, io) {
    const settings = args.values.settings === undefined ? DEFAULT_SETTINGS : await loadSettings(args.values.settings, io);
    const file = args.positionals[0] ?? '-';
    const thread = validateThread(parseJson(await readInput(file, io), file));
    if (!thread.ok) throw inputError(file, thread.error);
    const modelDir = args.values.model;
    // q8, as the extension's WebAssembly backend runs it
    const classifier = modelDir === undefined ? null : await loadNodeClassifier(modelDir, { dtype: 'q8' });
    try {
      const classify: ClassifyTexts | undefined = classifier
        ? async (texts) => ({ scores: await classifier.score(texts), info: classifier.info, thresholds: classifier.thresholds })
        : undefined;
      const [report] = await scoreThreadsWithModel([thread.value], { scoring: settings.scoring, allowlist: settings.allowlist, now: Date.now() }, classify);
      io.stdout(`${JSON.stringify(report, null, 2)}\n`);
    } finally {
      await classifier?.dispose();
    }
    return 0;
  },
};

/**
 * The settings file goes through the one settings reader (the options page's export, or bare
 * scoring settings), and any wrong field refuses it: on the command line a silent default would
 * hide a typo.
 */
async function loadSettings(file: string, io: CliIO): Promise<Settings> {
  if (file === '-') throw new UsageError('--settings needs a file, not standard input');
  const read = readSettings(parseJson(await readInput(file, io), file));
  if (!read.ok) throw inputError(file, read.error);
  const first = read.value.problems[0];
  if (first !== undefined) throw inputError(file, first);
  return read.value.settings;
}
