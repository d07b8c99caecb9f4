// The real-thread evaluation's machinery: the split, the cleaning of generated texts, the
// injections and the one scoring call. If these miscounted, the README would report wrong figures.
import { describe, expect, it } from 'vitest';
import type { Post, Thread } from '../../../../src/shared/thread.ts';
import { DEFAULT_SCORING_SETTINGS } from '../../../../src/scoring/scoring-settings.ts';
import { scoreThread } from '../../../../src/scoring/score-thread.ts';
import { cleanGeneratedText } from '../../../../tools/eval-threads/generated-campaigns.ts';
import { injectCopyBurst, injectGenerated, injectOneCopy } from '../../../../tools/eval-threads/inject-campaigns.ts';
import { evaluateRealThreads, openingRanks } from '../../../../tools/eval-threads/real-thread-eval.ts';
import type { RealThread } from '../../../../tools/eval-threads/real-threads.ts';
import { realPart } from '../../../../tools/eval-threads/real-threads.ts';
import { scoreInOrder } from '../../../../tools/eval-threads/score-in-order.ts';
import { seededRandom } from '../../../../tools/eval-threads/seeded-random.ts';

const T0 = Date.parse('2015-01-07T11:00:00Z');
const iso = (minutes: number): string => new Date(T0 + minutes * 60_000).toISOString();
const words = 'paris police city news cartoon press freedom street people night'.split(' ');

function host(id: string, replies = 12): Thread {
  const rng = seededRandom(id.length);
  const posts: Post[] = [{ id, author: { handle: `root_${id}` }, text: 'What we know about the attack so far', createdAt: iso(0) }];
  for (let i = 0; i < replies; i++) {
    const text = Array.from({ length: 8 }, () => rng.pick(words)).join(' ') + ` ${id} ${i}`;
    posts.push({ id: `${id}-r${i}`, author: { handle: `${id}_u${i}` }, text, createdAt: iso(5 + i * 17), replyTo: id });
  }
  return { site: 'x', posts };
}

