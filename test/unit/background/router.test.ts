import { describe, expect, it } from 'vitest';
import { route, senderProblem, type Handlers, type RouterContext } from '../../../src/background/router.ts';
import { createMeasureClassifier } from '../../../src/background/handlers/measure-classifier.ts';
import { MAX_POSTS_PER_THREAD, MAX_TEXT_CHARS, MAX_THREADS_PER_REQUEST } from '../../../src/shared/request-limits.ts';
import { SHIPPED_MESSAGE_TYPES } from '../../../src/shared/validate-request.ts';

const ctx: RouterContext = {
  extensionId: 'ext',
  extensionOrigin: 'chrome-extension://ext/',
  contentAllowed: (url) => url.startsWith('https://x.com/'),
};

const handlers: Handlers = {
  'content/score-threads': async (req) => ({ results: [], classifier: { state: 'off', reason: `got ${req.threads.length}` }, settingsKey: 'k' }),
  'content/allow-account': async () => ({ added: true, allowlist: 1 }),
  'content/open-options': async () => null,
  'ui/get-status': async () => {
    throw new Error('background broke');
  },
  'ui/clear-memory': async () => ({ entries: 0 }),
};

describe('route', () => {
  it('answers a content script on a supported site', async () => {
    const reply = await route({ type: 'content/score-threads', threads: [] }, { id: 'ext', url: 'https://x.com/a/status/1', tabId: 3 }, handlers, ctx);
    expect(reply).toEqual({ ok: true, value: { results: [], classifier: { state: 'off', reason: 'got 0' }, settingsKey: 'k' } });
  });

  it('refuses other extensions, other pages, and content messages from extension pages', () => {
    expect(senderProblem('content/score-threads', { id: 'other', url: 'https://x.com/', tabId: 1 }, ctx)).toMatch(/another extension/);
    expect(senderProblem('content/score-threads', { id: 'ext', url: 'https://evil.example/', tabId: 1 }, ctx)).toMatch(/does not run on/);
    expect(senderProblem('content/score-threads', { id: 'ext', url: 'chrome-extension://ext/options.html' }, ctx)).toMatch(/content script/);
    expect(senderProblem('ui/get-status', { id: 'ext', url: 'https://x.com/', tabId: 1 }, ctx)).toMatch(/extension page/);
    expect(senderProblem('ui/get-status', { id: 'ext', url: 'chrome-extension://ext/options.html' }, ctx)).toBeNull();
  });

  it('a content script message waits for what the sender check reads (granted instances after a restart)', async () => {
    let granted = false;
    const later: RouterContext = {
      ...ctx,
      contentAllowed: (url) => granted && url.startsWith('https://mastodon.example/'),
      contentReady: () => new Promise((resolve) => setTimeout(() => ((granted = true), resolve()), 10)),
    };
    const reply = await route({ type: 'content/score-threads', threads: [] }, { id: 'ext', url: 'https://mastodon.example/@a/1', tabId: 3 }, handlers, later);
    expect(reply.ok).toBe(true);
    // without the wait, the same message is refused
    granted = false;
    const { contentReady: _, ...noWait } = later;
    expect(
      await route({ type: 'content/score-threads', threads: [] }, { id: 'ext', url: 'https://mastodon.example/@a/1', tabId: 3 }, handlers, noWait),
    ).toEqual({
      ok: false,
      error: 'content/score-threads from a page Threadlens does not run on',
    });
  });

  it('turns unknown messages and handler errors into {ok: false}', async () => {
    expect(await route({ type: 'nope' }, { id: 'ext' }, handlers, ctx)).toEqual({ ok: false, error: 'unknown message' });
    expect(await route('hello', { id: 'ext' }, handlers, ctx)).toEqual({ ok: false, error: 'unknown message' });
    expect(await route({ type: 'ui/get-status' }, { id: 'ext', url: 'chrome-extension://ext/options.html' }, handlers, ctx)).toEqual({
      ok: false,
      error: 'background broke',
    });
  });
});

