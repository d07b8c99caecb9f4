// The real conversations of ../shared/data/real-threads (PHEME v2, 2015 Twitter: Charlie Hebdo and
// Germanwings), and how they are split. The split is made from thread ids alone, before any score
// is looked at, and never changes with the data's order:
// - charliehebdo: a seeded hash of the root id puts each thread in "tune" or "held-out" (half each);
// - germanwings-crash: held out whole, as "other-event": a check on an event nothing was tuned on.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Thread } from '../../src/shared/thread.ts';
import { validateThread } from '../../src/shared/validate-thread.ts';
import { threadNow } from './build-threads.ts';
import { stableHash } from './seeded-random.ts';

export const REAL_SPLIT = {
  /** changing the seed changes the split: it is written down here and in docs/scoring.md */
  seed: 'threadlens-real-split-2026-12',
  tunedEvent: 'charliehebdo',
  /** share of the tuned event's threads that tune */
  tuneShare: 0.5,
} as const;

export const REAL_PARTS = ['tune', 'held-out', 'other-event'] as const;
export type RealPart = (typeof REAL_PARTS)[number];

export interface RealThread {
  file: string;
  event: string;
  rootId: string;
  part: RealPart;
  thread: Thread;
  /** the time of the first post (ms): threads are scored in this order */
  start: number;
  /** the clock to score with: just after the last post */
  now: number;
}

interface ManifestEntry {
  file: string;
  event: string;
  rootId: string;
}

export function realPart(event: string, rootId: string): RealPart {
  if (event !== REAL_SPLIT.tunedEvent) return 'other-event';
  return stableHash(`${REAL_SPLIT.seed}:${rootId}`) % 1000 < REAL_SPLIT.tuneShare * 1000 ? 'tune' : 'held-out';
}

/** Every thread the manifest lists, validated, with its part; in time order. */
export async function loadRealThreads(dataDir: string): Promise<RealThread[]> {
  const dir = join(dataDir, 'real-threads');
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as { threads: ManifestEntry[] };
  const out: RealThread[] = [];
  for (const entry of manifest.threads) {
    const checked = validateThread(JSON.parse(await readFile(join(dir, entry.file), 'utf8')));
    if (!checked.ok) throw new Error(`${entry.file}: ${checked.error}`);
    const thread = checked.value;
    const start = Math.min(...thread.posts.map((p) => Date.parse(p.createdAt ?? '') || Infinity));
    out.push({ file: entry.file, event: entry.event, rootId: entry.rootId, part: realPart(entry.event, entry.rootId), thread, start, now: threadNow(thread) });
  }
  return out.sort((a, b) => a.start - b.start || a.rootId.localeCompare(b.rootId));
}