describe('real-thread evaluation', () => {
  it('splits by event and a seeded hash of the root id: germanwings held out whole, charliehebdo about half and half, stable', () => {
    expect(realPart('germanwings-crash', '580')).toBe('other-event');
    const parts = Array.from({ length: 1000 }, (_, i) => realPart('charliehebdo', `55${i}`));
    const tune = parts.filter((p) => p === 'tune').length;
    expect(tune).toBeGreaterThan(430);
    expect(tune).toBeLessThan(570);
    expect(Array.from({ length: 1000 }, (_, i) => realPart('charliehebdo', `55${i}`))).toEqual(parts);
  });

  it('removes the generated source’s quirks: mangled emoji, wrapping quotes, re-numbered repeats', () => {
    expect(cleanGeneratedText('"Every relationship is a gift. ??"')).toBe('Every relationship is a gift.');
    expect(cleanGeneratedText('2 Be present in your relationships. ?')).toBe('Be present in your relationships.');
    expect(cleanGeneratedText('Is this the future of AI? I think so')).toBe('Is this the future of AI? I think so');
  });

  it('injects each campaign as replies to the root, keeping every host post, and names what it added', () => {
    const base = host('h1');
    const campaign = {
      key: 'k',
      start: Date.parse('2017-07-01T09:00:00Z'),
      authors: new Set(['a', 'b', 'c', 'd', 'e']),
      tweets: ['a', 'b', 'c', 'd', 'e'].map((author, i) => ({
        author,
        category: 'RightTroll',
        time: Date.parse('2017-07-01T09:00:00Z') + i * 60_000,
        followers: 10,
        content: 'the same long campaign text for everyone here',
      })),
    };
    const copy = injectCopyBurst(base, campaign, seededRandom(1), 't');
    expect(copy.thread.posts).toHaveLength(base.posts.length + 5);
    expect(copy.thread.posts[0]).toBe(base.posts[0]);
    expect(copy.injected.size).toBe(5);
    const added = copy.thread.posts.filter((p) => copy.injected.has(p.id));
    expect(added.every((p) => p.replyTo === 'h1')).toBe(true);
    const times = added.map((p) => Date.parse(p.createdAt ?? ''));
    expect(Math.max(...times) - Math.min(...times)).toBeLessThan(6 * 60_000);
    expect(Math.min(...times)).toBeGreaterThan(T0);

    const texts = Array.from({ length: 12 }, (_, i) => `generated text number ${i} about the climate`);
    const accounts = Array.from({ length: 12 }, (_, i) => ({ handle: `g${i}` }));
    const gen = injectGenerated(base, texts, accounts, 30, seededRandom(2), 'g');
    const genPosts = gen.thread.posts.filter((p) => gen.injected.has(p.id));
    expect(new Set(genPosts.map((p) => p.author.handle)).size).toBe(12);
    expect(new Set(genPosts.map((p) => p.text)).size).toBe(12);
    const genTimes = genPosts.map((p) => Date.parse(p.createdAt ?? ''));
    expect(Math.max(...genTimes) - Math.min(...genTimes)).toBeLessThanOrEqual(30 * 60_000);

    const one = injectOneCopy(base, 'one copy', { handle: 'solo' }, seededRandom(3), 'o');
    expect(one.thread.posts.filter((p) => one.injected.has(p.id)).map((p) => p.author.handle)).toEqual(['solo']);
  });

  it('scores in time order but answers in input order', () => {
    // the second thread carries a copy campaign, so its report differs from the first's
    const campaign = Array.from({ length: 6 }, (_, i): Post => ({
      id: `c${i}`,
      author: { handle: `c${i}` },
      text: 'Vote them all out, the budget is a scam for their rich friends',
      createdAt: iso(30 + i),
      replyTo: 'early',
    }));
    const early = host('early');
    const items = [
      { thread: host('late'), now: T0 + 2 * 86_400_000 },
      { thread: { ...early, posts: [...early.posts, ...campaign] }, now: T0 + 86_400_000 },
    ];
    const options = { scoring: DEFAULT_SCORING_SETTINGS, allowlist: [] };
    const reports = scoreInOrder(items, options, false);
    expect(reports).toEqual(items.map((item) => scoreThread(item.thread, { ...options, now: item.now })));
    // with the memory (the default), every thread is also read against the threads before it
    expect(scoreInOrder(items, options).every((r) => r.signals.some((s) => s.id === 'cross-thread-copies'))).toBe(true);
    expect(reports[0]?.thread.level).toBe('none');
    expect(reports[1]?.thread.level).not.toBe('none');
  });

  it('counts a campaign as caught only when a reason points at its posts', () => {
    const threads: RealThread[] = Array.from({ length: 8 }, (_, i) => {
      const thread = host(`t${i}`);
      return { file: `t${i}.json`, event: 'charliehebdo', rootId: `t${i}`, part: 'held-out', thread, start: T0, now: T0 + 86_400_000 };
    });
    const campaign = {
      key: 'k',
      start: T0,
      authors: new Set(['a', 'b', 'c', 'd', 'e', 'f']),
      tweets: ['a', 'b', 'c', 'd', 'e', 'f'].map((author, i) => ({
        author,
        category: 'x',
        time: T0 + i * 30_000,
        followers: 3,
        content: 'Vote them all out, the budget is a scam for their rich friends',
      })),
    };
    const result = evaluateRealThreads(
      { threads, copyCampaigns: [campaign], topics: [], accounts: [], oneCopyTexts: [], seed: 1 },
      { scoring: DEFAULT_SCORING_SETTINGS, allowlist: [] },
    );
    expect(result.ordinary.threads).toBe(8);
    expect(result.ordinary.flagged).toBe(0);
    expect(result.copyBursts.threads).toBe(8);
    expect(result.copyBursts.caught).toBe(8);
    expect(result.copyBursts.reasons['duplicate-replies']).toBe(8);
    expect(result.generated.threads).toBe(0);
  });

  it('numbers one-copy threads in the order the reader opens them, so only the later ones can know of the earlier copies', () => {
    expect(openingRanks([30, 10, 20, 10].map((now) => ({ thread: host('x'), now })))).toEqual([3, 0, 2, 1]);
    // the first thread to start is the last to be opened (its conversation runs longest): it must count as the 8th
    const threads: RealThread[] = Array.from({ length: 8 }, (_, i) => {
      const thread = host(`s${i}`, 40 - 4 * i);
      const last = Math.max(...thread.posts.map((p) => Date.parse(p.createdAt ?? '')));
      return { file: `s${i}.json`, event: 'charliehebdo', rootId: `s${i}`, part: 'held-out', thread, start: T0 + i, now: last + 60_000 };
    });
    const accounts = Array.from({ length: 8 }, (_, i) => ({ handle: `spammer${i}` }));
    const result = evaluateRealThreads(
      {
        threads,
        copyCampaigns: [],
        topics: [],
        accounts,
        oneCopyTexts: ['Crypto giveaway for every follower today, claim your free coins before midnight'],
        seed: 3,
      },
      { scoring: DEFAULT_SCORING_SETTINGS, allowlist: [] },
    );
    const caught = result.oneCopyByPosition.map((t) => t.caught);
    expect(result.oneCopyByPosition.map((t) => t.threads)).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
    expect(caught.slice(0, 3)).toEqual([0, 0, 0]);
    expect(caught.slice(4)).toEqual([1, 1, 1, 1]);
  });
});
