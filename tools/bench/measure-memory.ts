// What the cross-thread memory adds to scoring one thread: looking the thread's replies up
// (the cross-thread-copies signal) and remembering them, with the memory full at its bounds
// (so every call also evicts). Threads of 25, 100 and 1,000 replies (bench-thread.ts texts),
// median over `threads` threads after a warm-up. Two figures per size:
// - `added`: after the thread was scored without the memory, as in the extension, where the other
//   signals have already read each reply's words (normalised text and content terms are computed
//   once per post): the time the memory adds to scoring, which is its budget (5 ms);
// - `alone`: the lookup and the remembering on a thread nothing has read yet.
import { CrossThreadMemory } from '../../src/memory/cross-thread-memory.ts';
import { DEFAULT_SCORING_SETTINGS } from '../../src/scoring/scoring-settings.ts';
import { DEFAULT_MODEL_THRESHOLDS, scoreThread } from '../../src/scoring/score-thread.ts';
import { crossThreadCopies } from '../../src/signals/cross-thread-copies.ts';
import type { Thread } from '../../src/shared/thread.ts';
import { benchThread } from './bench-thread.ts';
import { spread, type Spread } from './spread.ts';

/** A bench thread made its own: another root id and other handles, the same kind of texts. */
function nthThread(replies: number, n: number): Thread {
  const base = benchThread(replies, n + 1);
  return {
    ...base,
    posts: base.posts.map((p) => ({
      ...p,
      id: `${n}-${p.id}`,
      ...(p.replyTo ? { replyTo: `${n}-${p.replyTo}` } : {}),
      author: { ...p.author, handle: `${p.author.handle}_${n}` },
    })),
  };
}

export function measureMemory(threads = 200): Record<string, Spread | number> {
  const memory = new CrossThreadMemory();
  const now = Date.now();
  // fill the memory to its bound first
  for (let n = 0; memory.size < memory.limits.maxEntries && n < 10_000; n++) memory.remember(nthThread(200, 100_000 + n), now);
  const out: Record<string, Spread | number> = { entries: memory.size };
  const memoryCost = (thread: Thread): number => {
    const t0 = performance.now();
    crossThreadCopies(thread, { allowlist: new Set(), now, modelThresholds: DEFAULT_MODEL_THRESHOLDS, memory });
    memory.remember(thread, now);
    return performance.now() - t0;
  };
  for (const replies of [25, 100, 1000]) {
    const added: number[] = [];
    const alone: number[] = [];
    const count = replies >= 1000 ? Math.max(5, Math.floor(threads / 10)) : threads;
    for (let n = 0; n < count + 5; n++) {
      const read = nthThread(replies, 2 * n);
      scoreThread(read, { scoring: DEFAULT_SCORING_SETTINGS, allowlist: [], now });
      const addedMs = memoryCost(read);
      const aloneMs = memoryCost(nthThread(replies, 2 * n + 1));
      if (n < 5) continue;
      added.push(addedMs);
      alone.push(aloneMs);
    }
    out[`replies_${replies}_added_ms`] = spread(added, 2);
    out[`replies_${replies}_alone_ms`] = spread(alone, 2);
  }
  return out;
}
