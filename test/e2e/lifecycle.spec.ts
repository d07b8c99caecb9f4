// The content script and background through the events a real session brings: X's in-page
// navigation, Chrome stopping the idle service worker, the extension being reloaded under an open
// page, and a 5,000-reply page. None of them may leave an error in the page's console.
import { badgeFor, expect, test } from './extension-fixture.ts';
import type { Page } from '@playwright/test';

async function navigateInPage(page: Page, path: string): Promise<void> {
  // What X does: fetch the next view, swap the primary column, push the new URL.
  await page.evaluate(async (next) => {
    const html = await (await fetch(next)).text();
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const incoming = doc.querySelector('[data-testid="primaryColumn"]');
    const current = document.querySelector('[data-testid="primaryColumn"]');
    if (!incoming || !current) throw new Error('no primary column');
    current.replaceWith(document.importNode(incoming, true));
    history.pushState({}, '', next);
  }, path);
}

test('in-page navigation drops the old thread and labels the new one', async ({ server, openPage, pageErrors }) => {
  const ordinary = server.page('ordinary-conversation');
  const coordinated = server.page('coordinated-replies');
  const page = await openPage(server.url(ordinary.path));
  await expect(badgeFor(page, ordinary.thread.focal.id)).toHaveAttribute('data-level', /^(none|low|elevated|high)$/);
  await navigateInPage(page, coordinated.path);
  await expect(badgeFor(page, coordinated.thread.focal.id)).toHaveAttribute('data-level', /^(elevated|high)$/);
  await expect(page.locator('threadlens-badge')).toHaveCount(1);
  expect(pageErrors).toEqual([]);
});

test('labels keep coming after Chrome stops the idle service worker', async ({ server, openPage, context, pageErrors }) => {
  const ordinary = server.page('ordinary-conversation');
  const coordinated = server.page('coordinated-replies');
  const page = await openPage(server.url(ordinary.path));
  await expect(badgeFor(page, ordinary.thread.focal.id)).toHaveAttribute('data-level', /^(none|low|elevated|high)$/);
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  // Wait for Chrome to report the worker stopped (not a fixed time), so the next request must restart it.
  const stopped = new Promise<void>((resolve) => {
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      if (versions.some((v) => v.scriptURL.startsWith('chrome-extension://') && v.runningStatus === 'stopped')) resolve();
    });
  });
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
  await navigateInPage(page, coordinated.path);
  await expect(badgeFor(page, coordinated.thread.focal.id)).toHaveAttribute('data-level', /^(elevated|high)$/);
  expect(pageErrors).toEqual([]);
});

test('reloading the extension under an open page stops the content script without console errors', async ({ server, openPage, serviceWorker, pageErrors }) => {
  const coordinated = server.page('coordinated-replies');
  const ordinary = server.page('ordinary-conversation');
  const page = await openPage(server.url(coordinated.path));
  const badge = badgeFor(page, coordinated.thread.focal.id);
  await expect(badge).toHaveAttribute('data-level', /^(elevated|high)$/);
  // The open panel is how the test sees the orphaned content script stop: its teardown removes it.
  await badge.click();
  await expect(page.locator('threadlens-panel .panel')).toBeVisible();
  // From here on, the page records every badge put on it.
  await page.evaluate(() => {
    const seen = { badges: 0 };
    (window as unknown as { threadlensBadgesAdded: typeof seen }).threadlensBadgesAdded = seen;
    new MutationObserver((records) => {
      for (const r of records)
        for (const n of r.addedNodes) if (n instanceof Element && (n.matches('threadlens-badge') || n.querySelector('threadlens-badge'))) seen.badges++;
    }).observe(document.documentElement, { childList: true, subtree: true });
  });
  // The old worker going away is the event: the extension context under the page is now invalid.
  const gone = new Promise<void>((resolve) => serviceWorker.once('close', () => resolve()));
  await serviceWorker.evaluate(() => {
    const { chrome } = globalThis as unknown as { chrome: { runtime: { reload(): void } } };
    setTimeout(() => chrome.runtime.reload(), 10);
  });
  await gone;
  // New posts arrive after the extension went away: the orphaned content script must notice, stop
  // quietly (its panel goes), and put up no badge for them.
  await navigateInPage(page, ordinary.path);
  await page.mouse.wheel(0, 600);
  await expect(page.locator('threadlens-panel')).toHaveCount(0);
  await expect(page.locator('threadlens-badge')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { threadlensBadgesAdded: { badges: number } }).threadlensBadgesAdded.badges)).toBe(0);
  expect(pageErrors).toEqual([]);
});

test('a 5,000-reply page is read as it is scrolled, and its thread grows', async ({ server, openPage, pageErrors }) => {
  test.setTimeout(180_000);
  const stress = server.page('synthetic-5000');
  const page = await openPage(server.url(stress.path));
  // One thread on a status page: one badge (`:has()` over 5,000 articles would be slow to query).
  const badge = page.locator('threadlens-badge button.badge');
  await expect(badge).toHaveAttribute('data-level', /^(none|low|elevated|high)$/, { timeout: 60_000 });
  await badge.click();
  const intro = page.locator('threadlens-panel .panel > p.muted').first();
  const readCount = async (): Promise<number> => Number(/from (\d+) post/.exec((await intro.textContent()) ?? '')?.[1] ?? 0);
  const before = await readCount();
  expect(before).toBeGreaterThan(1);
  expect(before).toBeLessThan(1000);
  await page.keyboard.press('Escape');
  for (let i = 0; i < 8; i++) await page.mouse.wheel(0, 4000);
  await badge.scrollIntoViewIfNeeded();
  await expect
    .poll(
      async () => {
        await badge.click();
        const n = await readCount();
        await page.keyboard.press('Escape');
        return n;
      },
      { timeout: 30_000 },
    )
    .toBeGreaterThan(before);
  expect(pageErrors).toEqual([]);
});
