// The content script: reads the posts near the viewport through the site's adapter, groups them
// into threads, asks the background to score them, and shows the overlay. One teardown path:
// when the extension is reloaded under the page (context invalidated) everything stops quietly.
import browser from 'webextension-polyfill';
import { TEST_BUILD } from '../shared/build-flags.ts';
import { contextInvalidated, sendRequest } from '../browser/send-request.ts';
import { loadSettings, watchSettings } from '../browser/settings-store.ts';
import type { Settings } from '../shared/settings/schema.ts';
import { scoringKey } from '../shared/settings/scoring-key.ts';
import { pickAdapter } from './pick-adapter.ts';
import type { SiteAdapter } from '../sites/site-adapter.ts';
import { createOverlay, type Overlay } from '../ui/overlay/overlay.tsx';
import { watchPosts, type PostWatcher } from './post-watcher.ts';
import { ThreadTracker, type TrackedGroup } from './thread-tracker.ts';
import { withinTextLimit } from '../shared/request-limits.ts';

/** Threads per message: keeps each answer quick so the first badges appear early. */
const BATCH = 12;
/** Quiet time before sending what was read (posts arrive in bursts while scrolling). */
const FLUSH_DELAY_MS = 200;
/** How soon threads scored without a classifier that was loading or busy are sent again. */
const CLASSIFIER_RETRY_MS = 1500;
/** Retries without model scores per page: the classifier's cache fills as it goes, so a few suffice. */
const MAX_CLASSIFIER_RETRIES = 40;

/** What a test build's content script says about itself (`npm run soak`). */
export interface ContentStats {
  flushes: number;
  /** the synchronous part of the longest flush: trimming, grouping, hashing, badges */
  longestFlushMs: number;
  /** the longest sendRequest call: the batch is copied before it returns */
  longestSendMs: number;
  /** flushes and sends that took 50 ms or more (a long task of the content script's own) */
  over50ms: number;
  /** posts the tracker keeps */
  tracked: number;
  /** of those, posts whose element it still references */
  elementsHeld: number;
  /** posts it dropped at its cap so far */
  dropped: number;
}

export interface ContentScript {
  stop(): void;
}

export async function start(win: Window = window): Promise<ContentScript | null> {
  const doc = win.document;
  const adapter = pickAdapter(win.location.hostname, doc, TEST_BUILD);
  if (!adapter) return null;
  const controller = new AbortController();
  const { signal } = controller;
  const settings = await loadSettings();
  if (signal.aborted) return null;
  const session = new Session(win, adapter, settings, controller);
  watchSettings((next) => session.applySettings(next), signal);
  session.watcher = watchPosts(doc, {
    adapter,
    signal,
    onNearViewport: (element) => session.read(element),
    onPass: () => session.scheduleFlush(),
    onScanPass: () => session.overlay.repair(),
    onRemoved: () => session.releaseRemoved(),
    onNavigate: (url) => session.navigate(url),
  });
  return { stop: () => controller.abort() };
}

class Session {
  readonly overlay: Overlay;
  /** set once the watcher runs: posts the tracker drops while still on the page are watched again */
  watcher: PostWatcher | null = null;
  private readonly tracker: ThreadTracker;
  private flushTimer: ReturnType<typeof setTimeout> | null = null;
  private flushAgain = false;
  private loadingRetry: ReturnType<typeof setTimeout> | null = null;
  private retries = 0;
  /**
   * Counts settings changes, so the rescore a change asks for does not queue behind a flush still
   * waiting for its answer. (The options e2e tests saw "low" instead of "none": the rescore queued
   * behind a request held 20 s by the model's first load, which blocks the service worker.)
   */
  private settingsGeneration = 0;
  /** the settings generation of the flush in progress, null when none is */
  private flushing: number | null = null;

  constructor(
    private readonly win: Window,
    private readonly adapter: SiteAdapter,
    private settings: Settings,
    private readonly controller: AbortController,
  ) {
    this.tracker = new ThreadTracker(adapter, new URL(win.location.href));
    this.overlay = createOverlay(win.document, {
      adapter,
      parseMs: (id) => this.tracker.parseMs(id),
      onOpenOptions: () => void sendRequest({ type: 'content/open-options' }).then((r) => this.checkAlive(r)),
      onAllowAccount: (handle) => void this.allowAccount(handle),
      evidenceContext: () => ({ scoring: this.settings.scoring, allowlist: this.settings.allowlist, threadlensVersion: browser.runtime.getManifest().version }),
    });
    this.overlay.configure(settings.display);
    controller.signal.addEventListener('abort', () => {
      if (this.flushTimer !== null) clearTimeout(this.flushTimer);
      if (this.loadingRetry !== null) clearTimeout(this.loadingRetry);
      this.overlay.destroy();
    });
  }

  private get enabled(): boolean {
    return this.settings.sites[this.adapter.id as keyof Settings['sites']] !== false;
  }

  read(element: Element): void {
    // Read even while the site is switched off, so switching it on shows the page at once.
    const y = element.getBoundingClientRect().top + this.win.scrollY;
    this.tracker.read(element, y);
  }

  scheduleFlush(): void {
    if (this.flushTimer !== null || this.controller.signal.aborted) return;
    this.flushTimer = setTimeout(() => {
      this.flushTimer = null;
      void this.flush();
    }, FLUSH_DELAY_MS);
  }

  /** The site removed nodes: the tracker and the badges let go of those of removed posts now. */
  releaseRemoved(): void {
    this.tracker.releaseRemoved();
    this.overlay.repair();
  }

