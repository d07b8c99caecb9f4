// `threadlens import --from <bluesky-api|mastodon-api|reddit-json> FILE.json`: one Thread JSON from a platform's
// API answer (contract: ../shared/contracts/cli.md).
import type { Command } from '../command.ts';
import { inputError, UsageError } from '../errors.ts';
import { parseJson, readInput } from '../io.ts';
import { importBlueskyThread } from '../../sites/bluesky/bluesky-api-thread.ts';
import { importMastodonThread } from '../../sites/mastodon/mastodon-api-thread.ts';
import { importRedditThread, readRedditJson } from '../../sites/reddit/reddit-json-thread.ts';
import { unloadedNote } from '../unloaded-note.ts';
import type { Result } from '../../shared/result.ts';
import type { Thread } from '../../shared/thread.ts';

const IMPORTERS: Record<string, (answer: unknown) => Result<Thread>> = {
  'bluesky-api': importBlueskyThread,
  'mastodon-api': importMastodonThread,
  'reddit-json': importRedditThread,
};
const USAGE = 'threadlens import --from <bluesky-api|mastodon-api|reddit-json> FILE.json';

export const command: Command = {
  spec: { name: 'import', usage: USAGE, values: ['from'], positionals: [1, 1] },
  async run(args, io) {
    const from = args.values.from;
    if (from === undefined) throw new UsageError(`--from is required. Usage: ${USAGE}`);
    const importer = IMPORTERS[from];
    if (!importer) throw new UsageError(`--from must be one of ${Object.keys(IMPORTERS).join(', ')}, not "${from}"`);
    const file = args.positionals[0] ?? '-';
    const answer = parseJson(await readInput(file, io), file);
    const thread = importer(answer);
    if (!thread.ok) throw inputError(file, thread.error);
    await io.stdout(`${JSON.stringify(thread.value, null, 2)}\n`);
    // Replies the answer holds back ("more" stubs) are said on standard error, never invented as posts.
    if (from === 'reddit-json') {
      const read = readRedditJson(answer);
      const note = read.ok ? unloadedNote(read.value.unloaded) : undefined;
      if (note !== undefined) await io.stderr(`${file}: ${note}\n`);
    }
    return 0;
  },
};
