// Loads the bundled classifier in the background with transformers.js: the model folder (int8) and
// onnxruntime's plain WebAssembly build are files of the extension (nothing remote, no CDN), and
// WASM runs with one thread (a service worker may not start Workers). There is no WebGPU path
// (removed 2026-12, issue #12): no measured WebGPU win paid for the 15 MB its WebAssembly and the
// float model added to the zip (21.5 MB with them, 6.3 MB without). NOTES.md (2026-11): in the service worker wasmPaths must be unset or an
// object, and in a document transformers.js would default it to a CDN, so it is always set here.
import * as transformers from '@huggingface/transformers';
import { loadClassifier, ModelFileError } from '../../classifier/classifier.ts';
import { modelFiles, ONNX_FILE, SHIPPED_MODEL_ID } from '../../classifier/shipped-model.ts';
import { errorMessage } from '../../shared/result.ts';
import type { LoadedClassifier } from './classifier-service.ts';
import { MODELS_PATH, ORT_WASM_PATH } from './asset-paths.ts';

export interface ExtensionClassifierOptions {
  /** runtime.getURL */
  assetUrl: (path: string) => string;
}

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
async function checkFiles(assetUrl: (path: string) => string): Promise<void> {
  for (const file of modelFiles('q8')) {
    const path = `${MODELS_PATH}${SHIPPED_MODEL_ID}/${file}`;
    const response = await fetch(assetUrl(path)).catch(() => null);
    if (!response?.ok) throw new Error(`model file missing: ${path}`);
    await response.body?.cancel().catch(() => undefined);
  }
}

/** Loads the int8 model on onnxruntime's WebAssembly. */
export async function loadExtensionClassifier(options: ExtensionClassifierOptions): Promise<LoadedClassifier> {
  configure(options.assetUrl);
  await checkFiles(options.assetUrl);
  try {
    const classifier = await loadClassifier(transformers, {
      modelId: SHIPPED_MODEL_ID,
      localModelPath: options.assetUrl(MODELS_PATH),
      dtype: 'q8',
      device: 'wasm',
      readModelFile: async (name) => {
        const response = await fetch(options.assetUrl(`${MODELS_PATH}${SHIPPED_MODEL_ID}/${name}`));
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.arrayBuffer();
      },
    });
    return { classifier, backend: 'wasm' };
  } catch (e) {
    if (e instanceof ModelFileError) throw e;
    throw new Error(`${MODELS_PATH}${SHIPPED_MODEL_ID}/${ONNX_FILE.q8} could not be loaded on wasm: ${errorMessage(e).split('\n')[0]}`, { cause: e });
  }
}
