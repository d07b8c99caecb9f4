// The reddit-json importer, and its agreement with the page adapter: our thread saved three ways (the .json answer,
// the old.reddit page, the www.reddit page: test/fixtures/reddit/) gives the same posts, authors, times, replies.
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { importRedditThread, readRedditJson } from '../../../../src/sites/reddit/reddit-json-thread.ts';
import { redditAdapter } from '../../../../src/sites/reddit/reddit-adapter.ts';
import { parsePage } from '../../../../src/sites/parse-page.ts';
import type { Post } from '../../../../src/shared/thread.ts';
import { importedThread, runCli } from '../api-test-helpers.ts';

const JSON_FILE = 'test/fixtures/reddit/thread.json';
const answer = JSON.parse(readFileSync(JSON_FILE, 'utf8')) as unknown;

/** What both must agree on. Text up to whitespace: the page's layout adds or drops spaces around blocks. */
const shape = (p: Post) => ({
  id: p.id,
  handle: p.author.handle,
  createdAt: p.createdAt,
  replyTo: p.replyTo,
  text: p.text.replace(/\s+/g, ' ').trim(),
  links: p.links,
});

describe('threadlens import --from reddit-json', () => {
  it('reads the submission, then the comments depth first, with fullnames and parent ids', () => {
    const thread = importedThread(importRedditThread(answer));
    expect(thread.site).toBe('reddit');
    expect(thread.url).toBe('https://www.reddit.com/r/threadlens_demo/comments/1h2abcd/which_library_do_you_use_for_offline_maps/');
    expect(thread.posts.map((p) => p.id)).toEqual(['t3_1h2abcd', 't1_m1aaaa', 't1_m1bbbb', 't1_m1cccc', 't1_m1dddd', 't1_m1eeee', 't1_m1ffff']);
    expect(thread.posts[0]).toMatchObject({ createdAt: '2026-11-20T10:00:00.000Z', metrics: { replies: 8 } });
  });

  it('reports "more" stubs apart, never as posts', () => {
    const read = readRedditJson(answer);
    expect(read.ok && read.value.unloaded).toEqual([{ parentId: 't1_m1aaaa', count: 2 }]);
  });

  it.each(['test/fixtures/reddit/old-thread.html', 'test/fixtures/reddit/shreddit-thread.html'])('agrees with the adapter on %s', (file) => {
    const page = parsePage(redditAdapter, parseHTML(readFileSync(file, 'utf8')).document, new URL('https://www.reddit.com/'));
    const imported = importedThread(importRedditThread(answer));
    expect(page.map(shape)).toEqual(imported.posts.map(shape));
  });

  it('refuses what is not a comments answer, and says so on the command line', async () => {
    expect(importRedditThread({ kind: 'Listing' }).ok).toBe(false);
    expect(importRedditThread([{ kind: 'Listing', data: { children: [] } }, {}]).ok).toBe(false);
    const run = await runCli(['import', '--from', 'reddit-json', JSON_FILE]);
    expect(run.code).toBe(0);
    expect(run.err).toBe(`${JSON_FILE}: 1 "load more" stub: 2 replies not read (not in this input)\n`);
  });

  it('survives a hostile answer: missing fields, a 5000-deep tree, a comment twice', () => {
    let node: unknown = '';
    for (let i = 0; i < 5000; i++) node = { kind: 'Listing', data: { children: [{ kind: 't1', data: { name: `t1_${i}`, replies: node } }] } };
    const deep = [{ kind: 'Listing', data: { children: [{ kind: 't3', data: { name: 't3_p' } }] } }, node];
    const thread = importedThread(importRedditThread(deep));
    expect(thread.posts).toHaveLength(5001);
    const twice = { kind: 't1', data: { name: 't1_a', author: 'a', body: 'x' } };
    const dup = [
      { kind: 'Listing', data: { children: [{ kind: 't3', data: { name: 't3_p' } }] } },
      { kind: 'Listing', data: { children: [twice, twice] } },
    ];
    expect(importedThread(importRedditThread(dup)).posts.map((p) => p.id)).toEqual(['t3_p', 't1_a']);
  });
});
