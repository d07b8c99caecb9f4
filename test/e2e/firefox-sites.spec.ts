// The Firefox build on another site's markup: the coordinated demo thread written as a bsky.app thread page gets its
// label in Debian's Firefox ESR (driven over WebDriver BiDi by puppeteer-core, as in firefox.spec.ts).
import { test, expect } from '@playwright/test';
import { withFirefox } from './firefox-fixture.ts';

test('the Firefox build labels the coordinated demo thread on Bluesky markup', async () => {
  test.setTimeout(120_000);
  await withFirefox(async (browser, server) => {
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
  });
});
