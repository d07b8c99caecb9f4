// Sends a typed request to the background and returns its Result. Transport failures (no
// background, extension reloaded) come back as {ok: false} rather than as exceptions.
import browser from 'webextension-polyfill';
import type { MessageType, Reply, Request } from '../shared/messages.ts';
import { isReply } from '../shared/messages.ts';
import { errorMessage } from '../shared/result.ts';

export async function sendRequest<T extends MessageType>(request: Request<T>): Promise<Reply<T>> {
  try {
    const reply: unknown = await browser.runtime.sendMessage(request);
    if (isReply(reply)) return reply as Reply<T>;
    return { ok: false, error: 'the background sent no answer' };
  } catch (e) {
    return { ok: false, error: errorMessage(e) };
  }
}

/** True once the extension was reloaded or removed under this page: every API call would throw. */
export function contextInvalidated(error?: string): boolean {
  if (error !== undefined && /context invalidated|receiving end does not exist/i.test(error) && !browser.runtime?.id) return true;
  try {
    return !browser.runtime?.id;
  } catch {
    return true;
  }
}
