// The label on the demo threads: the right level, the panel with its reasons, the posts behind a
// reason highlighted, keyboard use, and nothing requested beyond 127.0.0.1.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { badgeFor, expect, isLocal, netlogUrls, test } from './extension-fixture.ts';

const SHOTS = path.resolve('test-results/screenshots');

test('the coordinated demo thread is labelled elevated or high, with copied replies among the reasons', async ({ server, openPage, pageErrors }) => {
  const demo = server.page('coordinated-replies');
  const page = await openPage(server.url(demo.path));
  const badge = badgeFor(page, demo.thread.focal.id);
  await expect(badge).toHaveAttribute('data-level', /^(elevated|high)$/);
  await badge.click();
  const panel = page.locator('threadlens-panel .panel');
  await expect(panel).toBeVisible();
  const reason = panel.locator('li.reason[data-signal="duplicate-replies"]');
  await expect(reason).toBeVisible();
  await expect(reason.locator('.summary')).toContainText(/accounts/);

  // Hovering the reason highlights the copied replies on the page.
  await reason.hover();
  const highlighted = page.locator('article[data-threadlens-highlight]');
  await expect(highlighted.first()).toBeVisible();
  expect(await highlighted.count()).toBeGreaterThanOrEqual(8);
  await mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, 'coordinated-thread.png') });
  await page.mouse.move(5, 5);
  await expect(highlighted).toHaveCount(0);
  expect(pageErrors).toEqual([]);
});

test('the ordinary demo thread is labelled none or low', async ({ server, openPage, pageErrors }) => {
  const demo = server.page('ordinary-conversation');
  const page = await openPage(server.url(demo.path));
  await expect(badgeFor(page, demo.thread.focal.id)).toHaveAttribute('data-level', /^(none|low)$/);
  expect(pageErrors).toEqual([]);
});

test('the badge and panel work from the keyboard and close with Escape', async ({ server, openPage }) => {
  const demo = server.page('coordinated-replies');
  const page = await openPage(server.url(demo.path));
  const badge = badgeFor(page, demo.thread.focal.id);
  await expect(badge).toHaveAttribute('data-level', /^(elevated|high)$/);
  await expect(badge).toHaveAttribute('aria-label', /Threadlens: (Elevated|High)/);
  await badge.focus();
  await page.keyboard.press('Enter');
  const dialog = page.locator('threadlens-panel [role="dialog"]');
  await expect(dialog).toBeVisible();
  await expect(badge).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(badge).toBeFocused();
});

test('nothing is requested beyond 127.0.0.1 while the extension runs', async ({ server, openPage, requests, netlog, context }) => {
  for (const demo of server.pages.filter((p) => p.demo)) {
    const page = await openPage(server.url(demo.path));
    await expect(badgeFor(page, demo.thread.focal.id)).toHaveAttribute('data-level', /^(none|low|elevated|high)$/);
  }
  await context.close();
  expect(requests.filter((u) => !isLocal(u))).toEqual([]);
  expect((await netlogUrls(netlog)).filter((u) => !isLocal(u))).toEqual([]);
});
