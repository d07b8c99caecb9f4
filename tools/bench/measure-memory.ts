// What the cross-thread memory adds to scoring one thread: looking the thread's replies up
// (the cross-thread-copies signal) and remembering them, with the memory full at its default
// bound of 50,000 entries (so every call also evicts). Threads of 25, 100 and 1,000 replies
// (bench-thread.ts texts). Measured per thread, median over `threads` threads after a warm-up.
import { CrossThreadMemory } from '../../src/memory/cross-thread-memory.ts';
import { DEFAULT_MODEL_THRESHOLDS } from '../../src/scoring/score-thread.ts';
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
  for (const replies of [25, 100, 1000]) {
    const ms: number[] = [];
    const count = replies >= 1000 ? Math.max(5, Math.floor(threads / 10)) : threads;
    for (let n = 0; n < count + 5; n++) {
      const thread = nthThread(replies, n);
      const t0 = performance.now();
      crossThreadCopies(thread, { allowlist: new Set(), now, modelThresholds: DEFAULT_MODEL_THRESHOLDS, memory });
      memory.remember(thread, now);
      if (n >= 5) ms.push(performance.now() - t0);
    }
    out[`replies_${replies}_ms`] = spread(ms, 2);
  }
  return out;
}
