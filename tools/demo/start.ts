// `npm start`: serves the demo threads on 127.0.0.1 and opens Debian's Chromium with the test
// build of the extension loaded on them. With a display it opens a window and keeps running until
// the window is closed; without one it runs headless, saves a screenshot of each demo thread with
// its label and reasons open, prints their paths, and exits.
import { chromium, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.ts';
import { startDemoServer } from './demo-server.ts';

const EXTENSION_DIR = path.resolve('dist/chrome-test');
const SHOTS_DIR = path.resolve('artifacts/screenshots');
const PORT = Number(process.env.THREADLENS_DEMO_PORT ?? 8377);

async function openWithPanel(page: Page, out: string): Promise<void> {
  const badge = page.locator('threadlens-badge button.badge:not(.pending)').first();
  await badge.waitFor({ timeout: 30_000 });
  await badge.click();
  await page.locator('threadlens-panel .panel').waitFor({ timeout: 10_000 });
  await page.screenshot({ path: out });
}

async function main(): Promise<void> {
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`${EXTENSION_DIR} is missing: run npm run build first`);
  const server = await startDemoServer({ port: PORT }).catch(() => startDemoServer({ port: 0 }));
  const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && process.env.THREADLENS_HEADLESS !== '1';
  const context = await chromium.launchPersistentContext('', {
    executablePath: chromiumPath(),
    headless: !headed,
    viewport: headed ? null : { width: 1100, height: 900 },
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`],
  });
  console.log(`Demo threads on ${server.origin}/ (extension: ${EXTENSION_DIR})`);
  const demos = server.pages.filter((p) => p.demo);
  if (headed) {
    for (const demo of demos) await (await context.newPage()).goto(server.url(demo.path));
    await context
      .pages()[0]
      ?.close()
      .catch(() => undefined);
    console.log('Chromium is open with Threadlens loaded. Close the window (or press Ctrl-C) to stop.');
    await new Promise<void>((resolve) => {
      context.on('close', () => resolve());
      process.once('SIGINT', () => resolve());
    });
  } else {
    await mkdir(SHOTS_DIR, { recursive: true });
    for (const demo of demos) {
      const page = await context.newPage();
      await page.goto(server.url(demo.path));
      const out = path.join(SHOTS_DIR, `${demo.slug}.png`);
      await openWithPanel(page, out);
      console.log(`No display found, ran headless. Screenshot of "${demo.title}": ${out}`);
    }
  }
  await context.close().catch(() => undefined);
  await server.close();
}

main().catch((e: unknown) => {
  console.error(`npm start: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
});
