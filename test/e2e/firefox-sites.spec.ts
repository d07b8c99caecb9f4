// The Firefox build on another site's markup: the coordinated demo thread written as a bsky.app thread page gets its
// label in Debian's Firefox ESR (driven over WebDriver BiDi by puppeteer-core, as in firefox.spec.ts).
import { test, expect } from '@playwright/test';
import { existsSync } from 'node:fs';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { startDemoServer } from '../../tools/demo/demo-server.ts';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const EXTENSION_DIR = path.resolve('dist/firefox-test');

test('the Firefox build labels the coordinated demo thread on Bluesky markup', async () => {
  test.setTimeout(120_000);
  expect(existsSync(FIREFOX), `${FIREFOX} is missing: apt-get install -y firefox-esr`).toBe(true);
  expect(existsSync(path.join(EXTENSION_DIR, 'manifest.json')), `${EXTENSION_DIR} is missing: npm run build`).toBe(true);
  const server = await startDemoServer({ port: 0 });
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
  try {
    await browser.installExtension(EXTENSION_DIR);
    const demo = server.page('bluesky-coordinated-replies');
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(server.url(demo.path));
    // Posts are read as they come near the viewport: scroll through the thread as a reader would.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await new Promise((resolve) => setTimeout(resolve, 500));
    await page.evaluate(() => window.scrollTo(0, 0));
    const level = await page.waitForFunction(
      () => {
        const value = document.querySelector('threadlens-badge')?.shadowRoot?.querySelector('button.badge:not(.pending)')?.getAttribute('data-level');
        return value === 'elevated' || value === 'high' ? value : false;
      },
      { timeout: 90_000, polling: 250 },
    );
    expect(await level.jsonValue()).toMatch(/^(elevated|high)$/);
    expect(errors).toEqual([]);
  } finally {
    await browser.close();
    await server.close();
  }
});
