// The extension's figures for `threadlens bench`, measured in Debian's Chromium with the test build
// (dist/chrome-test: the shipped code plus the local demo server and a timing message):
//   cold_start_ms            the classifier ready after the first request to a service worker that
//                            Chrome had stopped (ClassifierService's loadMs), per restart
//   per_post_ms              one model call on 32 short posts in the service worker, divided by 32
//   content_ms_per_100_posts the X adapter's parse time in the content script (debug view), x 100
//   longest_task_ms          the longest main-thread task while scrolling the 5,000-reply page
//   longest_task_without_extension_ms  the same, same page and scroll, without the extension
//   sw_heap_mb               the service worker's JS heap once the classifier is loaded (CDP)
//   zip_mb                   dist/chrome packed as a zip
import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, chromiumPath } from '../demo/chromium.ts';
import { STRESS_REPLIES } from '../demo/demo-pages.ts';
import { startDemoServer, type DemoServer } from '../demo/demo-server.ts';
import { spread, type Spread } from './spread.ts';
import { zipFolder } from './zip-folder.ts';

export interface ExtensionFigures {
  cold_start_ms: Spread | null;
  per_post_ms: Spread | null;
  content_ms_per_100_posts: Spread | null;
  longest_task_ms: Spread | null;
  longest_task_without_extension_ms: Spread | null;
  sw_heap_mb: Spread | null;
  zip_mb: Spread | null;
}

const SHORT_POSTS = Array.from({ length: 32 }, (_, i) => `Reply ${i}: honestly the council should publish the whole report before anyone votes on this.`);

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

async function optionsPage(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  return page;
}

/** Sends a protocol request from an extension page (the sender check lets ui/ messages through there). */
async function ask<T>(page: Page, message: object): Promise<T> {
  const reply = await page.evaluate(async (m) => {
    const { chrome } = globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } };
    return chrome.runtime.sendMessage(m);
  }, message);
  const r = reply as { ok: boolean; value?: T; error?: string };
  if (!r.ok) throw new Error(r.error ?? 'no answer');
  return r.value as T;
}

export async function waitForBadge(page: Page): Promise<void> {
  await page.locator('threadlens-badge button.badge:not(.pending)').first().waitFor({ timeout: 60_000 });
}

async function coldStarts(context: BrowserContext, server: DemoServer, options: Page, extensionId: string, runs: number): Promise<number[]> {
  const demo = server.page('coordinated-replies');
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    await cdp.send('ServiceWorker.stopAllWorkers');
    await page.waitForTimeout(500);
    await page.goto(server.url(demo.path));
    await waitForBadge(page);
    const status = await ask<{ classifier: { state: string; loadMs?: number; reason?: string } }>(options, { type: 'ui/get-status' });
    if (status.classifier.state !== 'ready' || status.classifier.loadMs === undefined)
      throw new Error(`classifier ${status.classifier.state}: ${status.classifier.reason ?? ''}`);
    out.push(status.classifier.loadMs);
  }
  await page.close();
  void extensionId;
  return out;
}

async function parseTimes(context: BrowserContext, server: DemoServer, worker: Worker): Promise<number[]> {
  await worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } };
    await chrome.storage.local.set({ settings: { version: 2, display: { debug: true } } });
  });
  const stress = server.page(`synthetic-${STRESS_REPLIES}`);
  const page = await context.newPage();
  await page.goto(server.url(stress.path), { timeout: 120_000 });
  await waitForBadge(page);
  for (let i = 0; i < 10; i++) {
    await page.mouse.wheel(0, 1500);
    await page.waitForTimeout(150);
  }
  await page.waitForTimeout(1500);
  const badge = page.locator('threadlens-badge button.badge').first();
  await badge.scrollIntoViewIfNeeded();
  await badge.click();
  const cells = await page.locator('threadlens-panel tr[data-debug-post] td:nth-child(2)').allTextContents();
  await page.close();
  await worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: { storage: { local: { remove(key: string): Promise<void> } } } };
    await chrome.storage.local.remove('settings');
  });
  return cells.map(Number).filter((n) => Number.isFinite(n));
}

export interface ScrollFigures {
  /** longest task the Long Tasks API saw (it reports only tasks of 50 ms or more; 0 = none) */
  longestTask: number;
  /** longest gap between animation frames */
  longestFrameGap: number;
}

export const SCROLL_PROBE = `(() => {
  const figures = { longestTask: 0, longestFrameGap: 0 };
  window.__tl = figures;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) figures.longestTask = Math.max(figures.longestTask, e.duration);
  }).observe({ type: 'longtask' });
  let last = performance.now();
  const frame = (t) => {
    figures.longestFrameGap = Math.max(figures.longestFrameGap, t - last);
    last = t;
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})()`;

/** Main-thread tasks and frame gaps while scrolling the stress page, after it loaded. */
async function scrollFigures(context: BrowserContext, server: DemoServer): Promise<ScrollFigures> {
  const stress = server.page(`synthetic-${STRESS_REPLIES}`);
  const page = await context.newPage();
  await page.goto(server.url(stress.path), { timeout: 120_000 });
  await page.waitForTimeout(1000);
  // A string, not a function: tsx's name helpers would not exist in the page.
  await page.evaluate(SCROLL_PROBE);
  for (let i = 0; i < 30; i++) {
    await page.mouse.wheel(0, 1500);
    await page.waitForTimeout(120);
  }
  await page.waitForTimeout(1000);
  const figures = await page.evaluate(() => (window as unknown as { __tl: ScrollFigures }).__tl);
  await page.close();
  return figures;
}

