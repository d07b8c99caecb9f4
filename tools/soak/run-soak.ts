// `npm run soak`: a long session in Debian's Chromium with the test build (dist/chrome-test) on the
// 5,000-reply demo page, scrolled down and back up for N minutes while the page drops the cells far
// above the viewport, as X's virtual list does. It fails when a figure passes its bound
// (SOAK_BOUNDS): the page's JS heap (the content script's is in it) and the service worker's, the
// nodes still alive after the page removed them, the posts the content script keeps, and any request
// that left 127.0.0.1. Long tasks are reported, not bounded: on this shared 2-core machine the
// load decides them (README, Performance): the content script's own longest flush and send, and the
// Long Tasks API's longest task with the extension and without it. npm test runs it for 2 minutes.
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, launch, SCROLL_PROBE, swMemory, waitForBadge, type ScrollFigures } from '../bench/extension-bench.ts';
import { STRESS_REPLIES } from '../demo/demo-pages.ts';
import { startDemoServer, type DemoServer } from '../demo/demo-server.ts';
import { isLocal, netlogUrls } from '../demo/local-requests.ts';
import type { ContentStats } from '../../src/content/content-main.ts';

export interface SoakBounds {
  /** the page's JS heap at the end (page and content script share it), after garbage collection */
  pageHeapEndMb: number;
  /** its growth from the first badge to the end */
  pageHeapGrowthMb: number;
  /** the service worker's JS heap + ArrayBuffers at the end (the model's WASM memory among them) */
  swHeapEndMb: number;
  /** nodes the page removed that something still keeps alive, at the end, after garbage collection */
  detachedNodesEnd: number;
  /** posts the content script keeps */
  trackedPosts: number;
}

/** Set from the runs in README's Performance section with room for a loaded machine. */
export const SOAK_BOUNDS: SoakBounds = {
  pageHeapEndMb: 16,
  pageHeapGrowthMb: 8,
  swHeapEndMb: 32,
  detachedNodesEnd: 100,
  trackedPosts: 2200,
};

interface Snapshot {
  pageHeapMb: number;
  swHeapMb: number;
  detachedNodes: number;
  content: ContentStats | null;
}

export interface SoakFigures {
  minutes: number;
  scrollSteps: number;
  start: Snapshot;
  end: Snapshot;
  /** Long Tasks API over the whole run, with the extension and without it (same page, same scrolling) */
  longestTaskMs: number;
  longestTaskWithoutMs: number | null;
  longestFrameGapMs: number;
  requestsOffMachine: string[];
  failures: string[];
}

/** The page's part of X's virtual list: cells far above the viewport become empty spacers of the same height. */
const VIRTUALIZE = `(() => {
  const cells = () => document.querySelectorAll('[data-testid="cellInnerDiv"]');
  setInterval(() => {
    const limit = window.scrollY - 5 * window.innerHeight;
    for (const cell of cells()) {
      const rect = cell.getBoundingClientRect();
      if (rect.bottom + window.scrollY >= limit) break;
      const spacer = document.createElement('div');
      spacer.style.height = rect.height + 'px';
      cell.replaceWith(spacer);
    }
  }, 1000);
})()`;

const AT_BOTTOM = '(() => window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 20)()';

function mb(bytes: number): number {
  return bytes / 1024 / 1024;
}

/** The content script's world in the page (an isolated world named after the extension): its id for Runtime.evaluate. */
async function contentWorld(cdp: CDPSession, page: Page, url: string): Promise<number | null> {
  const worlds: Array<{ id: number; origin: string; auxData?: { type?: string } }> = [];
  cdp.on('Runtime.executionContextCreated', (e) => worlds.push(e.context as (typeof worlds)[number]));
  await cdp.send('Runtime.enable');
  await page.goto(url, { timeout: 120_000 });
  await waitForBadge(page);
  return worlds.filter((w) => w.auxData?.type === 'isolated').at(-1)?.id ?? null;
}

async function contentStats(cdp: CDPSession, world: number | null): Promise<ContentStats | null> {
  if (world === null) return null;
  const reply = (await cdp.send('Runtime.evaluate', { expression: 'globalThis.threadlensStats ?? null', contextId: world, returnByValue: true })) as {
    result: { value?: ContentStats | null };
  };
  return reply.result.value ?? null;
}

