// The one message protocol between the extension's contexts. Names say who sends them
// (Dark Reader's habit): `content/...` from a content script, `ui/...` from the options page.
// Every reply is a Result: {ok: true, value} or {ok: false, error}.
import type { ClassifierStatus } from './classifier-status.ts';
import type { Report } from './report.ts';
import type { Result } from './result.ts';
import type { Thread } from './thread.ts';

export interface ScoredThread {
  /** the content hash the report belongs to (threads change as replies load) */
  hash: string;
  report: Report;
  /** milliseconds the background spent on this thread (0 when it came from the cache) */
  ms: number;
  cached: boolean;
}

export interface Protocol {
  'content/score-threads': {
    request: { threads: Thread[] };
    response: { results: ScoredThread[]; classifier: ClassifierStatus };
  };
  'content/open-options': {
    request: Record<never, never>;
    response: null;
  };
  'ui/get-status': {
    request: Record<never, never>;
    response: { classifier: ClassifierStatus; cachedReports: number };
  };
  /** forgets the cross-thread memory (options page) */
  'ui/clear-memory': {
    request: Record<never, never>;
    response: { entries: number };
  };
  /** test builds only (`threadlens bench`): times the classifier on texts, bypassing its cache */
  'ui/measure-classifier': {
    request: { texts: string[]; rounds: number };
    response: { batchMs: number[]; classifier: ClassifierStatus };
  };
}

export type MessageType = keyof Protocol;
export type Request<T extends MessageType> = { type: T } & Protocol[T]['request'];
export type Response<T extends MessageType> = Protocol[T]['response'];
export type AnyRequest = { [T in MessageType]: Request<T> }[MessageType];
export type Reply<T extends MessageType> = Result<Response<T>>;

const TYPES: ReadonlySet<string> = new Set<MessageType>(['content/score-threads', 'content/open-options', 'ui/get-status', 'ui/clear-memory', 'ui/measure-classifier']);

/** Narrows an unknown message to a request of the protocol (shape of the envelope only). */
export function isRequest(message: unknown): message is AnyRequest {
  return typeof message === 'object' && message !== null && TYPES.has(String((message as { type?: unknown }).type));
}

/** Narrows an unknown reply to a Result. */
export function isReply(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { ok?: unknown; error?: unknown };
  return v.ok === true || (v.ok === false && typeof v.error === 'string');
}
