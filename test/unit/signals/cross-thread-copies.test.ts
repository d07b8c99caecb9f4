import { describe, expect, it } from 'vitest';
import { CrossThreadMemory } from '../../../src/memory/cross-thread-memory.ts';
import { crossThreadCopies } from '../../../src/signals/cross-thread-copies.ts';
import type { Thread } from '../../../src/shared/thread.ts';
import { context } from './thread-builder.ts';

const SPAM = 'Get the real story the media will not tell you about this, link in my profile now';
const NOW = Date.parse('2024-06-01T00:00:00Z');

function thread(n: number, replies: { handle: string; text: string }[], rootText = `Root post number ${n}, about a topic of its own`): Thread {
  return {
    site: 'x',
    posts: [
      { id: `root${n}`, author: { handle: `host${n}` }, text: rootText },
      ...replies.map((r, i) => ({ id: `r${n}-${i}`, author: { handle: r.handle }, text: r.text, replyTo: `root${n}` })),
    ],
  };
}
const ordinary = (n: number) => [{ handle: `reader${n}`, text: `I read this one ${n} times and I still do not get it` }];

/** Scores threads one after another with one memory, as the background does. */
function sequence(threads: readonly Thread[], memory = new CrossThreadMemory()) {
  return threads.map((t, i) => {
    const report = crossThreadCopies(t, context({ now: NOW + i * 60_000, memory }));
    memory.remember(t, NOW + i * 60_000);
    return report;
  });
}

describe('cross-thread-copies', () => {
  it('is not computed without a memory', () => {
    expect(crossThreadCopies(thread(1, [{ handle: 'a', text: SPAM }]), context()).notComputed).toMatch(/no cross-thread memory/);
  });

  it('fires for one copy per thread from different accounts, growing with the threads it was seen in', () => {
    const threads = Array.from({ length: 6 }, (_, n) => thread(n, [...ordinary(n), { handle: `spammer${n}`, text: SPAM }]));
    const scores = sequence(threads).map((r) => r.score);
    expect(scores.slice(0, 2)).toEqual([0, 0]);
    expect(scores[2]).toBeGreaterThan(0);
    expect(scores[4]).toBe(1); // the 5th thread: 4 other threads, 4 other accounts
    for (let i = 3; i < scores.length; i++) expect(scores[i]).toBeGreaterThanOrEqual(scores[i - 1] ?? 0);
    const fifth = sequence(threads)[4];
    expect(fifth?.summary).toMatch(/^4 other accounts posted this reply in 4 other threads you saw in the last 4 minutes: "Get the real story/);
    expect(fifth?.posts).toEqual(['r4-1']);
  });

  it('does not count one account posting the same reply under many threads', () => {
    const threads = Array.from({ length: 6 }, (_, n) => thread(n, [{ handle: 'sameperson', text: SPAM }]));
    expect(sequence(threads).map((r) => r.score)).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('does not count copies of a thread’s root (quotes and RTs of a popular post)', () => {
    const popular = 'Breaking: the minister resigns after the report on the hospital contracts is published today';
    const threads = [thread(0, [], popular), ...Array.from({ length: 5 }, (_, n) => thread(n + 1, [{ handle: `fan${n}`, text: `RT @host0: ${popular}` }]))];
    expect(sequence(threads).map((r) => r.score)).toEqual([0, 0, 0, 0, 0, 0]);
    // nor the thread's own root quoted in its replies
    const own = Array.from({ length: 5 }, (_, n) =>
      thread(n, [{ handle: `q${n}`, text: `So true “@host${n}: Root post number ${n}, about a topic of its own”` }]),
    );
    expect(sequence(own).every((r) => r.score === 0)).toBe(true);
  });

  it('does not count ordinary repeated phrases', () => {
    const threads = Array.from({ length: 6 }, (_, n) =>
      thread(n, [
        { handle: `p${n}`, text: 'RIP, thoughts and prayers' },
        { handle: `q${n}`, text: 'Thank you so much!' },
      ]),
    );
    expect(sequence(threads).every((r) => r.score === 0)).toBe(true);
  });

  it('forgets what is older than the memory keeps', () => {
    const memory = new CrossThreadMemory({ maxAgeMs: 30_000 });
    const threads = Array.from({ length: 6 }, (_, n) => thread(n, [{ handle: `spammer${n}`, text: SPAM }]));
    // one minute between threads, 30 s of memory: nothing is ever seen again
    expect(sequence(threads, memory).every((r) => r.score === 0)).toBe(true);
  });
});
