// The two campaigns no single copy shows: a generated-text campaign (each account its own words),
// and one copy per thread, seen by the cross-thread memory as the reader opens three threads.
import type { Worker } from '@playwright/test';
import { badgeFor, expect, test } from './extension-fixture.ts';

test('a generated-text campaign shows talking points with its posts', async ({ server, openPage, pageErrors }) => {
  const demo = server.page('talking-points');
  const page = await openPage(server.url(demo.path));
  const badge = badgeFor(page, demo.thread.focal.id);
  await expect(badge).toHaveAttribute('data-level', /^(elevated|high)$/);
  await badge.click();
  const reason = page.locator('threadlens-panel .panel li.reason[data-signal="talking-points"]');
  await expect(reason).toBeVisible();
  await expect(reason.locator('.summary')).toContainText(/accounts pushed the same point in different words/);
  await reason.hover();
  const highlighted = page.locator('article[data-threadlens-highlight]');
  await expect(highlighted.first()).toBeVisible();
  expect(await highlighted.count()).toBeGreaterThanOrEqual(10);
  expect(pageErrors).toEqual([]);
});

/** Accounts whose replies the background's cross-thread memory holds, as stored in storage.local. */
async function rememberedAccounts(worker: Worker): Promise<string[]> {
  return worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<Record<string, { entries?: unknown[][] }>> } } } };
    const stored = (await chrome.storage.local.get('crossThreadMemory')).crossThreadMemory;
    return (stored?.entries ?? []).map((e) => String(e[2]));
  });
}

test('one copy per thread: the third thread opened shows copies across threads', async ({ server, openPage, pageErrors, serviceWorker }) => {
  for (const [slug, spammer] of [
    ['cross-thread-1', 'easy_money_kate'],
    ['cross-thread-2', 'easy_money_luis'],
  ] as const) {
    const demo = server.page(slug);
    const page = await openPage(server.url(demo.path));
    await expect(badgeFor(page, demo.thread.focal.id)).toHaveAttribute('data-level', /.+/);
    // the thread is remembered once its replies were scored (written back within a second)
    await expect.poll(() => rememberedAccounts(serviceWorker), { timeout: 20_000 }).toContain(spammer);
    await page.close();
  }
  const third = server.page('cross-thread-3');
  const page = await openPage(server.url(third.path));
  const badge = badgeFor(page, third.thread.focal.id);
  await expect(badge).toHaveAttribute('data-level', /.+/);
  await badge.click();
  const reason = page.locator('threadlens-panel .panel li.reason[data-signal="cross-thread-copies"]');
  await expect(reason).toBeVisible();
  await expect(reason.locator('.summary')).toContainText('2 other accounts posted this reply in 2 other threads you saw');
  await reason.hover();
  await expect(page.locator('article[data-threadlens-highlight]')).toHaveCount(1);
  expect(pageErrors).toEqual([]);
});
