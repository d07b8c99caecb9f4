// The options page end to end: a change applies to an open demo thread without reloading it.
import type { Page } from '@playwright/test';
import { badgeFor, expect, test } from './extension-fixture.ts';

async function setRange(page: Page, name: string, value: number): Promise<void> {
  await page.locator(`input[name="${name}"]`).evaluate((el, v) => {
    const input = el as HTMLInputElement;
    input.value = String(v);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, value);
}

test('lowering the sensitivity relabels an open thread', async ({ server, openPage, context, extensionId }) => {
  const demo = server.page('coordinated-replies');
  const thread = await openPage(server.url(demo.path));
  const badge = badgeFor(thread, demo.thread.focal.id);
  await expect(badge).toHaveAttribute('data-level', 'high');
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await setRange(options, 'sensitivity', 0);
  await expect(options.locator('#sens-now')).toContainText('High from 95');
  await expect(badge).toHaveAttribute('data-level', 'elevated');
  await setRange(options, 'sensitivity', 50);
  await expect(badge).toHaveAttribute('data-level', 'high');
});

test('allow-listing an account on the options page relabels an open thread', async ({ server, openPage, context, extensionId }) => {
  const demo = server.page('ordinary-conversation');
  const noted = demo.thread.replies.find((p) => p.communityNote !== undefined);
  if (!noted) throw new Error('the ordinary demo has no noted reply');
  const thread = await openPage(server.url(demo.path));
  const badge = badgeFor(thread, demo.thread.focal.id);
  await expect(badge).toHaveAttribute('data-level', 'low');
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.locator('input[name="allow-handle"]').fill(`@${noted.author.handle.toUpperCase()}`);
  await options.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(options.locator(`li[data-handle="${noted.author.handle}"]`)).toBeVisible();
  await expect(badge).toHaveAttribute('data-level', 'none');
  await options.getByRole('button', { name: `Remove @${noted.author.handle}` }).click();
  await expect(badge).toHaveAttribute('data-level', 'low');
});

test('"never flag this account" in the panel allow-lists it', async ({ server, openPage }) => {
  const demo = server.page('ordinary-conversation');
  const noted = demo.thread.replies.find((p) => p.communityNote !== undefined);
  if (!noted) throw new Error('the ordinary demo has no noted reply');
  const page = await openPage(server.url(demo.path));
  const badge = badgeFor(page, demo.thread.focal.id);
  await expect(badge).toHaveAttribute('data-level', 'low');
  await badge.click();
  const panel = page.locator('threadlens-panel .panel');
  await panel.getByText('Accounts behind these reasons').click();
  await panel.getByRole('button', { name: `Never flag @${noted.author.handle}` }).click();
  await expect(badge).toHaveAttribute('data-level', 'none');
});

test('switching a signal off, a bad import refused, export and reset', async ({ server, openPage, context, extensionId }) => {
  const demo = server.page('ordinary-conversation');
  const thread = await openPage(server.url(demo.path));
  const badge = badgeFor(thread, demo.thread.focal.id);
  await expect(badge).toHaveAttribute('data-level', 'low');
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.locator('input[name="signal-platform-labels"]').uncheck();
  await expect(badge).toHaveAttribute('data-level', 'none');

  await options
    .locator('input[name="import"]')
    .setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"version": 2, "scoring": {"sensitivity": 400}}') });
  await expect(options.locator('#message')).toContainText(
    'broken.json: This file has a bad setting: scoring.sensitivity must be a number from 0 to 100. Nothing was changed.',
  );
  await expect(options.locator('input[name="signal-platform-labels"]')).not.toBeChecked();

  const download = options.waitForEvent('download');
  await options.getByRole('button', { name: 'Export settings' }).click();
  const exported = JSON.parse(await (await (await download).createReadStream()).toArray().then((c) => Buffer.concat(c).toString('utf8')));
  expect(exported.threadlens).toBe('settings');
  expect(exported.scoring.signals['platform-labels'].enabled).toBe(false);

  await options.getByRole('button', { name: 'Reset to defaults' }).click();
  await expect(options.locator('input[name="signal-platform-labels"]')).toBeChecked();
  await expect(badge).toHaveAttribute('data-level', 'low');

  await options
    .locator('input[name="import"]')
    .setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exported)) });
  await expect(options.locator('#message')).toContainText('Imported the settings from mine.json.');
  await expect(badge).toHaveAttribute('data-level', 'none');
});
