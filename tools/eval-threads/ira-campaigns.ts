// Coordinated posting in the IRA tweets (../shared/data/raw/ira-english-originals.csv): the same
// text, once normalised (case, punctuation, links, mentions), posted by 3 or more different accounts
// within CAMPAIGN_WINDOW_MS. These are real coordination events, used as the replies of test threads.
import type { Post } from '../../src/shared/thread.ts';
import { normaliseText } from '../../src/signals/normalise-text.ts';
import { csvFileRows } from './csv-file-rows.ts';

export const CAMPAIGN_WINDOW_MS = 15 * 60_000;
export const MIN_CAMPAIGN_ACCOUNTS = 3;

export interface IraTweet {
  author: string;
  category: string;
  /** ms; the file has minute resolution */
  time: number;
  followers: number | undefined;
  content: string;
}

export interface IraCampaign {
  /** the normalised text the tweets share */
  key: string;
  tweets: IraTweet[];
  start: number;
  authors: Set<string>;
}

/** Streams the file once; keeps only what is needed to find repeated texts. */
export async function findIraCampaigns(csvPath: string): Promise<IraCampaign[]> {
  const byKey = new Map<string, IraTweet[]>();
  for await (const row of csvFileRows(csvPath)) {
    const content = row.content ?? '';
    const key = normaliseText(content);
    const time = Date.parse(`${(row.publish_date ?? '').replace(' ', 'T')}Z`);
    if (key === '' || Number.isNaN(time)) continue;
    const followers = Number(row.followers);
    const tweet: IraTweet = {
      author: row.author ?? '',
      category: row.account_category ?? '',
      time,
      followers: row.followers !== '' && Number.isInteger(followers) && followers >= 0 ? followers : undefined,
      content,
    };
    const list = byKey.get(key);
    if (list) list.push(tweet);
    else byKey.set(key, [tweet]);
  }
  const campaigns: IraCampaign[] = [];
  for (const [key, tweets] of byKey) {
    if (tweets.length < MIN_CAMPAIGN_ACCOUNTS) continue;
    tweets.sort((a, b) => a.time - b.time);
    // windows that start at a tweet and hold 3+ accounts; taken greedily, never overlapping
    let i = 0;
    while (i < tweets.length) {
      const startTime = tweets[i]?.time ?? 0;
      let j = i;
      while (j + 1 < tweets.length && (tweets[j + 1]?.time ?? Infinity) - startTime <= CAMPAIGN_WINDOW_MS) j++;
      const window = tweets.slice(i, j + 1);
      const authors = new Set(window.map((t) => t.author));
      if (authors.size >= MIN_CAMPAIGN_ACCOUNTS) {
        campaigns.push({ key, tweets: window, start: startTime, authors });
        i = j + 1;
      } else i++;
    }
  }
  return campaigns.sort((a, b) => a.start - b.start || a.key.localeCompare(b.key));
}

export interface CampaignSplit {
  tuning: IraCampaign[];
  heldOut: IraCampaign[];
  /** later campaigns dropped because an author of theirs is in the tuning set */
  dropped: number;
}

/**
 * Tuning: campaigns before `cutoff`. Held out: campaigns from `cutoff` on whose accounts never
 * appear in a tuning campaign, so held-out threads share neither period nor authors with tuning.
 */
export function splitCampaigns(campaigns: readonly IraCampaign[], cutoff: number): CampaignSplit {
  const tuning = campaigns.filter((c) => c.start < cutoff);
  const tuned = new Set(tuning.flatMap((c) => [...c.authors]));
  const later = campaigns.filter((c) => c.start >= cutoff);
  const heldOut = later.filter((c) => ![...c.authors].some((a) => tuned.has(a)));
  return { tuning, heldOut, dropped: later.length - heldOut.length };
}

/** The campaign's tweets as replies: the real author, follower count and time (seconds drawn within the minute). */
export function campaignReplies(campaign: IraCampaign, rootId: string, seconds: () => number): Post[] {
  return campaign.tweets.map((t, i) => {
    const post: Post = {
      id: `ira-${campaign.start}-${i}`,
      author: t.followers === undefined ? { handle: t.author } : { handle: t.author, followers: t.followers },
      text: t.content,
      createdAt: new Date(t.time + Math.floor(seconds() * 60_000)).toISOString(),
      replyTo: rootId,
    };
    return post;
  });
}
