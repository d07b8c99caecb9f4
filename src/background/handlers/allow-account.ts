// content/allow-account: the overlay's "never flag this account". The background is the one
// writer of these changes and applies them through the settings store's queue, so quick clicks in
// one or several tabs each add their handle (a read-modify-write in each content script lost all
// but one). Open tabs rescore through the settings change, as for any other setting.
import type { Request, Response } from '../../shared/messages.ts';
import { allowlistHandle, withHandle } from '../../shared/settings/allowlist.ts';
import type { SettingsStore } from '../../shared/settings/store.ts';

export function createAllowAccount(store: Pick<SettingsStore, 'update'>) {
  return async (request: Request<'content/allow-account'>): Promise<Response<'content/allow-account'>> => {
    const handle = typeof request.handle === 'string' ? allowlistHandle(request.handle) : null;
    if (handle === null) throw new Error('not an account handle');
    let added = false;
    const next = await store.update((current) => {
      const allowlist = withHandle(current.allowlist, handle);
      added = allowlist.length > current.allowlist.length;
      return added ? { ...current, allowlist } : current;
    });
    return { added, allowlist: next.allowlist.length };
  };
}
