// The part of a thread that signals look at: its root and the replies below it,
// with repeated post ids and allow-listed accounts taken out once, here, for every signal.
import type { Post, Thread } from '../shared/thread.ts';
import { normaliseHandle } from '../shared/normalise-handle.ts';
import type { SignalContext } from './signal.ts';

export interface ThreadReplies {
  root: Post | undefined;
  /** every post but the root, first occurrence of each id, allow-listed authors removed */
  replies: Post[];
  /** how many posts repeated an id already seen (kept out of every count) */
  duplicateIds: number;
  /** how many posts were left out because their author is allow-listed */
  allowlisted: number;
}

/**
 * Every signal asks for the same split of the same thread in one scoring: it is made once per
 * thread and context (a context is made per scoring call). Callers must not change what it returns.
 */
const made = new WeakMap<Thread, WeakMap<SignalContext, ThreadReplies>>();

export function threadReplies(thread: Thread, ctx: SignalContext): ThreadReplies {
  let byContext = made.get(thread);
  const known = byContext?.get(ctx);
  if (known) return known;
  const result = splitReplies(thread, ctx);
  if (!byContext) made.set(thread, (byContext = new WeakMap()));
  byContext.set(ctx, result);
  return result;
}

function splitReplies(thread: Thread, ctx: SignalContext): ThreadReplies {
  const seen = new Set<string>();
  const unique: Post[] = [];
  let duplicateIds = 0;
  for (const post of thread.posts) {
    if (seen.has(post.id)) {
      duplicateIds++;
      continue;
    }
    seen.add(post.id);
    unique.push(post);
  }
  // The root as the schema defines it: the first post without replyTo, else the first post.
  const root = unique.find((p) => p.replyTo === undefined) ?? unique[0];
  const replies: Post[] = [];
  let allowlisted = 0;
  for (const post of unique) {
    if (post === root) continue;
    if (ctx.allowlist.has(normaliseHandle(post.author.handle))) {
      allowlisted++;
      continue;
    }
    replies.push(post);
  }
  return { root, replies, duplicateIds, allowlisted };
}

/** Distinct accounts among posts, by normalised handle. */
export function distinctAuthors(posts: readonly Post[]): Set<string> {
  return new Set(posts.map((p) => normaliseHandle(p.author.handle)));
}
