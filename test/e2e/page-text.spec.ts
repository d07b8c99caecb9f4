// Page text is only ever rendered as text: markup, scripts, direction overrides, zero-width
// characters and a 10,000-character post reach the panel and the debug view as plain text.
import { expect, storeSettings, test } from './extension-fixture.ts';

test('hostile post texts stay text in the panel and the debug view', async ({ server, openPage, serviceWorker, pageErrors }) => {
  // Written in the first settings format on purpose: it must still be read (migration 1 -> 2).
  await storeSettings(serviceWorker, { version: 1, debug: true });
  const hostile = server.page('hostile-texts');
  const page = await openPage(server.url(hostile.path));
  const badge = page.locator('threadlens-badge button.badge:not(.pending)').first();
  await badge.click();
  const panel = page.locator('threadlens-panel .panel');
  await expect(panel).toBeVisible();
  await expect(panel.locator('li.reason[data-signal="duplicate-replies"] .summary')).toContainText('<img src=x onerror=');
  const debugText = await panel.locator('.debug').textContent();
  expect(debugText).toContain('<script>window.__threadlensPwned=2</script>');
  expect(debugText).toContain('\u202Efdp.exe\u202C');
  expect(debugText).toContain('\u200Bhidden\u200D\u2060');
  expect(debugText).toContain(`${'long '.repeat(1999)}end.`);
  const injected = await page.evaluate(() => {
    const panelRoot = document.querySelector('threadlens-panel')?.shadowRoot;
    return {
      pwned: (window as unknown as { __threadlensPwned?: number }).__threadlensPwned ?? null,
      imgs: panelRoot?.querySelectorAll('img').length ?? -1,
      scripts: panelRoot?.querySelectorAll('script').length ?? -1,
    };
  });
  expect(injected).toEqual({ pwned: null, imgs: 0, scripts: 0 });
  expect(pageErrors).toEqual([]);
});

test("the overlay follows X's dark theme", async ({ server, openPage }) => {
  const demo = server.page('coordinated-replies');
  const light = await openPage(server.url(demo.path));
  await light.locator('threadlens-badge button.badge:not(.pending)').first().click();
  await expect(light.locator('threadlens-panel .root')).toHaveClass(/theme-light/);
  const dark = await openPage(`${server.url(demo.path)}?theme=dark`);
  await dark.locator('threadlens-badge button.badge:not(.pending)').first().click();
  await expect(dark.locator('threadlens-panel .root')).toHaveClass(/theme-dark/);
  const background = await dark.locator('threadlens-panel .panel').evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(background).toBe('rgb(22, 24, 28)');
});
