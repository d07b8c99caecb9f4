import { describe, expect, it } from 'vitest';
import type { Post } from '../../../src/shared/thread.ts';
import { replyBurst } from '../../../src/signals/reply-burst.ts';
import { T0, at, context, makeThread, random, reply } from './thread-builder.ts';

/** Replies with log-normal delays after the root, the shape of organic reply times. */
function organic(n: number, seed: number, medianMinutes = 30, sigma = 1.5): Post[] {
  const rand = random(seed);
  const gauss = (): number => Math.sqrt(-2 * Math.log(rand() || 1e-9)) * Math.cos(2 * Math.PI * rand());
  return Array.from({ length: n }, (_, i) => reply(`o${i}`, `person${i}`, `reply ${i}`, { createdAt: at(medianMinutes * Math.exp(sigma * gauss())) }));
}

const burst = (k: number, minute: number, spreadMinutes: number): Post[] =>
  Array.from({ length: k }, (_, i) => reply(`b${i}`, `burst${i}`, `burst reply ${i}`, { createdAt: at(minute + (spreadMinutes * i) / k) }));

describe('reply-burst', () => {
  it('finds 12 accounts replying within 2 minutes, three hours into a slow thread', () => {
    const report = replyBurst(makeThread([...organic(50, 1), ...burst(12, 180, 2)]), context());
    expect(report.score).toBeGreaterThan(0.6);
    expect(report.summary).toMatch(/^12 accounts replied within 2 minutes, \d+ times the thread's pace around then\.$/);
    expect(new Set(report.posts)).toEqual(new Set(burst(12, 180, 2).map((p) => p.id)));
  });

  it('stays low on organic threads of many sizes and paces', () => {
    for (const [n, median, sigma] of [
      [20, 30, 1.5],
      [60, 5, 1],
      [150, 20, 1.2],
      [300, 10, 1],
      [300, 60, 2],
    ] as const) {
      for (let seed = 1; seed <= 5; seed++) {
        expect(replyBurst(makeThread(organic(n, seed, median, sigma)), context()).score).toBeLessThan(0.35);
      }
    }
  });

  it('counts accounts, not replies: one person answering quickly ten times is no burst', () => {
    const chat = Array.from({ length: 10 }, (_, i) => reply(`c${i}`, 'talkative', `answer ${i}`, { createdAt: at(180 + i * 0.1) }));
    expect(replyBurst(makeThread([...organic(50, 2), ...chat]), context()).score).toBe(0);
  });

  it('puts every readable reply time, sorted, in times for the timeline', () => {
    const posts = [...organic(30, 3), ...burst(6, 120, 1)];
    const report = replyBurst(makeThread(posts), context());
    const expected = posts.map((p) => Date.parse(p.createdAt ?? '')).sort((a, b) => a - b);
    expect(report.times).toEqual(expected);
  });

  it('is not computed when too few replies have times', () => {
    const posts = [...organic(5, 4), ...Array.from({ length: 20 }, (_, i) => reply(`u${i}`, `u${i}`, 'no time'))];
    const report = replyBurst(makeThread(posts), context());
    expect(report.score).toBe(0);
    expect(report.notComputed).toBe('only 5 replies have a readable time (8 needed)');
    expect(report.times).toBeUndefined();
  });

  it('skips unparsable and future dates and says so', () => {
    const bad = [
      reply('x1', 'x1', 'a', { createdAt: 'yesterday' }),
      reply('x2', 'x2', 'b', { createdAt: '2024-13-45T99:99:99Z' }),
      reply('x3', 'x3', 'c', { createdAt: '2031-01-01T00:00:00Z' }),
    ];
    const report = replyBurst(makeThread([...organic(40, 5), ...burst(12, 180, 2), ...bad]), context());
    expect(report.score).toBeGreaterThan(0.5);
    expect(report.summary).toContain('(skipped 2 replies with an unreadable date and 1 reply dated in the future)');
    expect(report.times).toHaveLength(52);
  });

  it('reads a date-time without an offset as UTC', () => {
    const naive = [...organic(40, 6), ...burst(12, 180, 2)].map((p) => ({ ...p, createdAt: p.createdAt?.replace('Z', '') }));
    const report = replyBurst(makeThread(naive), context());
    expect(report.times?.[0]).toBe(Math.min(...naive.map((p) => Date.parse(`${p.createdAt}Z`))));
  });

  it('says it cannot compute a thread without posts, or with no times at all', () => {
    expect(replyBurst({ site: 'x', posts: [] }, context()).notComputed).toBe('the thread has no posts');
    const untimed = makeThread(Array.from({ length: 12 }, (_, i) => reply(`n${i}`, `n${i}`, '')));
    expect(replyBurst(untimed, context()).notComputed).toBe('no reply has a readable time (8 needed)');
  });

  it('leaves a burst in the first minutes after the root to other signals', () => {
    const report = replyBurst(makeThread([...burst(15, 0.2, 1), ...organic(30, 7, 120)]), context());
    expect(report.score).toBeLessThan(0.3);
  });

  it('handles 20,000 timed replies', () => {
    const report = replyBurst(makeThread(organic(20_000, 8, 60, 1.5)), context({ now: T0 + 400 * 24 * 3600_000 }));
    expect(report.times).toHaveLength(20_000);
    expect(report.score).toBeLessThan(0.35);
  });
});
