// Dispatches protocol requests to their handlers after checking who sent them and what they ask.
// Pure of browser APIs (the sender facts are passed in) so it runs under Vitest.
import type { MessageType, Reply, Request, Response, ShippedMessageType, TestMessageType } from '../shared/messages.ts';
import { messageType } from '../shared/messages.ts';
import { errorMessage, type Result } from '../shared/result.ts';
import { isObject, type JsonObject } from '../shared/json-value.ts';
import { isShippedType, REQUEST_VALIDATORS } from '../shared/validate-request.ts';

export interface SenderFacts {
  /** the sending extension's id */
  id?: string;
  /** the sending document's URL */
  url?: string;
  /** set when a content script in a tab sent it */
  tabId?: number;
}

export interface RouterContext {
  extensionId: string;
  /** the URL prefix of the extension's own pages (runtime.getURL('')) */
  extensionOrigin: string;
  /** may a content script on this page URL talk to us (a supported site)? */
  contentAllowed: (pageUrl: string) => boolean;
  /**
   * what contentAllowed needs read first (the granted Mastodon instances, after a service-worker
   * restart): a content script's message waits for it rather than being refused
   */
  contentReady?: () => Promise<void>;
}

export type Handler<T extends MessageType> = (request: Request<T>, sender: SenderFacts) => Promise<Response<T>>;

/** A test-only message brings its own payload check: the shared validators know only shipped ones. */
export interface TestRoute<T extends TestMessageType> {
  validate: (message: JsonObject) => Result<Request<T>>;
  handle: Handler<T>;
}

/** Every shipped message has its handler; test-only ones exist only where test builds add them. */
export type Handlers = { [T in ShippedMessageType]: Handler<T> } & { [T in TestMessageType]?: TestRoute<T> };

/** Why a sender may not send this message, or null when it may. */
export function senderProblem(type: MessageType, sender: SenderFacts, ctx: RouterContext): string | null {
  if (sender.id !== ctx.extensionId) return 'message from another extension';
  const url = sender.url ?? '';
  if (type.startsWith('content/')) {
    if (sender.tabId === undefined) return `${type} must come from a content script`;
    if (!ctx.contentAllowed(url)) return `${type} from a page Threadlens does not run on`;
    return null;
  }
  if (!url.startsWith(ctx.extensionOrigin)) return `${type} must come from an extension page`;
  return null;
}

/** The handler's answer to a request that passed its checks. */
async function dispatch(type: string, message: JsonObject, sender: SenderFacts, handlers: Handlers): Promise<Result<unknown>> {
  if (isShippedType(type)) {
    const validate = REQUEST_VALIDATORS[type] as (m: JsonObject) => Result<Request<ShippedMessageType>>;
    const request = validate(message);
    if (!request.ok) return { ok: false, error: `${type}: ${request.error}` };
    const handler = handlers[type] as Handler<ShippedMessageType>;
    return { ok: true, value: await handler(request.value, sender) };
  }
  const route = handlers[type as TestMessageType] as TestRoute<TestMessageType> | undefined;
  if (!route) return { ok: false, error: 'unknown message' };
  const request = route.validate(message);
  if (!request.ok) return { ok: false, error: `${type}: ${request.error}` };
  return { ok: true, value: await route.handle(request.value, sender) };
}

export async function route(message: unknown, sender: SenderFacts, handlers: Handlers, ctx: RouterContext): Promise<Reply<MessageType>> {
  const type = messageType(message);
  // Object.hasOwn: a type named like an Object.prototype member must not find a "handler".
  if (type === null || !isObject(message) || !Object.hasOwn(handlers, type)) return { ok: false, error: 'unknown message' };
  if (type.startsWith('content/') && ctx.contentReady) await ctx.contentReady();
  const problem = senderProblem(type as MessageType, sender, ctx);
  if (problem) return { ok: false, error: problem };
  try {
    return (await dispatch(type, message, sender, handlers)) as Reply<MessageType>;
  } catch (e) {
    return { ok: false, error: errorMessage(e) };
  }
}
