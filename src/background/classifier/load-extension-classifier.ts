// Loads the bundled classifier in the background with transformers.js: the model folder and the
// onnxruntime WebAssembly are files of the extension (nothing remote, no CDN), WASM runs with one
// thread (a service worker may not start Workers), and WebGPU (webgpu-classifier.ts) is used only
// where a GPU adapter exists and a timed probe found it faster; the choice is remembered, and any
// WebGPU error falls back to WASM. NOTES.md (2026-11): in the service worker wasmPaths must be unset or an object,
// and in a document transformers.js would default it to a CDN, so it is always set here.
import * as transformers from '@huggingface/transformers';
import { loadClassifier, type Classifier } from '../../classifier/classifier.ts';
import { modelFiles, ONNX_FILE, SHIPPED_MODEL_ID } from '../../classifier/shipped-model.ts';
import { errorMessage } from '../../shared/result.ts';
import type { LoadedClassifier } from './classifier-service.ts';
import { MODELS_PATH, ORT_WASM_PATH } from './asset-paths.ts';
import { loadWebGpuClassifier } from './webgpu-classifier.ts';

export type Backend = 'wasm' | 'webgpu';

export interface BackendMemory {
  get(): Promise<Backend | null>;
  set(backend: Backend, reason: string): Promise<void>;
}

export interface ExtensionClassifierOptions {
  /** runtime.getURL */
  assetUrl: (path: string) => string;
  memory: BackendMemory;
  /** how long the timed probe runs each backend (texts per batch, batches) */
  probe?: { texts: readonly string[]; rounds: number };
}

const PROBE_TEXTS = Array.from({ length: 32 }, (_, i) =>
  i % 2 === 0 ? `Reply number ${i}: I agree with this, the council should publish the full report before the vote.` : `lol ${i}`,
);

function configure(assetUrl: (path: string) => string): void {
  const { env } = transformers;
  env.allowRemoteModels = false;
  env.allowLocalModels = true;
  env.useBrowserCache = false;
  const onnx = env.backends.onnx as { wasm?: { numThreads?: number; proxy?: boolean; wasmPaths?: unknown } } | undefined;
  if (onnx?.wasm) {
    onnx.wasm.numThreads = 1;
    onnx.wasm.proxy = false;
    onnx.wasm.wasmPaths = { wasm: assetUrl(ORT_WASM_PATH) };
  }
}

/** A missing file is named, rather than buried in a transformers.js stack (a broken build, a bad unpack). */
async function checkFiles(assetUrl: (path: string) => string, dtype: 'q8' | 'fp32'): Promise<void> {
  for (const file of modelFiles(dtype)) {
    const path = `${MODELS_PATH}${SHIPPED_MODEL_ID}/${file}`;
    const response = await fetch(assetUrl(path)).catch(() => null);
    if (!response?.ok) throw new Error(`model file missing: ${path}`);
    await response.body?.cancel().catch(() => undefined);
  }
}

async function load(assetUrl: (path: string) => string, backend: Backend): Promise<Classifier> {
  // WebGPU has no MatMulInteger: it runs the float model (NOTES.md).
  const dtype = backend === 'webgpu' ? 'fp32' : 'q8';
  await checkFiles(assetUrl, dtype);
  try {
    if (backend === 'webgpu') return await loadWebGpuClassifier(assetUrl);
    return await loadClassifier(transformers, { modelId: SHIPPED_MODEL_ID, localModelPath: assetUrl(MODELS_PATH), dtype, device: 'wasm' });
  } catch (e) {
    throw new Error(`${MODELS_PATH}${SHIPPED_MODEL_ID}/${ONNX_FILE[dtype]} could not be loaded on ${backend}: ${errorMessage(e).split('\n')[0]}`, { cause: e });
  }
}

async function gpuAdapterExists(): Promise<boolean> {
  const gpu = (globalThis.navigator as Navigator & { gpu?: { requestAdapter(): Promise<unknown> } }).gpu;
  if (!gpu) return false;
  try {
    return (await gpu.requestAdapter()) !== null;
  } catch {
    return false;
  }
}

async function timeBatches(classifier: Classifier, texts: readonly string[], rounds: number): Promise<number> {
  await classifier.score(texts); // warm-up: shader compilation, first allocation
  const start = performance.now();
  for (let i = 0; i < rounds; i++) await classifier.score(texts);
  return (performance.now() - start) / rounds;
}

/** Loads the classifier on the remembered backend, or probes once to choose one. */
export async function loadExtensionClassifier(options: ExtensionClassifierOptions): Promise<LoadedClassifier> {
  configure(options.assetUrl);
  const remembered = await options.memory.get();
  if (remembered === 'webgpu') {
    try {
      return { classifier: await load(options.assetUrl, 'webgpu'), backend: 'webgpu' };
    } catch (e) {
      await options.memory.set('wasm', `WebGPU failed: ${errorMessage(e)}`);
    }
  }
  const wasm = await load(options.assetUrl, 'wasm');
  if (remembered !== null || !(await gpuAdapterExists())) {
    if (remembered === null) await options.memory.set('wasm', 'no WebGPU adapter');
    return { classifier: wasm, backend: 'wasm' };
  }
  // A GPU adapter exists and nothing is remembered: time both once and keep the faster.
  const probe = options.probe ?? { texts: PROBE_TEXTS, rounds: 3 };
  let gpu: Classifier | null = null;
  try {
    gpu = await load(options.assetUrl, 'webgpu');
    const [wasmMs, gpuMs] = [await timeBatches(wasm, probe.texts, probe.rounds), await timeBatches(gpu, probe.texts, probe.rounds)];
    if (gpuMs < wasmMs) {
      await wasm.dispose();
      await options.memory.set('webgpu', `WebGPU ${gpuMs.toFixed(1)} ms vs WASM ${wasmMs.toFixed(1)} ms per batch of ${probe.texts.length}`);
      return { classifier: gpu, backend: 'webgpu' };
    }
    await options.memory.set('wasm', `WASM ${wasmMs.toFixed(1)} ms vs WebGPU ${gpuMs.toFixed(1)} ms per batch of ${probe.texts.length}`);
  } catch (e) {
    await options.memory.set('wasm', `WebGPU failed: ${errorMessage(e)}`);
  }
  await gpu?.dispose().catch(() => undefined);
  return { classifier: wasm, backend: 'wasm' };
}
