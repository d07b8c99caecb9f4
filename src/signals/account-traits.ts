// The traits of one account that, taken together, make it look automated or bought.
// Each trait has a weight (how much it says alone); an account's suspicion is their noisy-OR,
// and bot-like-accounts counts an account as odd-looking only at ODD_ACCOUNT_SUSPICION,
// which no single trait reaches alone.
import type { Author } from '../shared/thread.ts';
import { isAutoNumberedHandle, isRandomLookingHandle } from './handle-pattern.ts';
import { parsePostTime } from './post-time.ts';

export const ACCOUNT_TRAITS = {
  autoNumberedHandle: { weight: 0.35, words: 'handles ending in a long number' },
  randomHandle: { weight: 0.35, words: 'random-looking handles' },
  defaultAvatar: { weight: 0.4, words: 'default profile pictures' },
  sharedDisplayName: { weight: 0.4, words: 'display names shared with other accounts' },
  // Young accounts are common in honest threads too: a platform migration (Mastodon, November
  // 2022: most repliers of the fixture thread were days old) fills threads with them. So age
  // never makes an account odd-looking alone.
  newAccount: { weight: 0.3, words: 'accounts under 30 days old' },
  brandNewAccount: { weight: 0.4, words: 'accounts under 7 days old' },
  fewFollowers: { weight: 0.4, words: 'fewer than 10 followers' },
  followsFarMore: { weight: 0.2, words: 'following far more accounts than follow them' },
} as const;
export type AccountTrait = keyof typeof ACCOUNT_TRAITS;

export const ODD_ACCOUNT_SUSPICION = 0.5;
const DAY_MS = 24 * 60 * 60_000;

export interface AccountFacts {
  author: Author;
  /** when the account posted in this thread (ms), for its age then; else the clock */
  postedAt: number | undefined;
  /** another account in the same thread shows the same display name */
  sharesDisplayName: boolean;
}

export function accountTraits(facts: AccountFacts, now: number): AccountTrait[] {
  const { author } = facts;
  const traits: AccountTrait[] = [];
  if (isAutoNumberedHandle(author.handle)) traits.push('autoNumberedHandle');
  if (isRandomLookingHandle(author.handle)) traits.push('randomHandle');
  if (author.defaultAvatar === true) traits.push('defaultAvatar');
  if (facts.sharesDisplayName) traits.push('sharedDisplayName');
  const created = parsePostTime(author.createdAt, now);
  if (created.ok) {
    const age = (facts.postedAt ?? now) - created.ms;
    // a negative age is an account re-created or moved after the post: its age then is unknown
    if (age >= 0 && age < 7 * DAY_MS) traits.push('brandNewAccount');
    else if (age >= 0 && age < 30 * DAY_MS) traits.push('newAccount');
  }
  if (typeof author.followers === 'number' && author.followers < 10) traits.push('fewFollowers');
  if (
    typeof author.following === 'number' &&
    typeof author.followers === 'number' &&
    author.following >= 200 &&
    author.following >= 10 * Math.max(1, author.followers)
  ) {
    traits.push('followsFarMore');
  }
  return traits;
}

/** noisy-OR of the traits' weights: two moderate traits make an odd-looking account, one does not */
export function accountSuspicion(traits: readonly AccountTrait[]): number {
  return 1 - traits.reduce((p, t) => p * (1 - ACCOUNT_TRAITS[t].weight), 1);
}

/** Display names compared loosely, and only ones long enough to be chosen rather than common. */
export function displayNameKey(name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  const key = name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return key.length >= 4 ? key : undefined;
}