describe('route: request checks', () => {
  const fromX = { id: 'ext', url: 'https://x.com/a/status/1', tabId: 3 };
  const post = (i: number, text = 'hello') => ({ id: String(i), author: { handle: `u${i}` }, text });
  const thread = (posts: number, text?: string) => ({ site: 'x', posts: Array.from({ length: posts }, (_, i) => post(i, text)) });
  let calls = 0;
  const counting: Handlers = {
    ...handlers,
    'content/score-threads': async (req) => {
      calls++;
      return { results: [], classifier: { state: 'off', reason: `got ${req.threads.length}` }, settingsKey: 'k' };
    },
  };
  const score = (threads: unknown) => route({ type: 'content/score-threads', threads }, fromX, counting, ctx);

  it('runs the thread validator on every request, before the handler', async () => {
    calls = 0;
    expect(await score([{ site: 'x' }])).toEqual({ ok: false, error: 'content/score-threads: threads[0]: posts is missing' });
    expect(await score([thread(2), { site: 'x', posts: [{ id: '1', author: {}, text: 'a' }] }])).toEqual({
      ok: false,
      error: 'content/score-threads: threads[1]: posts[0].author.handle is missing',
    });
    expect(await score('all of them')).toEqual({ ok: false, error: 'content/score-threads: threads must be an array' });
    expect(calls).toBe(0);
    expect(await score([thread(2)])).toMatchObject({ ok: true });
    expect(calls).toBe(1);
  });

  it('checks the allow-list message: a handle that is not a short non-empty string never reaches the handler', async () => {
    const allow = (handle: unknown) => route({ type: 'content/allow-account', handle }, fromX, handlers, ctx);
    expect(await allow('')).toMatchObject({ ok: false, error: expect.stringContaining('handle must be a non-empty string') });
    expect(await allow(42)).toMatchObject({ ok: false });
    expect(await allow('x'.repeat(10_000))).toMatchObject({ ok: false, error: expect.stringContaining('at most') });
    expect(await allow('@someone')).toEqual({ ok: true, value: { added: true, allowlist: 1 } });
  });

  it('refuses requests beyond the limits with an error naming the limit, not a cut', async () => {
    calls = 0;
    const atThreads = Array.from({ length: MAX_THREADS_PER_REQUEST }, () => thread(1));
    expect(await score(atThreads)).toMatchObject({ ok: true, value: { classifier: { reason: `got ${MAX_THREADS_PER_REQUEST}` } } });
    expect(await score([...atThreads, thread(1)])).toEqual({
      ok: false,
      error: `content/score-threads: ${MAX_THREADS_PER_REQUEST + 1} threads in one request; at most ${MAX_THREADS_PER_REQUEST} are scored at a time`,
    });

    expect(await score([thread(MAX_POSTS_PER_THREAD)])).toMatchObject({ ok: true });
    const tooLong = await score([thread(1), thread(MAX_POSTS_PER_THREAD + 1)]);
    expect(tooLong).toEqual({ ok: false, error: 'content/score-threads: threads[1]: 20,001 posts in one thread; at most 20,000 posts a thread are scored' });

    expect(await score([thread(1, 'x'.repeat(MAX_TEXT_CHARS))])).toMatchObject({ ok: true });
    expect(await score([thread(3, 'x'.repeat(MAX_TEXT_CHARS + 1))])).toEqual({
      ok: false,
      error: 'content/score-threads: threads[0]: posts[0].text has 25,001 characters; at most 25,000 characters a post are scored',
    });
    expect(calls).toBe(3);
  });

  it('knows the shipped message types from the protocol, and test-only ones only where a test build adds them', async () => {
    expect([...SHIPPED_MESSAGE_TYPES].sort()).toEqual([
      'content/allow-account',
      'content/open-options',
      'content/score-threads',
      'ui/clear-memory',
      'ui/get-status',
    ]);
    const fromOptions = { id: 'ext', url: 'chrome-extension://ext/options.html' };
    const measure = { type: 'ui/measure-classifier', texts: ['a'], rounds: 2 };
    expect(await route(measure, fromOptions, handlers, ctx)).toEqual({ ok: false, error: 'unknown message' });
    let timed = 0;
    const withTestRoute: Handlers = {
      ...handlers,
      'ui/measure-classifier': createMeasureClassifier({ timeBatch: async () => ++timed, classifierStatus: () => ({ state: 'loading' }) }),
    };
    expect(await route(measure, fromOptions, withTestRoute, ctx)).toEqual({ ok: true, value: { batchMs: [1, 2], classifier: { state: 'loading' } } });
    expect(await route({ ...measure, texts: [1] }, fromOptions, withTestRoute, ctx)).toEqual({
      ok: false,
      error: 'ui/measure-classifier: texts must be strings',
    });
    // Names from Object.prototype are not message types.
    expect(await route({ type: 'toString' }, fromOptions, handlers, ctx)).toEqual({ ok: false, error: 'unknown message' });
  });
});
