// What the page's own scripts can do with the overlay (issue 12: a script on x.com read the
// verdict, opened the panel, allow-listed an account and opened the options page). In shipped
// builds the shadow roots are closed, so a script can't even reach the buttons; the test build
// opens them for Playwright, which lets this test go further than a real page could: it clicks the
// buttons from the page's script, and they must do nothing. The closed roots themselves are
// checked on the shipped bundle (shipped-builds.spec.ts) and in test/dom/ui/overlay/overlay.test.ts.
import type { Page, Worker } from '@playwright/test';
import { badgeFor, expect, test } from './extension-fixture.ts';
import { SETTINGS_KEY } from '../../src/shared/settings/store.ts';

/** Runs in the page's world: a script clicking overlay buttons it found through the shadow root. */
async function pageScriptClicks(page: Page, host: string, buttonText: RegExp | null): Promise<number> {
  return page.evaluate(
    ({ host, source }) => {
      const root = document.querySelector(host)?.shadowRoot;
      if (!root) return 0;
      const pattern = source === null ? null : new RegExp(source);
      const buttons = [...root.querySelectorAll('button')].filter((b) => pattern === null || pattern.test(b.textContent ?? ''));
      for (const b of buttons) b.click();
      return buttons.length;
    },
    { host, source: buttonText?.source ?? null },
  );
}

/**
 * The stored settings, where the allow-list is (only them: the cross-thread memory in the same
 * storage keeps the handles of every reply it saw, allow-listed or not).
 */
async function storedSettings(worker: Worker): Promise<string> {
  // Lower-cased: the allow-list keeps handles as X compares them, case-insensitively.
  const text = await worker.evaluate(async (key) => {
    const { chrome } = globalThis as unknown as { chrome: { storage: { local: { get(keys: string): Promise<Record<string, unknown>> } } } };
    return JSON.stringify((await chrome.storage.local.get(key))[key] ?? null);
  }, SETTINGS_KEY);
  return text.toLowerCase();
}

test('a page script learns no verdict from the page, and its clicks on the badge and panel do nothing', async ({
  server,
  openPage,
  context,
  serviceWorker,
  pageErrors,
}) => {
  const demo = server.page('coordinated-replies');
  const page = await openPage(server.url(demo.path));
  const badge = badgeFor(page, demo.thread.focal.id);
  await expect(badge).toHaveAttribute('data-level', /^(elevated|high)$/);

  // The page's DOM outside the shadow roots: empty hosts, no attributes but their display style.
  const hosts = await page.evaluate(() =>
    [...document.querySelectorAll('threadlens-badge, threadlens-panel')].map((h) => ({
      attributes: h.getAttributeNames().filter((n) => n !== 'style'),
      text: h.textContent,
      children: h.childNodes.length,
    })),
  );
  expect(hosts.length).toBeGreaterThan(0);
  for (const host of hosts) expect(host).toEqual({ attributes: [], text: '', children: 0 });

  // A script's click on the badge opens nothing (the click handler runs synchronously, so a panel would be there now).
  expect(await pageScriptClicks(page, 'threadlens-badge', null)).toBe(1);
  await expect(page.locator('threadlens-panel')).toHaveCount(0);

  await badge.click();
  const panel = page.locator('threadlens-panel .panel');
  await expect(panel).toBeVisible();
  await panel.getByText('Accounts behind these reasons').click();
  const neverFlag = panel.getByRole('button', { name: /^Never flag @/ });
  const handles = (await neverFlag.allTextContents()).map((t) => t.replace('Never flag @', ''));
  expect(handles.length).toBeGreaterThan(1);
  const [realHandle, ...scriptHandles] = handles as [string, ...string[]];

  // The script clicks every other "never flag", the settings link and the close button; then it presses Escape.
  expect(await pageScriptClicks(page, 'threadlens-panel', new RegExp(`^Never flag @(${scriptHandles.join('|')})$`))).toBe(scriptHandles.length);
  expect(await pageScriptClicks(page, 'threadlens-panel', /^Threadlens settings$/)).toBe(1);
  expect(await pageScriptClicks(page, 'threadlens-panel', /^×$/)).toBe(1);
  await page.evaluate(() =>
    document
      .querySelector('threadlens-panel')
      ?.shadowRoot?.querySelector('.panel')
      ?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true })),
  );
  await expect(panel).toBeVisible();

  // The reader's own clicks do work, and once they are through, nothing the script clicked is.
  await panel.getByRole('button', { name: `Never flag @${realHandle}` }).click();
  await expect.poll(() => storedSettings(serviceWorker)).toContain(realHandle.toLowerCase());
  const stored = await storedSettings(serviceWorker);
  for (const handle of scriptHandles) expect(stored).not.toContain(handle.toLowerCase());

  // Chrome would focus an options tab the script had opened rather than open another: count before the real click.
  const optionsPages = () => context.pages().filter((p) => p.url().endsWith('/options.html')).length;
  expect(optionsPages()).toBe(0);
  await panel.getByRole('button', { name: 'Threadlens settings' }).click();
  await expect.poll(optionsPages).toBe(1);
  expect(pageErrors).toEqual([]);
});
