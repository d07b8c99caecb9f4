// `threadlens score [--model DIR] [--settings FILE] FILE.json|-`: the Report JSON of one Thread,
// made by exactly the scoreThread the extension runs (contract: ../shared/contracts/cli.md).
import type { Command } from '../command.ts';
import { inputError, UsageError } from '../errors.ts';
import { parseJson, readInput } from '../io.ts';
import { validateThread } from '../../shared/validate-thread.ts';
import { scoreThread } from '../../scoring/score-thread.ts';
import { DEFAULT_SCORING_SETTINGS } from '../../scoring/scoring-settings.ts';
import type { SettingsFile } from '../../scoring/settings-file.ts';
import { readSettingsFile } from '../../scoring/settings-file.ts';
import type { CliIO } from '../io.ts';

export const command: Command = {
  spec: {
    name: 'score',
    usage: 'threadlens score [--model DIR] [--settings FILE] FILE.json|-',
    values: ['model', 'settings'],
    positionals: [1, 1],
  },
  async run(args, io) {
    // TODO(expires 2026-12-31): load the classifier from DIR and pass its post scores and model info
    // to scoreThread once src/classifier lands; until then --model is refused rather than ignored.
    if (args.values.model !== undefined) throw new UsageError(`--model ${args.values.model}: classifier not available yet`);
    const settings = args.values.settings === undefined ? undefined : await loadSettings(args.values.settings, io);
    const file = args.positionals[0] ?? '-';
    const thread = validateThread(parseJson(await readInput(file, io), file));
    if (!thread.ok) throw inputError(file, thread.error);
    const report = scoreThread(thread.value, {
      scoring: settings?.scoring ?? DEFAULT_SCORING_SETTINGS,
      allowlist: settings?.allowlist ?? [],
      now: Date.now(),
      model: null,
    });
    await io.stdout(`${JSON.stringify(report, null, 2)}\n`);
    return 0;
  },
};

/** A settings file with any wrong field is refused: on the command line a silent default would hide a typo. */
async function loadSettings(file: string, io: CliIO): Promise<SettingsFile> {
  if (file === '-') throw new UsageError('--settings needs a file, not standard input');
  const settings = readSettingsFile(parseJson(await readInput(file, io), file));
  const first = settings.problems[0];
  if (first !== undefined) throw inputError(file, first);
  return settings;
}
