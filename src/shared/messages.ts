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

/** The messages every build answers. */
export interface Protocol {
  'content/score-threads': {
    request: { threads: Thread[] };
    /** `settingsKey`: scoringKey() of the settings the reports were scored with */
    response: { results: ScoredThread[]; classifier: ClassifierStatus; settingsKey: string };
  };
  /** the overlay's "never flag this account": applied in the background, one change after another */
  'content/allow-account': {
    request: { handle: string };
    response: { added: boolean; allowlist: number };
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
}

/**
 * The messages only test builds answer: their handlers are registered under the build's
 * `__THREADLENS_TEST_BUILD__` flag, so the shipped bundles hold neither the handler nor its name
 * (test/unit/tools/build/shipped-bundle.test.ts checks the built files).
 */
export interface TestProtocol {
  /** `threadlens bench`: times the classifier on texts, bypassing its cache */
  'ui/measure-classifier': {
    request: { texts: string[]; rounds: number };
    response: { batchMs: number[]; classifier: ClassifierStatus };
  };
}

type AllMessages = Protocol & TestProtocol;
export type ShippedMessageType = keyof Protocol;
export type TestMessageType = keyof TestProtocol;
export type MessageType = keyof AllMessages;
export type Request<T extends MessageType> = { type: T } & AllMessages[T]['request'];
export type Response<T extends MessageType> = AllMessages[T]['response'];
export type AnyRequest = { [T in MessageType]: Request<T> }[MessageType];
export type Reply<T extends MessageType> = Result<Response<T>>;

/** The envelope's `type`, or null when the message has none (what it means is the router's call). */
export function messageType(message: unknown): string | null {
  if (typeof message !== 'object' || message === null) return null;
  const type = (message as { type?: unknown }).type;
  return typeof type === 'string' ? type : null;
}

/** Narrows an unknown reply to a Result. */
export function isReply(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { ok?: unknown; error?: unknown };
  return v.ok === true || (v.ok === false && typeof v.error === 'string');
}
