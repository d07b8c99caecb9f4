// The content script: reads the posts near the viewport through the site's adapter, groups them
// into threads, asks the background to score them, and shows the overlay. One teardown path:
// when the extension is reloaded under the page (context invalidated) everything stops quietly.
import { TEST_BUILD } from '../shared/build-flags.ts';
import { contextInvalidated, sendRequest } from '../shared/send-request.ts';
import { loadSettings, saveSettings, watchSettings } from '../shared/settings-store.ts';
import { allowlistHandle, type Settings } from '../shared/settings.ts';
import { pickAdapter } from './pick-adapter.ts';
import type { SiteAdapter } from '../sites/site-adapter.ts';
import { createOverlay, type Overlay } from '../ui/overlay/overlay.tsx';
import { watchPosts } from './post-watcher.ts';
import { ThreadTracker, type TrackedGroup } from './thread-tracker.ts';

/** Threads per message: keeps each answer quick so the first badges appear early. */
const BATCH = 12;
/** Quiet time before sending what was read (posts arrive in bursts while scrolling). */
const FLUSH_DELAY_MS = 200;
/** How soon threads scored without a classifier that was still loading are sent again. */
const CLASSIFIER_RETRY_MS = 1500;

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
  watchPosts(doc, {
    adapter,
    signal,
    onNearViewport: (element) => session.read(element),
    onPass: () => session.scheduleFlush(),
    onScanPass: () => session.overlay.repair(),
    onNavigate: (url) => session.navigate(url),
  });
  return { stop: () => controller.abort() };
}

class Session {
  readonly overlay: Overlay;
  private readonly tracker: ThreadTracker;
  private flushTimer: ReturnType<typeof setTimeout> | null = null;
  private flushing = false;
  private flushAgain = false;
  private loadingRetry: ReturnType<typeof setTimeout> | null = null;

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

  navigate(url: string): void {
    this.tracker.reset(new URL(url));
    this.overlay.clear();
  }

  applySettings(next: Settings): void {
    this.settings = next;
    this.overlay.configure(next.display);
    if (!this.enabled) {
      this.overlay.clear();
      return;
    }
    // Scoring settings may have changed: every thread is scored again (the background caches by settings too).
    this.tracker.resend();
    this.scheduleFlush();
  }

  /** Threads scored while the classifier was still loading are scored again once it may be ready. */
  private rescoreWhenLoaded(): void {
    if (this.loadingRetry !== null || this.controller.signal.aborted) return;
    this.loadingRetry = setTimeout(() => {
      this.loadingRetry = null;
      this.tracker.resend();
      this.scheduleFlush();
    }, CLASSIFIER_RETRY_MS);
  }

  /** "Never flag this account": every open tab rescores through the settings change. */
  private async allowAccount(handle: string): Promise<void> {
    const current = await loadSettings();
    const entry = allowlistHandle(handle);
    if (entry === null || current.allowlist.includes(entry)) return;
    try {
      await saveSettings({ ...current, allowlist: [...current.allowlist, entry] });
    } catch (e) {
      this.checkAlive({ ok: false, error: String(e) });
    }
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
    if (this.flushing) {
      this.flushAgain = true;
      return;
    }
    this.flushing = true;
    try {
      // Reloaded or removed under the page: stop before putting up badges no background will answer.
      if (contextInvalidated()) {
        this.controller.abort();
        return;
      }
      if (!this.enabled) return;
      const groups = this.tracker.groups();
      for (const { group } of groups) this.overlay.sync(group);
      const changed = groups.filter((g) => g.changed);
      for (let i = 0; i < changed.length && !this.controller.signal.aborted; i += BATCH) {
        await this.send(changed.slice(i, i + BATCH));
      }
    } finally {
      this.flushing = false;
      if (this.flushAgain && !this.controller.signal.aborted) {
        this.flushAgain = false;
        this.scheduleFlush();
      }
    }
  }

  private async send(batch: readonly TrackedGroup[]): Promise<void> {
    const reply = await sendRequest({ type: 'content/score-threads', threads: batch.map((g) => g.group.thread) });
    if (!this.checkAlive(reply)) return;
    if (!reply.ok) {
      for (const g of batch) this.overlay.setError(g.group.key, reply.error);
      return;
    }
    this.overlay.setClassifier(reply.value.classifier);
    if (reply.value.classifier.state === 'loading') this.rescoreWhenLoaded();
    batch.forEach((g, i) => {
      const result = reply.value.results[i];
      if (!result) return;
      this.tracker.markSent(g.group.key, g.hash, g.generation);
      this.overlay.setResult(g.group.key, result);
    });
  }
}
