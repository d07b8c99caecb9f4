// The bundled classifier in the service worker: its scores reach the debug view of a demo thread,
// the options page says it is ready, and a corrupt model file leaves the signals working.
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { EXTENSION_DIR, expect, storeLocal, storeSettings, test } from './extension-fixture.ts';

test('the shipped model scores every post of a demo thread, shown in the debug view', async ({
  server,
  openPage,
  serviceWorker,
  context,
  extensionId,
  pageErrors,
}) => {
  await storeSettings(serviceWorker, { version: 2, display: { debug: true } });
  const demo = server.page('coordinated-replies');
  const page = await openPage(server.url(demo.path));
  const badge = page.locator('threadlens-badge button.badge:not(.pending)').first();
  await badge.click();
  const panel = page.locator('threadlens-panel .panel');
  // Every post read so far (the ones near the viewport) has its four scores.
  await expect(panel.locator('td[data-model-scores="no"]')).toHaveCount(0, { timeout: 30_000 });
  expect(await panel.locator('td[data-model-scores="yes"]').count()).toBe(await panel.locator('tr[data-debug-post]').count());
  expect(await panel.locator('tr[data-debug-post]').count()).toBeGreaterThan(10);
  await expect(panel.locator('td[data-model-scores="yes"]').first()).toContainText(
    /inauthentic 0\.\d\d, toxic 0\.\d\d, machine_generated 0\.\d\d, propaganda 0\.\d\d/,
  );
  await expect(panel.locator('tr[data-debug-signal="toxic-language"]')).toHaveCount(1);
  await expect(panel).toContainText(/model: threadlens-mini \d+\.\d+\.\d+/);

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.locator('#classifier-status')).toHaveAttribute('data-state', 'ready');
  await expect(options.locator('#classifier-status')).toContainText(/Ready: threadlens-mini on (WebAssembly|WebGPU)/);
  expect(pageErrors).toEqual([]);
});

const BROKEN_DIR = path.resolve('test-results/extension-broken-model');

test.describe('with a corrupt model file', () => {
  test.use({ extensionDir: BROKEN_DIR });
  test.beforeAll(async () => {
    await rm(BROKEN_DIR, { recursive: true, force: true });
    await mkdir(path.dirname(BROKEN_DIR), { recursive: true });
    await cp(EXTENSION_DIR, BROKEN_DIR, { recursive: true });
    await writeFile(path.join(BROKEN_DIR, 'models/threadlens-mini/onnx/model_quantized.onnx'), 'this is not an ONNX model');
  });

  test('the signals still label the thread, and the overlay and options page say the classifier is off', async ({ server, openPage, context, extensionId }) => {
    const demo = server.page('coordinated-replies');
    const page = await openPage(server.url(demo.path));
    const badge = page.locator('threadlens-badge button.badge:not(.pending)').first();
    await expect(badge).toHaveAttribute('data-level', /^(elevated|high)$/);
    await badge.click();
    await expect(page.locator('threadlens-panel .panel')).toContainText(/The text classifier is off \(.*model_quantized\.onnx could not be loaded/);
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(options.locator('#classifier-status')).toHaveAttribute('data-state', 'failed');
    await expect(options.locator('#classifier-status')).toContainText('models/threadlens-mini/onnx/model_quantized.onnx');
  });
});

const REMEMBER_WEBGPU = { classifierBackend: { backend: 'webgpu', model: 'threadlens-mini', reason: 'set by the test' } };

async function storedBackend(worker: import('@playwright/test').Worker): Promise<unknown> {
  return worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } } };
    return (await chrome.storage.local.get('classifierBackend')).classifierBackend;
  });
}

test.describe('with a WebGPU adapter (SwiftShader: correct, not fast)', () => {
  test.use({ extraArgs: ['--enable-unsafe-webgpu'] });

  test('a remembered WebGPU choice runs the float model on WebGPU', async ({ server, openPage, serviceWorker, context, extensionId }) => {
    test.setTimeout(180_000);
    await storeLocal(serviceWorker, REMEMBER_WEBGPU);
    await storeSettings(serviceWorker, { version: 2, display: { debug: true } });
    const demo = server.page('ordinary-conversation');
    const page = await openPage(server.url(demo.path));
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(options.locator('#classifier-status')).toContainText('Ready: threadlens-mini on WebGPU', { timeout: 150_000 });
    await page.bringToFront();
    const badge = page.locator('threadlens-badge button.badge:not(.pending)').first();
    await badge.click();
    await expect(page.locator('threadlens-panel td[data-model-scores="no"]')).toHaveCount(0, { timeout: 60_000 });
  });
});

test('a remembered WebGPU choice without an adapter falls back to WASM and remembers that', async ({
  server,
  openPage,
  serviceWorker,
  context,
  extensionId,
}) => {
  await storeLocal(serviceWorker, REMEMBER_WEBGPU);
  const demo = server.page('ordinary-conversation');
  await openPage(server.url(demo.path));
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.locator('#classifier-status')).toContainText('Ready: threadlens-mini on WebAssembly', { timeout: 60_000 });
  expect(await storedBackend(serviceWorker)).toMatchObject({ backend: 'wasm', reason: expect.stringMatching(/^WebGPU failed/) });
});
