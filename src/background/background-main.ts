// The background (a service worker on Chrome, an event page on Firefox). Listeners are registered
// synchronously on start, because Chrome only delivers the event that woke a stopped worker to
// listeners added in its first turn. Everything heavier is built lazily on first use.
import browser from 'webextension-polyfill';
import { ReportCache } from './report-cache.ts';
import { MemoryStore } from './memory-store.ts';
import { route, type Handlers, type RouterContext, type SenderFacts } from './router.ts';
import { createScoreThreads } from './handlers/score-threads.ts';
import { hostAllowed } from './host-allowed.ts';
import { loadSettings } from '../shared/settings-store.ts';
import type { Settings } from '../shared/settings.ts';
import type { ClassifierStatus } from '../shared/classifier-status.ts';
import { ClassifierService } from './classifier/classifier-service.ts';
import { loadExtensionClassifier } from './classifier/load-extension-classifier.ts';
import { backendMemory } from './classifier/backend-memory.ts';

/** How long a scoring request waits for the classifier to load before answering without it. */
const CLASSIFIER_WAIT_MS = 3000;

declare const __THREADLENS_TEST_BUILD__: boolean;

export function start(): void {
  const testBuild = typeof __THREADLENS_TEST_BUILD__ !== 'undefined' && __THREADLENS_TEST_BUILD__;
  const cache = new ReportCache(browser.storage.session ?? null);
  const memory = new MemoryStore(browser.storage.local);
  // Read on every request, not cached: a tab hears of a settings change at the same moment as
  // this worker, and must not be answered with the settings from before it.
  const getSettings = (): Promise<Settings> => loadSettings();

  const classifier = new ClassifierService({
    load: () => loadExtensionClassifier({ assetUrl: (p) => browser.runtime.getURL(p), memory: backendMemory(browser.storage.local) }),
    onRunError: async (loaded) => {
      if (loaded.backend === 'webgpu') await backendMemory(browser.storage.local).set('wasm', 'a WebGPU run failed');
    },
  });
  const classifierStatus = (): ClassifierStatus => classifier.status();

  const handlers: Handlers = {
    'content/score-threads': createScoreThreads({
      cache,
      getSettings,
      classifierStatus,
      // The first request waits for the model a little; later ones find it ready (or failed).
      classify: (texts) => classifier.score(texts, CLASSIFIER_WAIT_MS),
      memory,
    }),
    'ui/clear-memory': async () => {
      await memory.clear();
      return { entries: (await memory.get()).size };
    },
    'content/open-options': async () => {
      await browser.runtime.openOptionsPage();
      return null;
    },
    'ui/get-status': async () => ({ classifier: classifierStatus(), cachedReports: cache.size }),
    'ui/measure-classifier': async ({ texts, rounds }) => {
      if (!testBuild) throw new Error('measuring is only in test builds');
      if (!Array.isArray(texts) || texts.some((t) => typeof t !== 'string')) throw new Error('texts must be strings');
      const batchMs: number[] = [];
      for (let i = 0; i < Math.min(50, Math.max(1, Math.floor(Number(rounds) || 1))); i++) batchMs.push(await classifier.timeBatch(texts));
      return { batchMs, classifier: classifierStatus() };
    },
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
