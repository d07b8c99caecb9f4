import { describe, expect, it } from 'vitest';
import { route, senderProblem, type Handlers, type RouterContext } from '../../../src/background/router.ts';

const ctx: RouterContext = {
  extensionId: 'ext',
  extensionOrigin: 'chrome-extension://ext/',
  contentAllowed: (url) => url.startsWith('https://x.com/'),
};

const handlers: Handlers = {
  'content/score-threads': async (req) => ({ results: [], classifier: { state: 'off', reason: `got ${req.threads.length}` } }),
  'content/open-options': async () => null,
  'ui/get-status': async () => {
    throw new Error('background broke');
  },
  'ui/clear-memory': async () => ({ entries: 0 }),
  'ui/measure-classifier': async () => ({ batchMs: [], classifier: { state: 'loading' } }),
};

describe('route', () => {
  it('answers a content script on a supported site', async () => {
    const reply = await route({ type: 'content/score-threads', threads: [] }, { id: 'ext', url: 'https://x.com/a/status/1', tabId: 3 }, handlers, ctx);
    expect(reply).toEqual({ ok: true, value: { results: [], classifier: { state: 'off', reason: 'got 0' } } });
  });

  it('refuses other extensions, other pages, and content messages from extension pages', () => {
    expect(senderProblem('content/score-threads', { id: 'other', url: 'https://x.com/', tabId: 1 }, ctx)).toMatch(/another extension/);
    expect(senderProblem('content/score-threads', { id: 'ext', url: 'https://evil.example/', tabId: 1 }, ctx)).toMatch(/does not run on/);
    expect(senderProblem('content/score-threads', { id: 'ext', url: 'chrome-extension://ext/options.html' }, ctx)).toMatch(/content script/);
    expect(senderProblem('ui/get-status', { id: 'ext', url: 'https://x.com/', tabId: 1 }, ctx)).toMatch(/extension page/);
    expect(senderProblem('ui/get-status', { id: 'ext', url: 'chrome-extension://ext/options.html' }, ctx)).toBeNull();
  });

  it('turns unknown messages and handler errors into {ok: false}', async () => {
    expect(await route({ type: 'nope' }, { id: 'ext' }, handlers, ctx)).toEqual({ ok: false, error: 'unknown message' });
    expect(await route('hello', { id: 'ext' }, handlers, ctx)).toEqual({ ok: false, error: 'unknown message' });
    expect(await route({ type: 'ui/get-status' }, { id: 'ext', url: 'chrome-extension://ext/options.html' }, handlers, ctx)).toEqual({ ok: false, error: 'background broke' });
  });
});