async function snapshot(cdp: CDPSession, port: number, extensionId: string | null, world: number | null): Promise<Snapshot> {
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  // Chromium 156 answers this (experimental) with the detached nodes still alive and what retains them.
  const detached = (await cdp.send('DOM.getDetachedDomNodes' as never)) as { detachedNodes: unknown[] };
  const sw = extensionId === null ? null : await swMemory(port, extensionId);
  return {
    pageHeapMb: mb(heap.usedSize),
    swHeapMb: sw === null ? 0 : sw.heap + sw.buffers,
    detachedNodes: detached.detachedNodes.length,
    content: await contentStats(cdp, world),
  };
}

/** Scrolls down the page and back to the top, again and again, for `ms`; returns the wheel steps made. */
async function scrollFor(page: Page, ms: number): Promise<number> {
  const end = Date.now() + ms;
  let steps = 0;
  while (Date.now() < end) {
    // 3,000 px a step: less than the viewport and the 1,200 px margin on each side, so every post is read
    if (await page.evaluate(AT_BOTTOM)) await page.evaluate('window.scrollTo(0, 0)');
    else await page.mouse.wheel(0, 3000);
    await page.waitForTimeout(150);
    steps++;
  }
  return steps;
}

interface Run {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  world: number | null;
}

async function openRun(context: BrowserContext, server: DemoServer, withExtension: boolean): Promise<Run> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  // No DOM.enable: DevTools' DOM agent keeps nodes it has seen alive, and the detached-node count then
  // measured DevTools (1 -> 117 in 2 minutes with it, 1 -> 1 without, same build and load, 2026-12-02).
  // DOM.getDetachedDomNodes answers without it.
  const url = server.url(server.page(`synthetic-${STRESS_REPLIES}`).path);
  let world: number | null = null;
  if (withExtension) world = await contentWorld(cdp, page, url);
  else await page.goto(url, { timeout: 120_000 });
  await page.evaluate(VIRTUALIZE);
  return { context, page, cdp, world };
}

/** `testBuild`: the unpacked test build (dist/chrome-test; another one to compare, e.g. main's). */
export async function soak(testBuild: string, minutes: number, baselineMinutes: number, log: (line: string) => void): Promise<SoakFigures> {
  if (!existsSync(path.join(testBuild, 'manifest.json'))) throw new Error(`${testBuild} is missing: run npm run build first`);
  const server = await startDemoServer({ port: 0 });
  const netlogDir = await mkdtemp(path.join(os.tmpdir(), 'threadlens-soak-'));
  const netlog = path.join(netlogDir, 'netlog.json');
  const failures: string[] = [];
  try {
    const port = await freePort();
    const context = await launch(testBuild, port, [`--log-net-log=${netlog}`]);
    const requests: string[] = [];
    context.on('request', (r) => requests.push(r.url()));
    let figures: Omit<SoakFigures, 'longestTaskWithoutMs' | 'requestsOffMachine' | 'failures'>;
    try {
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      const extensionId = new URL(worker.url()).host;
      const run = await openRun(context, server, true);
      const start = await snapshot(run.cdp, port, extensionId, run.world);
      log(`soak: first badge; page heap ${start.pageHeapMb.toFixed(1)} MB, service worker ${start.swHeapMb.toFixed(1)} MB; scrolling for ${minutes} min`);
      // Installed after the first snapshot: its forced garbage collection is a long task of its own.
      await run.page.evaluate(SCROLL_PROBE);
      const scrollSteps = await scrollFor(run.page, minutes * 60_000);
      // One more step and a pause, so the content script's last flush has run and the posts the page
      // removed last are let go (within a second of their removal, later on a loaded machine): what is
      // still held after that is kept, not in flight.
      await run.page.mouse.wheel(0, -300);
      await run.page.waitForTimeout(4000);
      const probe = (await run.page.evaluate('window.__tl')) as ScrollFigures;
      const end = await snapshot(run.cdp, port, extensionId, run.world);
      figures = { minutes, scrollSteps, start, end, longestTaskMs: probe.longestTask, longestFrameGapMs: probe.longestFrameGap };
    } finally {
      await context.close().catch(() => undefined);
    }
    const offMachine = [...new Set([...requests, ...(await netlogUrls(netlog))])].filter((u) => !isLocal(u));
    let longestTaskWithoutMs: number | null = null;
    if (baselineMinutes > 0) {
      log(`soak: the same page and scrolling without the extension, ${baselineMinutes} min`);
      const bare = await launch(null, await freePort());
      try {
        const run = await openRun(bare, server, false);
        await run.page.evaluate(SCROLL_PROBE);
        await scrollFor(run.page, baselineMinutes * 60_000);
        longestTaskWithoutMs = ((await run.page.evaluate('window.__tl')) as ScrollFigures).longestTask;
      } finally {
        await bare.close().catch(() => undefined);
      }
    }
    const result: SoakFigures = { ...figures, longestTaskWithoutMs, requestsOffMachine: offMachine, failures };
    failures.push(...checkBounds(result, SOAK_BOUNDS));
    return result;
  } finally {
    await rm(netlogDir, { recursive: true, force: true });
    await server.close();
  }
}

