// bot-like-accounts: a large share of the replying accounts look automated or bought.
// A few odd-looking accounts are normal in any thread (new users, people without a picture,
// sign-up handles with numbers), so the score starts only above a share that genuine accounts
// reach (see docs/scoring.md for the rates measured on Cresci 2017) and needs several accounts.
import type { Author, Post, Thread } from '../shared/thread.ts';
import type { AccountTrait } from './account-traits.ts';
import { ACCOUNT_TRAITS, ODD_ACCOUNT_SUSPICION, accountSuspicion, accountTraits, displayNameKey } from './account-traits.ts';
import { normaliseHandle } from '../shared/normalise-handle.ts';
import { parsePostTime } from './post-time.ts';
import type { Signal } from './signal.ts';
import { clamp01, notComputedSignal, quietSignal, round3 } from './signal.ts';
import { threadReplies } from './thread-replies.ts';
import { listWords } from './wording.ts';
import { defineSignal } from './signal-definition.ts';

export const BOT_LIKE_ACCOUNTS = {
  minOddAccounts: 3,
  /** share of odd-looking replying accounts where the score starts, and where it is full */
  baseShare: 0.1,
  fullShare: 0.4,
  /** odd-looking accounts at which the count part of the score is full */
  fullOddAccounts: 6,
} as const;

interface Account {
  author: Author;
  posts: Post[];
  postedAt: number | undefined;
}

export const botLikeAccounts: Signal = (thread: Thread, ctx) => {
  const id = 'bot-like-accounts';
  if (thread.posts.length === 0) return notComputedSignal(id, 'the thread has no posts');
  const { root, replies } = threadReplies(thread, ctx);
  const rootAuthor = root ? normaliseHandle(root.author.handle) : undefined;
  const accounts = new Map<string, Account>();
  for (const post of replies) {
    const handle = normaliseHandle(post.author.handle);
    if (handle === rootAuthor) continue; // the author answering his own thread is not a replying account
    const account = accounts.get(handle);
    const time = parsePostTime(post.createdAt, ctx.now);
    if (account) {
      account.posts.push(post);
      account.author = { ...post.author, ...account.author };
      // the account's earliest post, whatever the order of the page: the first in the list made
      // the level depend on the order of the replies (found by test/unit/properties, 2026-12)
      if (time.ok && (account.postedAt === undefined || time.ms < account.postedAt)) account.postedAt = time.ms;
    } else {
      accounts.set(handle, { author: post.author, posts: [post], postedAt: time.ok ? time.ms : undefined });
    }
  }
  if (accounts.size === 0) return quietSignal(id, 'No replying accounts to look at.');

  const nameCounts = new Map<string, number>();
  for (const { author } of accounts.values()) {
    const key = displayNameKey(author.displayName);
    if (key !== undefined) nameCounts.set(key, (nameCounts.get(key) ?? 0) + 1);
  }
  const odd: { account: Account; traits: AccountTrait[] }[] = [];
  for (const account of accounts.values()) {
    const key = displayNameKey(account.author.displayName);
    const sharesDisplayName = key !== undefined && (nameCounts.get(key) ?? 0) > 1;
    const traits = accountTraits({ author: account.author, postedAt: account.postedAt, sharesDisplayName }, ctx.now);
    if (accountSuspicion(traits) >= ODD_ACCOUNT_SUSPICION) odd.push({ account, traits });
  }

  const { minOddAccounts, baseShare, fullShare, fullOddAccounts } = BOT_LIKE_ACCOUNTS;
  const share = odd.length / accounts.size;
  const byShare = clamp01((share - baseShare) / (fullShare - baseShare));
  const byCount = clamp01((odd.length - minOddAccounts + 1) / (fullOddAccounts - minOddAccounts + 1));
  const score = odd.length >= minOddAccounts ? byShare * byCount : 0;
  if (odd.length === 0) return quietSignal(id, `None of the ${accounts.size} replying accounts looks automated.`);
  const summary = `${odd.length} of ${accounts.size} replying accounts look automated (${listWords(commonTraits(odd.map((o) => o.traits)))}).`;
  return { id, score: round3(score), summary, posts: odd.flatMap((o) => o.account.posts.map((p) => p.id)) };
};

/** The traits behind the odd-looking accounts, most frequent first, in words. */
function commonTraits(traitLists: readonly AccountTrait[][]): string[] {
  const counts = new Map<AccountTrait, number>();
  for (const list of traitLists) for (const t of list) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([t]) => ACCOUNT_TRAITS[t].words);
}

export const botLikeAccountsSignal = defineSignal({
  id: 'bot-like-accounts',
  name: 'Bot-like accounts',
  hint: 'handles ending in long numbers, default pictures, shared names, new accounts',
  defaultWeight: 0.4,
  why: 'a platform migration fills honest threads with new, follower-less accounts (the Mastodon fixture): alone it reaches "elevated" only near full score, when over a third of the repliers (and at least 6) look automated',
  needsModel: false,
  detect: botLikeAccounts,
});
