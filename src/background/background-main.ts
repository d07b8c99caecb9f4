// The background (a service worker on Chrome, an event page on Firefox). Listeners are registered
// synchronously on start, because Chrome only delivers the event that woke a stopped worker to
// listeners added in its first turn. Everything heavier is built lazily on first use.
import browser from 'webextension-polyfill';
import { ReportCache } from './report-cache.ts';
import { MemoryStore } from './memory-store.ts';
import { route, type Handlers, type RouterContext, type SenderFacts } from './router.ts';
import { createScoreThreads } from './handlers/score-threads.ts';
import { hostAllowed } from './host-allowed.ts';
import { mastodonHostGranted, mastodonHostsRead, startMastodonScripts } from './mastodon-scripts.ts';
import { SITE_MATCHES } from '../../extension/manifest.ts';
import { browserSettingsStore } from '../browser/settings-store.ts';
import type { Settings } from '../shared/settings/schema.ts';
import { createAllowAccount } from './handlers/allow-account.ts';
import type { ClassifierStatus } from '../shared/classifier-status.ts';
import { ClassifierService } from './classifier/classifier-service.ts';
import { loadExtensionClassifier } from './classifier/load-extension-classifier.ts';
import { forgetRetiredKeys } from './retired-keys.ts';
import { createMeasureClassifier } from './handlers/measure-classifier.ts';
import { TEST_BUILD } from '../shared/build-flags.ts';

/** How long a scoring request waits for the classifier to load before answering without it. */
const CLASSIFIER_WAIT_MS = 3000;

export function start(): void {
  const cache = new ReportCache(browser.storage.session ?? null);
  const memory = new MemoryStore(browser.storage.local);
  // Read on every request, not cached: a tab hears of a settings change at the same moment as
  // this worker, and must not be answered with the settings from before it.
  const settings = browserSettingsStore();
  const getSettings = (): Promise<Settings> => settings.load();

  const classifier = new ClassifierService({
    load: () => loadExtensionClassifier({ assetUrl: (p) => browser.runtime.getURL(p) }),
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
    'content/allow-account': createAllowAccount(settings),
    'ui/clear-memory': async () => {
      await memory.clear();
      return { entries: (await memory.get()).size };
    },
    'content/open-options': async () => {
      await browser.runtime.openOptionsPage();
      return null;
    },
    'ui/get-status': async () => ({ classifier: classifierStatus(), cachedReports: cache.size }),
  };
  // Dead code in shipped builds (TEST_BUILD is a literal there): the bundler drops the handler.
  if (TEST_BUILD) handlers['ui/measure-classifier'] = createMeasureClassifier({ timeBatch: (texts) => classifier.timeBatch(texts), classifierStatus });

  const ctx: RouterContext = {
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL(''),
    contentAllowed: (url) => hostAllowed(url, TEST_BUILD) || mastodonHostGranted(url),
    contentReady: mastodonHostsRead,
  };

  startMastodonScripts(SITE_MATCHES);
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'update') void forgetRetiredKeys(browser.storage.local);
  });
  browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
    const facts: SenderFacts = { id: sender.id, url: sender.url, tabId: sender.tab?.id };
    return route(message, facts, handlers, ctx);
  });
}
