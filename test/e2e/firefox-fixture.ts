// Debian's Firefox ESR with the Firefox test build installed, driven over WebDriver BiDi by
// puppeteer-core (Playwright cannot load extensions into Firefox), beside a demo server.
import { expect } from '@playwright/test';
import { existsSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { startDemoServer } from '../../tools/demo/demo-server.ts';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const EXTENSION_DIR = path.resolve('dist/firefox-test');

type DemoServer = Awaited<ReturnType<typeof startDemoServer>>;

/** Runs `body` with a Firefox that has the extension installed and a demo server; closes both after. */
export async function withFirefox(body: (browser: Browser, server: DemoServer) => Promise<void>): Promise<void> {
  expect(existsSync(FIREFOX), `${FIREFOX} is missing: apt-get install -y firefox-esr`).toBe(true);
  expect(existsSync(path.join(EXTENSION_DIR, 'manifest.json')), `${EXTENSION_DIR} is missing: npm run build`).toBe(true);
  const server = await startDemoServer({ port: 0 });
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
  try {
    await browser.installExtension(EXTENSION_DIR);
    await body(browser, server);
  } finally {
    await browser.close();
    await server.close();
  }
}
