// Properties of every signal and of scoring, on generated threads (arbitraries.ts): nothing
// throws, every score is in [0, 1], the order of the replies does not change the level, and one
// more identical copy of a reply, from a new account, never lowers duplicate-replies.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LEVELS } from '../../../src/shared/report.ts';
import type { Post, Thread } from '../../../src/shared/thread.ts';
import { DEFAULT_MODEL_THRESHOLDS, scoreThread } from '../../../src/scoring/score-thread.ts';
import { DEFAULT_SCORING_SETTINGS } from '../../../src/scoring/scoring-settings.ts';
import { SIGNALS } from '../../../src/signals/registry.ts';
import { duplicateReplies } from '../../../src/signals/duplicate-replies.ts';
import type { SignalContext } from '../../../src/signals/signal.ts';
import { NOW, postScoresFor, RUNS, threadArb } from './arbitraries.ts';

const ctx = (thread: Thread, seed: number, allowlist: string[] = []): SignalContext => ({
  allowlist: new Set(allowlist),
  now: NOW,
  modelThresholds: DEFAULT_MODEL_THRESHOLDS,
  postScores: postScoresFor(thread, seed),
});

/** The thread with its replies in another order (the root stays first: it is the root by position). */
function shuffled(thread: Thread, order: readonly number[]): Thread {
  const [root, ...replies] = thread.posts;
  const keyed = replies.map((post, i) => ({ post, key: order[i % Math.max(1, order.length)] ?? 0, i }));
  keyed.sort((a, b) => a.key - b.key || a.i - b.i);
  return { ...thread, posts: [...(root ? [root] : []), ...keyed.map((k) => k.post)] };
}

describe('every signal', () => {
  for (const { id, detect } of SIGNALS) {
    it(`${id}: never throws, score in [0, 1], evidence only from the thread's posts`, () => {
      fc.assert(
        fc.property(threadArb(), fc.integer(), fc.boolean(), (thread, seed, allowSome) => {
          const allowlist = allowSome ? [thread.posts[1]?.author.handle ?? 'maria'] : [];
          const report = detect(thread, ctx(thread, seed, allowlist));
          expect(report.id).toBe(id);
          expect(report.score).toBeGreaterThanOrEqual(0);
          expect(report.score).toBeLessThanOrEqual(1);
          expect(typeof report.summary).toBe('string');
          const ids = new Set(thread.posts.map((p) => p.id));
          for (const post of report.posts) expect(ids.has(post)).toBe(true);
        }),
        { numRuns: RUNS },
      );
    });
  }
});

describe('scoring', () => {
  it('never throws; the thread score is in [0, 1] and its level one of the four', () => {
    fc.assert(
      fc.property(threadArb(), fc.integer(), fc.boolean(), (thread, seed, withModel) => {
        const report = scoreThread(thread, {
          scoring: DEFAULT_SCORING_SETTINGS,
          allowlist: [],
          now: NOW,
          ...(withModel ? { postScores: postScoresFor(thread, seed) } : {}),
        });
        expect(report.thread.score).toBeGreaterThanOrEqual(0);
        expect(report.thread.score).toBeLessThanOrEqual(1);
        expect(LEVELS).toContain(report.thread.level);
        for (const s of report.signals) expect(s.score >= 0 && s.score <= 1).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('the order of the replies does not change the level', () => {
    fc.assert(
      fc.property(threadArb(), fc.array(fc.integer(), { minLength: 1, maxLength: 40 }), fc.integer(), (thread, order, seed) => {
        const options = { scoring: DEFAULT_SCORING_SETTINGS, allowlist: [], now: NOW, postScores: postScoresFor(thread, seed) };
        const a = scoreThread(thread, options);
        const b = scoreThread(shuffled(thread, order), options);
        expect(b.thread.level).toBe(a.thread.level);
      }),
      { numRuns: RUNS },
    );
  });

  it('another identical copy of a reply, from a new account, never lowers duplicate-replies', () => {
    fc.assert(
      fc.property(threadArb(), fc.nat(), fc.nat(), (thread, pick, copies) => {
        const replies = thread.posts.slice(1);
        const original = replies[pick % Math.max(1, replies.length)];
        fc.pre(original !== undefined);
        if (original === undefined) return;
        let current = thread;
        let before = duplicateReplies(current, ctx(current, 1)).score;
        // up to three copies in a row: each must keep or raise the score
        for (let n = 0; n <= copies % 3; n++) {
          const copy: Post = { ...original, id: `copy${n}`, author: { handle: `fresh_account_${n}` } };
          current = { ...current, posts: [...current.posts, copy] };
          const after = duplicateReplies(current, ctx(current, 1)).score;
          expect(after).toBeGreaterThanOrEqual(before);
          before = after;
        }
      }),
      { numRuns: RUNS * 2 },
    );
  });
});
