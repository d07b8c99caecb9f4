// Builders for the threads the signal and scoring tests write by hand.
import type { Post, Thread } from '../../../src/shared/thread.ts';
import type { SignalContext } from '../../../src/signals/signal.ts';
import { seededRandom } from '../../../tools/eval-threads/seeded-random.ts';
import { DEFAULT_MODEL_THRESHOLDS } from '../../../src/scoring/score-thread.ts';

export const T0 = Date.parse('2024-05-01T10:00:00Z');
export const NOW = Date.parse('2024-06-01T00:00:00Z');

/** ISO time `minutes` after T0 */
export const at = (minutes: number): string => new Date(T0 + minutes * 60_000).toISOString();

export function reply(id: string, handle: string, text: string, extra: Partial<Post> = {}): Post {
  return { id, author: { handle }, text, replyTo: 'root', ...extra };
}

export function makeThread(replies: readonly Post[], root: Partial<Post> = {}): Thread {
  return {
    site: 'x',
    posts: [{ id: 'root', author: { handle: 'newsdesk' }, text: 'What do you think of the new city budget?', createdAt: at(0), ...root }, ...replies],
  };
}

export function context(over: Partial<SignalContext> = {}): SignalContext {
  return { allowlist: new Set(), now: NOW, modelThresholds: DEFAULT_MODEL_THRESHOLDS, ...over };
}

/** A deterministic PRNG, so "random" test threads are the same on every run. */
export const random = (seed: number): (() => number) => seededRandom(seed).next;

const WORDS = (
  'budget city council tax school road park library bus train water price rent house job wage ' +
  'mayor vote plan money year month week people family kid parent teacher doctor nurse police fire ' +
  'street bridge tree garden market shop bank loan fund grant meeting report news paper radio show ' +
  'good bad great terrible fair unfair cheap expensive late early slow fast new old big small really ' +
  'think know feel hope wish need want like hate love agree disagree wonder guess say tell ask pay'
).split(' ');

/** Unrelated, ordinary-looking replies: each a different random sentence of 6 to 16 words. */
export function organicReplies(n: number, seed = 1, startMinute = 1, spreadMinutes = 600): Post[] {
  const rand = random(seed);
  const out: Post[] = [];
  for (let i = 0; i < n; i++) {
    const length = 6 + Math.floor(rand() * 11);
    const words = Array.from({ length }, () => WORDS[Math.floor(rand() * WORDS.length)] ?? 'ok');
    const minute = startMinute + rand() * spreadMinutes;
    out.push(reply(`o${seed}-${i}`, `person${seed}_${i}`, `${words.join(' ')}.`, { createdAt: at(minute) }));
  }
  return out;
}