/** The service worker's JS heap and the ArrayBuffers it holds (the WASM memory among them), in MB. */
export async function swMemory(port: number, extensionId: string): Promise<{ heap: number; buffers: number }> {
  const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${port}`, defaultViewport: null });
  try {
    const target = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${extensionId}/`), {
      timeout: 10_000,
    });
    const session = await target.createCDPSession();
    await session.send('HeapProfiler.collectGarbage').catch(() => undefined);
    const usage = (await session.send('Runtime.getHeapUsage')) as { usedSize: number; backingStorageSize?: number };
    return { heap: usage.usedSize / 1024 / 1024, buffers: (usage.backingStorageSize ?? 0) / 1024 / 1024 };
  } finally {
    await browser.disconnect();
  }
}

/** Debian's Chromium, headless, with the unpacked extension loaded (null: without it) and CDP on `port`. */
export async function launch(extensionDir: string | null, port: number, extraArgs: readonly string[] = []): Promise<BrowserContext> {
  const args = [...CHROMIUM_ARGS, ...extraArgs, `--remote-debugging-port=${port}`];
  if (extensionDir) args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  return chromium.launchPersistentContext('', { executablePath: chromiumPath(), headless: true, viewport: { width: 1100, height: 900 }, args });
}

/** Every figure not measured (yet). */
export function unmeasuredExtension(): ExtensionFigures {
  return {
    cold_start_ms: null,
    per_post_ms: null,
    content_ms_per_100_posts: null,
    longest_task_ms: null,
    longest_task_without_extension_ms: null,
    sw_heap_mb: null,
    zip_mb: null,
  };
}

/** dist/chrome packed as a zip, in MB (MiB); needs no browser. */
export async function measureZip(root: string, notes: string[]): Promise<Spread | null> {
  const shipped = path.join(root, 'dist/chrome');
  if (existsSync(path.join(shipped, 'manifest.json'))) return spread([(await zipFolder(shipped)).length / 1024 / 1024], 2);
  notes.push('zip_mb: dist/chrome is missing (run npm run build)');
  return null;
}

export async function measureExtension(root: string, runs: number, notes: string[]): Promise<ExtensionFigures> {
  const figures = unmeasuredExtension();
  figures.zip_mb = await measureZip(root, notes);
  const testBuild = path.join(root, 'dist/chrome-test');
  if (!existsSync(path.join(testBuild, 'manifest.json'))) {
    notes.push('extension: dist/chrome-test is missing (run npm run build); nothing measured in Chromium');
    return figures;
  }
  try {
    chromiumPath();
  } catch (e) {
    notes.push(`extension: ${e instanceof Error ? e.message : String(e)}`);
    return figures;
  }
  const server = await startDemoServer({ port: 0 });
  const port = await freePort();
  const context = await launch(testBuild, port);
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(worker.url()).host;
    const options = await optionsPage(context, extensionId);
    figures.cold_start_ms = spread(await coldStarts(context, server, options, extensionId, runs));
    const measured = await ask<{ batchMs: number[]; classifier: { state: string; backend?: string } }>(options, {
      type: 'ui/measure-classifier',
      texts: SHORT_POSTS,
      rounds: runs * 4,
    });
    figures.per_post_ms = spread(
      measured.batchMs.map((ms) => ms / SHORT_POSTS.length),
      3,
    );
    notes.push(`extension: the classifier ran on ${measured.classifier.backend ?? 'an unknown backend'} in the service worker (one WASM thread)`);
    const memory = await swMemory(port, extensionId);
    figures.sw_heap_mb = spread([memory.heap + memory.buffers], 1);
    notes.push(
      `sw_heap_mb: JS heap ${memory.heap.toFixed(1)} MB + ArrayBuffers (WASM memory among them) ${memory.buffers.toFixed(1)} MB, after garbage collection, classifier loaded`,
    );
    const parse = await parseTimes(context, server, worker);
    if (parse.length > 0) {
      figures.content_ms_per_100_posts = spread([(parse.reduce((a, b) => a + b, 0) / parse.length) * 100], 2);
      notes.push(`content_ms_per_100_posts: mean adapter parse time of the ${parse.length} posts read near the viewport on the 5,000-reply page, x 100`);
    }
    const scrolls: ScrollFigures[] = [];
    for (let i = 0; i < Math.min(runs, 3); i++) scrolls.push(await scrollFigures(context, server));
    figures.longest_task_ms = spread(scrolls.map((f) => f.longestTask));
    notes.push(
      `longest_task_ms: Long Tasks API over 30 scroll steps of the 5,000-reply page (it sees only tasks of 50 ms or more; 0 = none); longest gap between frames: median ${spread(scrolls.map((f) => f.longestFrameGap)).median} ms`,
    );
  } catch (e) {
    notes.push(`extension: stopped early: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
  } finally {
    await context.close().catch(() => undefined);
  }
  // The page's own work while scrolling, without the extension, for comparison.
  try {
    const bare = await launch(null, await freePort());
    try {
      const without: ScrollFigures[] = [];
      for (let i = 0; i < Math.min(runs, 3); i++) without.push(await scrollFigures(bare, server));
      figures.longest_task_without_extension_ms = spread(without.map((f) => f.longestTask));
      notes.push(
        `longest_task_without_extension_ms: the same page and scroll without the extension; longest gap between frames median ${spread(without.map((f) => f.longestFrameGap)).median} ms`,
      );
    } finally {
      await bare.close().catch(() => undefined);
    }
  } catch (e) {
    notes.push(`longest_task_ms baseline not measured: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
  }
  await server.close();
  return figures;
}
