// Playwright fixtures: the demo server, and Debian's Chromium with the test build loaded.
// Every request the browser makes for pages and the extension is recorded, and Chromium's
// NetLog catches what happens before Playwright's listener is attached.
import { test as base, chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startDemoServer, type DemoServer } from '../../tools/demo/demo-server.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../../tools/demo/chromium.ts';
import { isLocal, netlogUrls } from '../../tools/demo/local-requests.ts';

export { isLocal, netlogUrls };

export const EXTENSION_DIR = path.resolve('dist/chrome-test');

export interface ExtensionFixtures {
  /** the unpacked extension to load (default: the Chrome test build) */
  extensionDir: string;
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  /** URLs requested by pages and the extension while the test ran */
  requests: string[];
  /** errors in pages' consoles and uncaught page errors */
  pageErrors: string[];
  netlog: string;
  openPage: (url: string) => Promise<Page>;
}

export const test = base.extend<ExtensionFixtures, { server: DemoServer }>({
  server: [
    async ({}, use) => {
      const server = await startDemoServer({ port: 0 });
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  extensionDir: [EXTENSION_DIR, { option: true }],
  requests: async ({}, use) => {
    await use([]);
  },
  pageErrors: async ({}, use) => {
    await use([]);
  },
  netlog: async ({}, use) => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'threadlens-netlog-'));
    await use(path.join(dir, 'netlog.json'));
    await rm(dir, { recursive: true, force: true });
  },
  context: async ({ requests, netlog, extensionDir }, use) => {
    if (!existsSync(path.join(extensionDir, 'manifest.json'))) throw new Error(`${extensionDir} is missing: run npm run build first`);
    const context = await chromium.launchPersistentContext('', {
      executablePath: chromiumPath(),
      headless: true,
      viewport: { width: 1100, height: 900 },
      args: [...CHROMIUM_ARGS, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, `--log-net-log=${netlog}`],
    });
    context.on('request', (r) => requests.push(r.url()));
    await use(context);
    await context.close();
  },
  serviceWorker: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(worker);
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
  openPage: async ({ context, pageErrors }, use) => {
    await use(async (url: string) => {
      const page = await context.newPage();
      page.on('console', (m) => {
        if (m.type() === 'error') pageErrors.push(`${m.text()} (${m.location().url})`);
      });
      page.on('pageerror', (e) => pageErrors.push(e.message));
      await page.goto(url);
      return page;
    });
  },
});

export const expect = test.expect;

/** Writes items to the extension's storage.local, from its service worker. */
export async function storeLocal(worker: Worker, items: object): Promise<void> {
  await worker.evaluate(async (value) => {
    const { chrome } = globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } };
    await chrome.storage.local.set(value);
  }, items);
}

/** Writes the settings as extension storage holds them (a delta over the defaults). */
export async function storeSettings(worker: Worker, settings: object): Promise<void> {
  await storeLocal(worker, { settings });
}

/** The badge button inside the shadow root of the badge on the thread whose root post is `postId`. */
export function badgeFor(page: Page, postId: string) {
  return page.locator(`article:has(a[href*="/status/${postId}"]) threadlens-badge button.badge`).first();
}