export function checkBounds(f: SoakFigures, bounds: SoakBounds): string[] {
  const out: string[] = [];
  const over = (what: string, value: number, bound: number, unit: string): void => {
    if (value > bound) out.push(`${what}: ${value.toFixed(1)} ${unit}, over the bound of ${bound} ${unit}`);
  };
  over('page heap at the end', f.end.pageHeapMb, bounds.pageHeapEndMb, 'MB');
  over('page heap growth', f.end.pageHeapMb - f.start.pageHeapMb, bounds.pageHeapGrowthMb, 'MB');
  over('service-worker heap at the end', f.end.swHeapMb, bounds.swHeapEndMb, 'MB');
  over('detached nodes alive at the end', f.end.detachedNodes, bounds.detachedNodesEnd, 'nodes');
  if (f.end.content === null) out.push("the content script's figures could not be read (is dist/chrome-test a test build?)");
  else {
    over('posts the content script keeps', f.end.content.tracked, bounds.trackedPosts, 'posts');
  }
  if (f.requestsOffMachine.length > 0) out.push(`requests left 127.0.0.1: ${f.requestsOffMachine.slice(0, 5).join(', ')}`);
  return out;
}

export function describeSoak(f: SoakFigures): string[] {
  const c = (s: Snapshot): string =>
    s.content
      ? `${s.content.tracked} posts kept (${s.content.elementsHeld} with their element; ${s.content.dropped} dropped at the cap so far), ${s.content.flushes} flushes`
      : 'no content-script figures';
  return [
    `soak: ${f.minutes} min, ${f.scrollSteps} scroll steps on the ${STRESS_REPLIES.toLocaleString('en')}-reply page (cells far above the viewport removed, as X does)`,
    `  page JS heap (page + content script): ${f.start.pageHeapMb.toFixed(1)} -> ${f.end.pageHeapMb.toFixed(1)} MB`,
    `  service worker JS heap + ArrayBuffers: ${f.start.swHeapMb.toFixed(1)} -> ${f.end.swHeapMb.toFixed(1)} MB`,
    `  detached nodes alive after GC: ${f.start.detachedNodes} -> ${f.end.detachedNodes}`,
    `  content script: ${c(f.start)} -> ${c(f.end)}; longest flush ${f.end.content?.longestFlushMs.toFixed(1) ?? '?'} ms, longest send ${f.end.content?.longestSendMs.toFixed(1) ?? '?'} ms, ${f.end.content?.over50ms ?? '?'} of them 50 ms or more`,
    `  longest task (Long Tasks API, >= 50 ms): ${f.longestTaskMs.toFixed(0)} ms with the extension, ${f.longestTaskWithoutMs === null ? 'not measured' : `${f.longestTaskWithoutMs.toFixed(0)} ms`} without; longest gap between frames ${f.longestFrameGapMs.toFixed(0)} ms`,
    `  requests beyond 127.0.0.1: ${f.requestsOffMachine.length}`,
    ...(f.end.content?.dropped === 0 ? ['soak: the content script never reached its cap (a slow machine scrolls less): this run tested no trimming'] : []),
    ...(f.failures.length === 0 ? ['soak: within every bound'] : f.failures.map((x) => `soak FAILED: ${x}`)),
  ];
}
