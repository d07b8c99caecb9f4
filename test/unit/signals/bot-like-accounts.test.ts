import { describe, expect, it } from 'vitest';
import type { Author, Post } from '../../../src/shared/thread.ts';
import { accountSuspicion, accountTraits } from '../../../src/signals/account-traits.ts';
import { botLikeAccounts } from '../../../src/signals/bot-like-accounts.ts';
import { handleName, isAutoNumberedHandle, isRandomLookingHandle } from '../../../src/signals/handle-pattern.ts';
import { NOW, at, context, makeThread, organicReplies, reply } from './thread-builder.ts';

const by = (id: string, author: Author, extra: Partial<Post> = {}): Post => ({
  ...reply(id, author.handle, `text ${id}`),
  author,
  createdAt: at(60),
  ...extra,
});
const week = (days: number): string => new Date(Date.parse(at(60)) - days * 24 * 3600_000).toISOString();

describe('handle patterns', () => {
  it('knows sign-up handles with a long number from handles with a year or a short number', () => {
    for (const h of ['maria84739201', 'PaulWil84104469', '@jenny_m77301882', 'maria84739201@mastodon.social', 'maria84739201.bsky.social']) {
      expect(isAutoNumberedHandle(h)).toBe(true);
    }
    for (const h of ['anna1987', 'john_smith', 'user42', 'r2d2', 'x', '12345678', 'team2024news']) expect(isAutoNumberedHandle(h)).toBe(false);
  });

  it('finds random-looking handles but not ordinary names', () => {
    for (const h of ['kxvrtplm', 'qwrtzbnm', 'a7b3k9x2', 'CandismBRR']) expect(isRandomLookingHandle(h)).toBe(true);
    for (const h of ['maria_lopez', 'mr_smith', 'schwarz', 'birdwatcher.bsky.social', 'ondra@unextro.net', 'jessica', 'ΝίκοςΠαπ']) {
      expect(isRandomLookingHandle(h)).toBe(false);
    }
  });

  it('looks at the chosen part of Mastodon and Bluesky handles', () => {
    expect(handleName('@ondra@unextro.net')).toBe('ondra');
    expect(handleName('stephens.website')).toBe('stephens');
  });
});

describe('account traits', () => {
  it('needs two traits to make an odd-looking account: no single one is enough', () => {
    const one = accountTraits({ author: { handle: 'maria84739201' }, postedAt: undefined, sharesDisplayName: false }, NOW);
    expect(accountSuspicion(one)).toBeLessThan(0.5);
    const two = accountTraits({ author: { handle: 'maria84739201', defaultAvatar: true }, postedAt: undefined, sharesDisplayName: false }, NOW);
    expect(accountSuspicion(two)).toBeGreaterThanOrEqual(0.5);
    // new accounts crowd honest threads during platform migrations: age alone is not enough
    const fresh = accountTraits({ author: { handle: 'maria', createdAt: week(2) }, postedAt: Date.parse(at(60)), sharesDisplayName: false }, NOW);
    expect(fresh).toEqual(['brandNewAccount']);
    expect(accountSuspicion(fresh)).toBeLessThan(0.5);
    const freshAndAlone = accountTraits(
      { author: { handle: 'maria', createdAt: week(2), followers: 2 }, postedAt: Date.parse(at(60)), sharesDisplayName: false },
      NOW,
    );
    expect(accountSuspicion(freshAndAlone)).toBeGreaterThanOrEqual(0.5);
  });

  it('judges account age at the time of the post, and ignores unreadable or future creation dates', () => {
    const postedAt = Date.parse(at(60));
    const old = accountTraits({ author: { handle: 'a', createdAt: week(400) }, postedAt, sharesDisplayName: false }, NOW);
    expect(old).toEqual([]);
    // after the post: re-created or moved, so its age at the time is unknown
    const later = new Date(Date.parse(at(60)) + 86400_000).toISOString();
    for (const createdAt of ['last week', '2099-01-01T00:00:00Z', '', later]) {
      expect(accountTraits({ author: { handle: 'a', createdAt }, postedAt, sharesDisplayName: false }, NOW)).toEqual([]);
    }
  });

  it('reads follower counts only when known', () => {
    expect(accountTraits({ author: { handle: 'a', followers: 3, following: 900 }, postedAt: undefined, sharesDisplayName: false }, NOW)).toEqual([
      'fewFollowers',
      'followsFarMore',
    ]);
    expect(accountTraits({ author: { handle: 'a' }, postedAt: undefined, sharesDisplayName: false }, NOW)).toEqual([]);
  });
});

describe('bot-like-accounts', () => {
  const bots = (n: number): Post[] =>
    Array.from({ length: n }, (_, i) =>
      by(`bot${i}`, { handle: `patriot${84739201 + i * 7}`, displayName: 'Real American', defaultAvatar: true, followers: i, createdAt: week(3) }),
    );

  it('fires when a large share of the replying accounts look automated', () => {
    const report = botLikeAccounts(makeThread([...organicReplies(15), ...bots(10)]), context());
    expect(report.score).toBeGreaterThan(0.7);
    expect(report.summary).toMatch(/^10 of 25 replying accounts look automated \(/);
    expect(report.posts).toHaveLength(10);
  });

  it('stays at 0 when only a few odd-looking accounts reply, as in any big thread', () => {
    const report = botLikeAccounts(makeThread([...organicReplies(60), ...bots(3)]), context());
    expect(report.score).toBe(0);
    expect(report.summary).toMatch(/^3 of 63 replying accounts look automated/);
  });

  it('stays at 0 on accounts that only have digits in their handle', () => {
    const years = Array.from({ length: 20 }, (_, i) => by(`y${i}`, { handle: `fan${1980 + i}` }));
    expect(botLikeAccounts(makeThread(years), context()).score).toBe(0);
  });

  it('counts identical display names across different accounts', () => {
    const twins = Array.from({ length: 8 }, (_, i) => by(`t${i}`, { handle: `person${i}x`, displayName: 'Concerned Citizen 🇺🇸', followers: 2 }));
    const report = botLikeAccounts(makeThread([...organicReplies(8), ...twins]), context());
    expect(report.score).toBeGreaterThan(0.5);
    expect(report.summary).toContain('display names shared with other accounts');
  });

  it('exempts allow-listed accounts and the root author', () => {
    const list = bots(6);
    const allow = new Set(list.map((p) => p.author.handle));
    expect(botLikeAccounts(makeThread([...organicReplies(10), ...list]), context({ allowlist: allow })).score).toBe(0);
    const selfThread = makeThread(list.map((p) => ({ ...p, author: { handle: 'newsdesk', defaultAvatar: true, followers: 1 } })));
    expect(botLikeAccounts(selfThread, context()).summary).toBe('No replying accounts to look at.');
  });

  it('counts an account once however often it replies', () => {
    const one = Array.from({ length: 10 }, (_, i) => by(`r${i}`, { handle: 'kxvrtplm1', defaultAvatar: true }));
    const report = botLikeAccounts(makeThread([...organicReplies(5), ...one]), context());
    expect(report.summary).toMatch(/^1 of 6 replying accounts/);
    expect(report.score).toBe(0);
  });

  it('handles no posts and empty handles', () => {
    expect(botLikeAccounts({ site: 'x', posts: [] }, context()).notComputed).toBe('the thread has no posts');
    const blank = makeThread([by('e1', { handle: '' }), by('e2', { handle: ' ' })]);
    expect(botLikeAccounts(blank, context()).score).toBe(0);
  });
});
