// The background (a service worker on Chrome, an event page on Firefox). Listeners are registered
// synchronously on start, because Chrome only delivers the event that woke a stopped worker to
// listeners added in its first turn. Everything heavier is built lazily on first use.
import browser from 'webextension-polyfill';
import { ReportCache } from './report-cache.ts';
import { route, type Handlers, type RouterContext, type SenderFacts } from './router.ts';
import { createScoreThreads } from './handlers/score-threads.ts';
import { hostAllowed } from './host-allowed.ts';
import { loadSettings } from '../shared/settings-store.ts';
import type { Settings } from '../shared/settings.ts';
import type { ClassifierStatus } from '../shared/classifier-status.ts';

declare const __THREADLENS_TEST_BUILD__: boolean;

export function start(): void {
  const testBuild = typeof __THREADLENS_TEST_BUILD__ !== 'undefined' && __THREADLENS_TEST_BUILD__;
  const cache = new ReportCache(browser.storage.session ?? null);
  // Read on every request, not cached: a tab hears of a settings change at the same moment as
  // this worker, and must not be answered with the settings from before it.
  const getSettings = (): Promise<Settings> => loadSettings();

  const classifierStatus = (): ClassifierStatus => ({ state: 'off', reason: 'no classifier is bundled in this build' });

  const handlers: Handlers = {
    'content/score-threads': createScoreThreads({ cache, getSettings, classifierStatus }),
    'content/open-options': async () => {
      await browser.runtime.openOptionsPage();
      return null;
    },
    'ui/get-status': async () => ({ classifier: classifierStatus(), cachedReports: cache.size }),
  };

  const ctx: RouterContext = {
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL(''),
    contentAllowed: (url) => hostAllowed(url, testBuild),
  };

  browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
    const facts: SenderFacts = { id: sender.id, url: sender.url, tabId: sender.tab?.id };
    return route(message, facts, handlers, ctx);
  });
}