  navigate(url: string): void {
    this.tracker.reset(new URL(url));
    this.overlay.clear();
  }

  applySettings(next: Settings): void {
    this.settings = next;
    this.settingsGeneration++;
    this.overlay.configure(next.display);
    if (!this.enabled) {
      this.overlay.clear();
      return;
    }
    // Scoring settings may have changed: every thread is scored again (the background caches by settings too).
    this.tracker.resend();
    this.scheduleFlush();
  }

  /** Threads scored while the classifier was loading or busy are scored again once it may have their scores. */
  private rescoreWhenLoaded(): void {
    if (this.loadingRetry !== null || this.controller.signal.aborted || this.retries >= MAX_CLASSIFIER_RETRIES) return;
    this.retries++;
    this.loadingRetry = setTimeout(() => {
      this.loadingRetry = null;
      this.tracker.resend();
      this.scheduleFlush();
    }, CLASSIFIER_RETRY_MS);
  }

  /** "Never flag this account": the background adds it; every open tab rescores through the settings change. */
  private async allowAccount(handle: string): Promise<void> {
    this.checkAlive(await sendRequest({ type: 'content/allow-account', handle }));
  }

  /** Stops everything when the extension went away under the page; true while alive. */
  private checkAlive(reply: { ok: boolean; error?: string }): boolean {
    if (!reply.ok && contextInvalidated(reply.error)) {
      this.controller.abort();
      return false;
    }
    return true;
  }

  private async flush(): Promise<void> {
    // One flush at a time per settings generation; a flush for newer settings starts at once.
    if (this.flushing === this.settingsGeneration) {
      this.flushAgain = true;
      return;
    }
    const generation = this.settingsGeneration;
    this.flushing = generation;
    try {
      // Reloaded or removed under the page: stop before putting up badges no background will answer.
      if (contextInvalidated()) {
        this.controller.abort();
        return;
      }
      if (!this.enabled) return;
      // Bounded memory on long sessions: removed elements are let go, posts beyond the cap dropped.
      const started = performance.now();
      const { scrollY, innerHeight } = this.win;
      for (const element of this.tracker.trim({ top: scrollY, bottom: scrollY + innerHeight })) this.watcher?.rewatch(element);
      const groups = this.tracker.groups();
      for (const key of this.tracker.removed) this.overlay.forget(key);
      for (const { group, touched } of groups) if (touched) this.overlay.sync(group);
      if (TEST_BUILD) this.recordTask(performance.now() - started, true);
      const changed = groups.filter((g) => g.changed);
      for (let i = 0; i < changed.length && !this.controller.signal.aborted && generation === this.settingsGeneration; i += BATCH) {
        await this.send(changed.slice(i, i + BATCH));
      }
    } finally {
      if (this.flushing === generation) this.flushing = null;
      if (this.flushAgain && this.flushing === null && !this.controller.signal.aborted) {
        this.flushAgain = false;
        this.scheduleFlush();
      }
    }
  }

  /**
   * Test builds only: figures `npm run soak` reads in the content script's own world (through CDP;
   * the page's scripts can't see them), the longest being the main thread's longest task that is
   * surely the extension's (its slices of reading posts are kept to about 4 ms each).
   */
  private recordTask(ms: number, flush: boolean): void {
    const holder = globalThis as { threadlensStats?: ContentStats };
    const last = holder.threadlensStats;
    holder.threadlensStats = {
      flushes: (last?.flushes ?? 0) + (flush ? 1 : 0),
      longestFlushMs: Math.max(last?.longestFlushMs ?? 0, flush ? ms : 0),
      longestSendMs: Math.max(last?.longestSendMs ?? 0, flush ? 0 : ms),
      over50ms: (last?.over50ms ?? 0) + (ms >= 50 ? 1 : 0),
      tracked: this.tracker.size,
      elementsHeld: this.tracker.elementsHeld,
      dropped: this.tracker.dropped,
    };
  }

  private async send(batch: readonly TrackedGroup[]): Promise<void> {
    const generation = this.settingsGeneration;
    const started = performance.now();
    const request = sendRequest({ type: 'content/score-threads', threads: batch.map((g) => withinTextLimit(g.group.thread)) });
    // the message is copied before sendRequest returns: a 2,000-post thread is the content script's largest one
    if (TEST_BUILD) this.recordTask(performance.now() - started, false);
    const reply = await request;
    if (!this.checkAlive(reply)) return;
    if (!reply.ok) {
      if (generation !== this.settingsGeneration) return;
      for (const g of batch) this.overlay.setError(g.group.key, reply.error);
      return;
    }
    // Scored with other settings than this tab holds now (the change came while it was scored):
    // not shown and not marked sent, so the rescore the change asked for goes ahead. A reply sent
    // before the change but scored after it is shown: the background read the same storage.
    if (reply.value.settingsKey !== scoringKey(this.settings)) return;
    this.overlay.setClassifier(reply.value.classifier);
    const { state } = reply.value.classifier;
    const withoutModel = reply.value.results.some((r) => r.report.model === null);
    if (state === 'loading' || (state === 'ready' && withoutModel)) this.rescoreWhenLoaded();
    batch.forEach((g, i) => {
      const result = reply.value.results[i];
      if (!result) return;
      this.tracker.markSent(g.group.key, g.hash, g.generation);
      this.overlay.setResult(g.group.key, result);
    });
  }
}
