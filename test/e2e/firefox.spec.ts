// The Firefox build in Debian's Firefox ESR, driven over WebDriver BiDi by puppeteer-core:
// the background script answers, the coordinated demo thread gets its label, and the classifier loads.
import { test, expect } from '@playwright/test';
import { withFirefox } from './firefox-fixture.ts';

test('the Firefox build labels the coordinated demo thread, with its classifier', async () => {
  test.setTimeout(120_000);
  await withFirefox(async (browser, server) => {
    const demo = server.page('coordinated-replies');
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(server.url(demo.path));
    const level = await page.waitForFunction(
      () => document.querySelector('threadlens-badge')?.shadowRoot?.querySelector('button.badge:not(.pending)')?.getAttribute('data-level') ?? false,
      { timeout: 60_000, polling: 250 },
    );
    expect(await level.jsonValue()).toMatch(/^(elevated|high)$/);
    // The classifier runs in Firefox's background too: once it is ready the panel drops its
    // "The text classifier is loading/off" note (the content script re-asks while it loads).
    // Opened with real (trusted) clicks: the overlay ignores a page script's synthetic ones.
    const badge = 'threadlens-badge >>> button.badge';
    const deadline = Date.now() + 60_000;
    let note: string;
    for (;;) {
      await page.click(badge);
      const text = await page.waitForFunction(() => document.querySelector('threadlens-panel')?.shadowRoot?.querySelector('.panel')?.textContent || false, {
        timeout: 10_000,
        polling: 250,
      });
      note = /The text classifier is [^;]*/.exec(String(await text.jsonValue()))?.[0] ?? 'ready';
      await page.click(badge);
      if (note === 'ready' || Date.now() > deadline) break;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    expect(note).toBe('ready');
    expect(errors).toEqual([]);
  });
});
