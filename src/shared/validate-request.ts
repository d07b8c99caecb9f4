// Checks a request's payload before any handler sees it: the background runs this on every
// message, after the sender check. Each shipped message type has its validator here, and this
// table is also the list of the types a shipped build answers: the compiler holds its keys to
// `Protocol` exactly, so the list can't drift from the protocol type.
import { MAX_HANDLE_CHARS, MAX_POSTS_PER_THREAD, MAX_TEXT_CHARS, MAX_THREADS_PER_REQUEST } from './request-limits.ts';
import type { Request, ShippedMessageType } from './messages.ts';
import { err, ok, type Result } from './result.ts';
import type { Thread } from './thread.ts';
import type { JsonObject } from './json-value.ts';
import { validateThread } from './validate-thread.ts';

type Validators = { [T in ShippedMessageType]: (message: JsonObject & { type: T }) => Result<Request<T>> };

const plural = (n: number, word: string): string => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

function validateThreads(value: unknown): Result<Thread[]> {
  if (!Array.isArray(value)) return err('threads must be an array');
  if (value.length > MAX_THREADS_PER_REQUEST)
    return err(`${plural(value.length, 'thread')} in one request; at most ${MAX_THREADS_PER_REQUEST} are scored at a time`);
  const threads: Thread[] = [];
  for (let i = 0; i < value.length; i++) {
    // Counted before the full check, so a huge thread is refused without walking it.
    const posts = (value[i] as { posts?: unknown } | null)?.posts;
    if (Array.isArray(posts) && posts.length > MAX_POSTS_PER_THREAD)
      return err(`threads[${i}]: ${plural(posts.length, 'post')} in one thread; at most ${plural(MAX_POSTS_PER_THREAD, 'post')} a thread are scored`);
    const thread = validateThread(value[i]);
    if (!thread.ok) return err(`threads[${i}]: ${thread.error}`);
    const long = thread.value.posts.findIndex((p) => p.text.length > MAX_TEXT_CHARS);
    if (long !== -1)
      return err(
        `threads[${i}]: posts[${long}].text has ${plural(thread.value.posts[long]?.text.length ?? 0, 'character')}; at most ${plural(MAX_TEXT_CHARS, 'character')} a post are scored`,
      );
    threads.push(thread.value);
  }
  return ok(threads);
}

const empty = <T extends ShippedMessageType>(message: { type: T }): Result<Request<T>> => ok({ type: message.type } as Request<T>);

export const REQUEST_VALIDATORS: Validators = {
  'content/score-threads': (message) => {
    const threads = validateThreads(message.threads);
    return threads.ok ? ok({ type: message.type, threads: threads.value }) : threads;
  },
  'content/allow-account': (message) => {
    const handle = message.handle;
    if (typeof handle !== 'string' || handle.trim() === '') return err('handle must be a non-empty string');
    if (handle.length > MAX_HANDLE_CHARS) return err(`handle has ${plural(handle.length, 'character')}; at most ${MAX_HANDLE_CHARS}`);
    return ok({ type: message.type, handle });
  },
  'content/open-options': empty,
  'ui/get-status': empty,
  'ui/clear-memory': empty,
};

export const SHIPPED_MESSAGE_TYPES: readonly ShippedMessageType[] = Object.keys(REQUEST_VALIDATORS) as ShippedMessageType[];

export function isShippedType(type: string): type is ShippedMessageType {
  return Object.hasOwn(REQUEST_VALIDATORS, type);
}
