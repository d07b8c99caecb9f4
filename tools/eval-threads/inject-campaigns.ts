// Campaigns injected into real threads, as replies to the root: the host thread keeps every one of
// its own posts, so a campaign is judged among real conversation. Each builder returns the posts it
// added, so the evaluation can tell a thread flagged for the campaign from one flagged for itself.
import type { Author, Post, Thread } from '../../src/shared/thread.ts';
import { rootPost } from '../../src/shared/thread.ts';
import { threadNow } from './build-threads.ts';
import type { IraCampaign } from './ira-campaigns.ts';
import type { Random } from './seeded-random.ts';

const MINUTE = 60_000;

export interface Injected {
  thread: Thread;
  now: number;
  /** ids of the posts the campaign added */
  injected: Set<string>;
}

/** When a campaign arrives: 2 minutes to 6 hours after the root (log-uniform), while the thread is read. */
export function campaignStart(host: Thread, rng: Random): number {
  const rootMs = Date.parse(rootPost(host)?.createdAt ?? '') || 0;
  return rootMs + rng.logUniform(2, 360) * MINUTE;
}

export function withReplies(host: Thread, added: readonly Post[]): Injected {
  const root = rootPost(host);
  const rest = host.posts.filter((p) => p !== root);
  const posts = [...rest, ...added].sort((a, b) => (Date.parse(a.createdAt ?? '') || 0) - (Date.parse(b.createdAt ?? '') || 0));
  const thread: Thread = { ...host, posts: root ? [root, ...posts] : posts };
  return { thread, now: threadNow(thread), injected: new Set(added.map((p) => p.id)) };
}

/** (a) a real IRA copy burst: its real accounts, texts and relative minutes, moved to `start`. */
export function injectCopyBurst(host: Thread, campaign: IraCampaign, rng: Random, tag: string): Injected {
  const rootId = rootPost(host)?.id ?? '';
  const start = campaignStart(host, rng);
  const added = campaign.tweets.map((t, i): Post => ({
    id: `${tag}-copy-${i}`,
    author: t.followers === undefined ? { handle: t.author } : { handle: t.author, followers: t.followers },
    text: t.content,
    createdAt: new Date(start + (t.time - campaign.start) + Math.floor(rng.next() * MINUTE)).toISOString(),
    replyTo: rootId,
  }));
  return withReplies(host, added);
}

/** (b) a generated campaign: each account its own text on one topic, all within `spanMinutes`. */
export function injectGenerated(host: Thread, texts: readonly string[], accounts: readonly Author[], spanMinutes: number, rng: Random, tag: string): Injected {
  const rootId = rootPost(host)?.id ?? '';
  const start = campaignStart(host, rng);
  const n = Math.min(texts.length, accounts.length);
  const added = Array.from({ length: n }, (_, i): Post => ({
    id: `${tag}-gen-${i}`,
    author: accounts[i] ?? { handle: `${tag}-${i}` },
    text: texts[i] ?? '',
    createdAt: new Date(start + Math.floor(rng.next() * spanMinutes * MINUTE)).toISOString(),
    replyTo: rootId,
  }));
  return withReplies(host, added);
}

/** (c) one copy of a campaign's text under this thread, by one account, 2 minutes to 2 hours after the root. */
export function injectOneCopy(host: Thread, text: string, account: Author, rng: Random, tag: string): Injected {
  const root = rootPost(host);
  const rootMs = Date.parse(root?.createdAt ?? '') || 0;
  const post: Post = {
    id: `${tag}-one`,
    author: account,
    text,
    createdAt: new Date(rootMs + rng.logUniform(2, 120) * MINUTE).toISOString(),
    replyTo: root?.id ?? '',
  };
  return withReplies(host, [post]);
}
