// The tuning and held-out evaluation sets, split before any tuning:
// - coordinated: IRA campaigns before 2017-06-01 tune; later campaigns by accounts never seen in
//   tuning are held out (other period, other accounts);
// - ordinary: every corpus and the Cresci genuine accounts are split in two halves by a hash of
//   the text or handle, one half per set; the two real threads (Bluesky and Mastodon fixtures)
//   are held out.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { importBlueskyThread } from '../../src/sites/bluesky/bluesky-api-thread.ts';
import { importMastodonThread } from '../../src/sites/mastodon/mastodon-api-thread.ts';
import { pageMeta } from '../../src/sites/page-meta.ts';
import { parsePage } from '../../src/sites/parse-page.ts';
import { redditAdapter } from '../../src/sites/reddit/reddit-adapter.ts';
import type { Result } from '../../src/shared/result.ts';
import type { Thread } from '../../src/shared/thread.ts';
import { normaliseText, wordCount } from '../../src/signals/normalise-text.ts';
import type { EvalThread, Pools } from './build-threads.ts';
import { buildCoordinatedThread, buildOrdinaryThread, threadNow } from './build-threads.ts';
import { loadCresciAccounts } from './cresci-accounts.ts';
import type { IraCampaign } from './ira-campaigns.ts';
import { findIraCampaigns, splitCampaigns } from './ira-campaigns.ts';
import type { OrdinarySource } from './ordinary-texts.ts';
import { ORDINARY_SOURCES, loadOrdinaryTexts } from './ordinary-texts.ts';
import { seededRandom, stableHash } from './seeded-random.ts';

export const TIME_SPLIT = Date.parse('2017-06-01T00:00:00Z');

export interface EvalSetOptions {
  /** ../shared/data */
  dataDir: string;
  /** ../shared/fixtures, for the two real threads; skipped when absent */
  fixturesDir?: string;
  seed: number;
  ordinaryPerSet: number;
  coordinatedPerSet: number;
  /** campaigns already read from the IRA file (it takes most of the run to read) */
  campaigns?: readonly IraCampaign[];
}

export interface EvalSets {
  tuning: EvalThread[];
  heldOut: EvalThread[];
  /** how the data was split, for the report */
  split: { tuningCampaigns: number; heldOutCampaigns: number; droppedForSharedAuthors: number };
}

export const inHalf = (key: string, half: 0 | 1): boolean => stableHash(key) % 2 === half;

export async function buildEvalSets(options: EvalSetOptions): Promise<EvalSets> {
  const [texts, accounts, campaigns] = await Promise.all([
    loadOrdinaryTexts(options.dataDir),
    loadCresciAccounts(options.dataDir),
    options.campaigns ?? findIraCampaigns(join(options.dataDir, 'raw/ira-english-originals.csv')),
  ]);
  const split = splitCampaigns(campaigns, TIME_SPLIT);
  const pools = (half: 0 | 1): Record<OrdinarySource, Pools> => {
    const people = accounts.genuine.filter((a) => inHalf(a.handle, half));
    const pool = (source: OrdinarySource): Pools => {
      const mine = texts[source].filter((t) => inHalf(t, half));
      return { texts: mine, longTexts: mine.filter((t) => t.split(/\s+/).length >= 6), accounts: people };
    };
    return { sentiment140: pool('sentiment140'), tweeteval: pool('tweeteval'), 'davidson-neither': pool('davidson-neither') };
  };
  const tuning = buildSet(seededRandom(options.seed), pools(0), split.tuning, options);
  const heldOut = buildSet(seededRandom(options.seed + 1), pools(1), split.heldOut, options);
  if (options.fixturesDir) heldOut.push(...(await fixtureThreads(options.fixturesDir)));
  return { tuning, heldOut, split: { tuningCampaigns: split.tuning.length, heldOutCampaigns: split.heldOut.length, droppedForSharedAuthors: split.dropped } };
}

function buildSet(
  rng: ReturnType<typeof seededRandom>,
  pools: Record<OrdinarySource, Pools>,
  campaigns: readonly IraCampaign[],
  options: EvalSetOptions,
): EvalThread[] {
  const out: EvalThread[] = [];
  for (let i = 0; i < options.ordinaryPerSet; i++) {
    const source = ORDINARY_SOURCES[i % ORDINARY_SOURCES.length] ?? 'sentiment140';
    // 15 to 300 posts with the root, spread evenly on a log scale
    const replies = Math.round(rng.logUniform(14, 299));
    const start = Date.parse('2015-06-01T00:00:00Z') + rng.next() * 540 * 24 * 3600_000;
    const thread = buildOrdinaryThread(rng, pools[source], replies, start);
    out.push({ kind: 'ordinary', source, thread, now: threadNow(thread) });
  }
  for (const campaign of rng.shuffle(campaigns).slice(0, options.coordinatedPerSet)) {
    const source = ORDINARY_SOURCES[rng.int(0, ORDINARY_SOURCES.length - 1)] ?? 'sentiment140';
    const thread = buildCoordinatedThread(rng, pools[source], campaign, Math.round(rng.logUniform(10, 150)));
    out.push({
      kind: 'coordinated',
      source: `ira/${campaign.tweets[0]?.category ?? 'unknown'}`,
      thread,
      campaignAccounts: campaign.authors.size,
      campaignWords: wordCount(normaliseText(campaign.tweets[0]?.content ?? '')),
      now: threadNow(thread),
    });
  }
  return out;
}

export async function fixtureThreads(dir: string): Promise<EvalThread[]> {
  const load = async (path: string, importer: (v: unknown) => Result<Thread>, source: string): Promise<EvalThread | undefined> => {
    try {
      const result = importer(JSON.parse(await readFile(join(dir, path), 'utf8')));
      return result.ok ? { kind: 'ordinary', source, thread: result.value, now: threadNow(result.value) } : undefined;
    } catch {
      return undefined;
    }
  };
  const threads = await Promise.all([
    load('bluesky-api/get-post-thread-letterboxd.json', importBlueskyThread, 'bluesky-fixture'),
    load('mastodon-api/status-context-59-replies.json', importMastodonThread, 'mastodon-fixture'),
    loadRedditPage(join(dir, 'reddit/old-reddit-thread-2018.html'), 'reddit-fixture'),
  ]);
  return threads.filter((t): t is EvalThread => t !== undefined);
}

/** A saved Reddit page read as `threadlens parse` reads it (the Reddit adapter, the page's own URL). */
async function loadRedditPage(path: string, source: string): Promise<EvalThread | undefined> {
  try {
    const html = await readFile(path, 'utf8');
    const { document } = parseHTML(html);
    const url = pageMeta(document, html).url;
    const posts = parsePage(redditAdapter, document, new URL(url !== undefined && /^https?:/.test(url) ? url : 'https://old.reddit.com/'));
    if (posts.length === 0) return undefined;
    const thread: Thread = { site: 'reddit', posts };
    return { kind: 'ordinary', source, thread, now: threadNow(thread) };
  } catch {
    return undefined;
  }
}
