// Files the extension ships besides its bundles: the classifier's model folder and the
// onnxruntime-web WebAssembly it runs on. Nothing is ever fetched from a server.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { SHIPPED_MODEL_ID } from '../../src/classifier/shipped-model.ts';
import { MODELS_PATH, ORT_WASM_PATH, ORT_WEBGPU_WASM_PATH } from '../../src/background/classifier/asset-paths.ts';

export interface Asset {
  from: string;
  /** path inside the extension folder */
  to: string;
}

/** What transformers.js reads from a model folder: config, tokenizer, and both ONNX files (int8 for WASM, float for WebGPU). */
const MODEL_FILES = ['config.json', 'tokenizer.json', 'tokenizer_config.json', 'onnx/model_quantized.onnx', 'onnx/model.onnx'];

export async function bundledAssets(root: string): Promise<Asset[]> {
  const assets: Asset[] = MODEL_FILES.map((file) => ({
    from: path.join(root, 'models', SHIPPED_MODEL_ID, file),
    to: `${MODELS_PATH}${SHIPPED_MODEL_ID}/${file}`,
  }));
  // transformers.js runs on onnxruntime-web's plain WASM build; the WebGPU path on its WebGPU build.
  const ortDist = path.dirname(path.join(root, 'node_modules/onnxruntime-web/package.json'));
  for (const file of [ORT_WASM_PATH, ORT_WEBGPU_WASM_PATH]) assets.push({ from: path.join(ortDist, 'dist', path.basename(file)), to: file });
  const missing = assets.filter((a) => !existsSync(a.from)).map((a) => path.relative(root, a.from));
  if (missing.length > 0) throw new Error(`cannot build: missing ${missing.join(', ')}`);
  return assets;
}
