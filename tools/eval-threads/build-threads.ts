// Evaluation threads: ordinary ones from unrelated real tweets and real (Cresci genuine) account
// profiles, and coordinated ones made by adding one real IRA campaign to an ordinary thread.
//
// The ordinary threads are not made easy. Besides unrelated authors and texts they get:
// - reply times drawn like real ones: log-normal delays after the root, pace varying 60-fold
//   between threads, and in one thread of five a second wave hours later (a reshare);
// - short generic replies ("lol", "this", "congrats!") in about one reply of ten;
// - in one thread of four, 2 to 4 accounts posting the same text hours apart (a quote, a meme);
// - in one thread of seven, 3 to 6 accounts sharing the same news link;
// - in one thread of four, a topical hashtag on a tenth to a third of the replies;
// - replies addressed to the root's author ("@handle ..."), as X shows them.
import type { Author, Post, Thread } from '../../src/shared/thread.ts';
import type { IraCampaign } from './ira-campaigns.ts';
import { campaignReplies } from './ira-campaigns.ts';
import { MASKED_MENTION } from './ordinary-texts.ts';
import type { Random } from './seeded-random.ts';

export type EvalKind = 'coordinated' | 'ordinary';

export interface EvalThread {
  kind: EvalKind;
  /** where the replies came from: a corpus, a fixture, or "ira/<account category>" */
  source: string;
  thread: Thread;
  /** coordinated only: distinct accounts in the campaign, and words in its text */
  campaignAccounts?: number;
  campaignWords?: number;
  /** the clock to score with: just after the last post */
  now: number;
}

export interface Pools {
  texts: readonly string[];
  /** texts of 6 words or more: what people copy from each other */
  longTexts: readonly string[];
  accounts: readonly Author[];
}

const MINUTE = 60_000;
const GENERIC_REPLIES = [
  'lol',
  'this',
  'congrats!',
  'so true',
  'thank you',
  'same',
  'exactly',
  '100%',
  'yes!',
  'love this',
  'agreed',
  'wow',
  'omg',
  'facts',
  '😂😂😂',
  '❤️',
  'haha',
  'no way',
  'this is the way',
  'well said',
  'thank you so much!',
  '👏👏',
];
const TOPICAL_TAGS = ['#debate', '#news', '#breaking', '#election2016', '#nba', '#gameofthrones', '#love', '#tbt', '#mondaymotivation', '#brexit'];
const NEWS_SITES = ['nytimes.com', 'bbc.co.uk', 'cnn.com', 'theguardian.com', 'washingtonpost.com', 'foxnews.com', 'reuters.com'];

let nextId = 0;
const newId = (prefix: string): string => `${prefix}-${(nextId++).toString(36)}`;

function fillMentions(text: string, rng: Random, accounts: readonly Author[]): string {
  return text.split(MASKED_MENTION).reduce((acc, part) => `${acc}@${rng.pick(accounts).handle}${part}`);
}

/** Draws texts without repeats within one thread: repeats are added on purpose (copyText), not by chance. */
function textDrawer(rng: Random, texts: readonly string[]): () => string {
  const used = new Set<number>();
  return () => {
    let i = rng.int(0, texts.length - 1);
    for (let tries = 0; used.has(i) && tries < 20; tries++) i = rng.int(0, texts.length - 1);
    used.add(i);
    return texts[i] ?? '';
  };
}

/** An ordinary thread: a root and `replies` replies starting at `start` (ms). */
export function buildOrdinaryThread(rng: Random, pools: Pools, replies: number, start: number): Thread {
  const draw = textDrawer(rng, pools.texts);
  const rootAuthor = rng.pick(pools.accounts);
  const root: Post = { id: newId('root'), author: rootAuthor, text: fillMentions(draw(), rng, pools.accounts), createdAt: new Date(start).toISOString() };
  const median = rng.logUniform(3, 180) * MINUTE;
  const sigma = 0.8 + rng.next() * 1.2;
  const wave = rng.chance(0.2) ? { at: start + rng.logUniform(120, 1440) * MINUTE, share: 0.1 + rng.next() * 0.15 } : undefined;
  const repliers: Author[] = [];
  const posts: Post[] = [];
  for (let i = 0; i < replies; i++) {
    // one reply in ten comes from someone already in the conversation
    const author = repliers.length > 0 && rng.chance(0.1) ? rng.pick(repliers) : rng.pick(pools.accounts);
    repliers.push(author);
    const delay = wave && rng.chance(wave.share) ? wave.at - start + rng.logNormal(15 * MINUTE, 0.8) : rng.logNormal(median, sigma);
    const body = rng.chance(0.1) ? rng.pick(GENERIC_REPLIES) : fillMentions(draw(), rng, pools.accounts);
    const text = rng.chance(0.4) ? `@${rootAuthor.handle} ${body}` : body;
    posts.push({ id: newId('reply'), author, text, createdAt: new Date(start + Math.max(1000, delay)).toISOString(), replyTo: root.id });
  }
  if (rng.chance(0.25) && posts.length >= 8) copyText(rng, posts, rng.pick(pools.longTexts), rng.int(2, 4));
  if (rng.chance(1 / 7) && posts.length >= 8) shareLink(rng, posts);
  if (rng.chance(0.25)) {
    const tag = rng.pick(TOPICAL_TAGS);
    const share = 0.1 + rng.next() * 0.23;
    for (const post of posts) if (rng.chance(share)) post.text = `${post.text} ${tag}`;
  }
  return { site: 'x', posts: [root, ...posts.sort((a, b) => (a.createdAt ?? '').localeCompare(b.createdAt ?? ''))] };
}

/** Real life: a few people post the same quote or meme, hours apart. */
function copyText(rng: Random, posts: Post[], text: string, copies: number): void {
  for (const post of rng.shuffle(posts).slice(0, copies)) post.text = text;
}

/** Real life: a few people cite the same article, some with tracking tags. */
function shareLink(rng: Random, posts: Post[]): void {
  const url = `https://www.${rng.pick(NEWS_SITES)}/2016/${rng.int(1, 12)}/${rng.int(1, 28)}/story-${rng.int(1000, 9999)}.html`;
  for (const post of rng.shuffle(posts).slice(0, rng.int(3, 6))) {
    const link = rng.chance(0.5) ? `${url}?utm_source=twitter&utm_medium=social` : url;
    post.text = `${post.text} ${link}`;
    post.links = [link];
  }
}

/** An ordinary thread around a real campaign: the root comes 1 minute to 12 hours before it. */
export function buildCoordinatedThread(rng: Random, pools: Pools, campaign: IraCampaign, ordinaryReplies: number): Thread {
  const start = campaign.start - rng.logUniform(1, 720) * MINUTE;
  const base = buildOrdinaryThread(rng, pools, ordinaryReplies, start);
  const [root, ...replies] = base.posts;
  if (!root) return base;
  const campaignPosts = campaignReplies(campaign, root.id, () => rng.next());
  const all = [...replies, ...campaignPosts].sort((a, b) => (a.createdAt ?? '').localeCompare(b.createdAt ?? ''));
  return { ...base, posts: [root, ...all] };
}

/** Just after the last post: what a reader opening the thread then would see. */
export function threadNow(thread: Thread): number {
  return Math.max(...thread.posts.map((p) => Date.parse(p.createdAt ?? '') || 0)) + MINUTE;
}
