// `threadlens score [--model DIR] [--settings FILE] FILE.json|-`: the Report JSON of one Thread,
// made by the scoring path the extension's background runs (scoreThreadsWithModel), with the
// classifier from DIR when --model is given (contract: ../shared/contracts/cli.md).
import type { Command } from '../command.ts';
import { inputError } from '../errors.ts';
import { parseJson, readInput } from '../io.ts';
import { loadSettings, scoreWithCliModel } from '../score-options.ts';
import { validateThread } from '../../shared/validate-thread.ts';
import { DEFAULT_SETTINGS } from '../../shared/settings/schema.ts';

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
    const report = await scoreWithCliModel(thread.value, settings, args.values.model, Date.now());
    await io.stdout(`${JSON.stringify(report, null, 2)}\n`);
    return 0;
  },
};
