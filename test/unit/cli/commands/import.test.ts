import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Thread } from '../../../../src/shared/thread.ts';
import { SHARED_FIXTURES, runCli as run, sharedFixturesMissing, skipNote } from '../../sites/api-test-helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'threadlens-import-'));

describe('threadlens import', () => {
  it.skipIf(sharedFixturesMissing)(`imports the real Bluesky and Mastodon answers${skipNote}`, async () => {
    const bluesky = await run(['import', '--from', 'bluesky-api', join(SHARED_FIXTURES, 'bluesky-api/get-post-thread-letterboxd.json')]);
    expect(bluesky.code).toBe(0);
    expect((JSON.parse(bluesky.out) as Thread).posts).toHaveLength(16);
    const mastodon = await run(['import', '--from=mastodon-api', join(SHARED_FIXTURES, 'mastodon-api/status-context-59-replies.json')]);
    expect(mastodon.code).toBe(0);
    expect((JSON.parse(mastodon.out) as Thread).posts).toHaveLength(59);
  });

  it('reads standard input and its output scores', async () => {
    const answer = JSON.stringify({ ancestors: [], descendants: [{ id: '1', account: { acct: 'a' }, content: '<p>hi</p>' }] });
    const imported = await run(['import', '--from', 'mastodon-api', '-'], answer);
    expect(imported.code).toBe(0);
    const scored = await run(['score', '-'], imported.out);
    expect(scored.code).toBe(0);
  });

  it('exits 2 with one line for bad usage and bad input', async () => {
    expect((await run(['import', 'x.json'])).err).toBe(
      'threadlens import: --from is required. Usage: threadlens import --from <bluesky-api|mastodon-api|reddit-json> FILE.json\n',
    );
    expect((await run(['import', '--from', 'twitter-api', 'x.json'])).code).toBe(2);
    const file = join(dir, 'wrong.json');
    writeFileSync(file, JSON.stringify({ feed: [] }));
    expect(await run(['import', '--from', 'bluesky-api', file])).toEqual({
      code: 2,
      out: '',
      err: `threadlens import: ${file}: not an app.bsky.feed.getPostThread answer (no "thread" object)\n`,
    });
    writeFileSync(file, '<html>');
    const notJson = await run(['import', '--from', 'mastodon-api', file]);
    expect(notJson.code).toBe(2);
    expect(notJson.err).toContain(`${file}: not valid JSON`);
  });
});
