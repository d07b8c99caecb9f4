// Dispatches protocol requests to their handlers after checking who sent them. Pure of browser
// APIs (the sender facts are passed in) so it runs under Vitest.
import type { AnyRequest, MessageType, Reply, Request, Response } from '../shared/messages.ts';
import { isRequest } from '../shared/messages.ts';
import { errorMessage } from '../shared/result.ts';

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
}

export type Handlers = { [T in MessageType]: (request: Request<T>, sender: SenderFacts) => Promise<Response<T>> };

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

export async function route(message: unknown, sender: SenderFacts, handlers: Handlers, ctx: RouterContext): Promise<Reply<MessageType>> {
  if (!isRequest(message)) return { ok: false, error: 'unknown message' };
  const problem = senderProblem(message.type, sender, ctx);
  if (problem) return { ok: false, error: problem };
  try {
    const handler = handlers[message.type] as (request: AnyRequest, sender: SenderFacts) => Promise<Response<MessageType>>;
    return { ok: true, value: await handler(message, sender) };
  } catch (e) {
    return { ok: false, error: errorMessage(e) };
  }
}
