// The bundled classifier in the service worker: its scores reach the debug view of a demo thread,
// the options page says it is ready, and a corrupt model file leaves the signals working.
import { readFileSync } from 'node:fs';
import { cp, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { EXTENSION_DIR, expect, storeLocal, storeSettings, test } from './extension-fixture.ts';

const SHIPPED_VERSION = (JSON.parse(readFileSync(path.resolve('models/threadlens-mini/config.json'), 'utf8')) as { threadlens: { version: string } }).threadlens
  .version;

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
  // the model of this repository (encoder and n-gram blend), not an older one cached somewhere
  await expect(panel).toContainText(`model: threadlens-mini ${SHIPPED_VERSION}`);

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.locator('#classifier-status')).toHaveAttribute('data-state', 'ready');
  await expect(options.locator('#classifier-status')).toContainText(/Ready: threadlens-mini on WebAssembly/);
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

// Versions before 2026-12 stored a WebGPU/WASM probe's choice; the WebGPU path is gone (issue #12),
// and a stored choice must change nothing.
const EARLIER_WEBGPU_CHOICE = { classifierBackend: { backend: 'webgpu', model: 'threadlens-mini', reason: 'set by the test' } };

test("an earlier version's stored WebGPU choice is ignored: the int8 model runs on WebAssembly", async ({
  server,
  openPage,
  serviceWorker,
  context,
  extensionId,
}) => {
  await storeLocal(serviceWorker, EARLIER_WEBGPU_CHOICE);
  const demo = server.page('ordinary-conversation');
  await openPage(server.url(demo.path));
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.locator('#classifier-status')).toContainText('Ready: threadlens-mini on WebAssembly', { timeout: 60_000 });
});

test('the build ships one onnxruntime WebAssembly, the int8 model and the n-gram weights only', async () => {
  expect(await readdir(path.join(EXTENSION_DIR, 'ort'))).toEqual(['ort-wasm-simd-threaded.wasm']);
  expect((await readdir(path.join(EXTENSION_DIR, 'models/threadlens-mini'))).sort()).toEqual([
    'config.json',
    'ngram.bin',
    'onnx',
    'tokenizer.json',
    'tokenizer_config.json',
  ]);
  expect(await readdir(path.join(EXTENSION_DIR, 'models/threadlens-mini/onnx'))).toEqual(['model_quantized.onnx']);
});
