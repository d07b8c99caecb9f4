// Files the extension ships besides its bundles: the classifier's model folder and the
// onnxruntime-web WebAssembly it runs on. Nothing is ever fetched from a server.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { modelFiles, SHIPPED_MODEL_ID } from '../../src/classifier/shipped-model.ts';
import { MODELS_PATH, ORT_WASM_PATH } from '../../src/background/classifier/asset-paths.ts';

export interface Asset {
  from: string;
  /** path inside the extension folder */
  to: string;
}

/**
 * What transformers.js reads from a model folder on WASM: config, tokenizer and the int8 model. The
 * float model (onnx/model.onnx, 10 MB) stays in the repository for the CLI's `--dtype fp32`; the
 * extension no longer ships it (issue #12: no measured WebGPU win to pay for it).
 */
const MODEL_FILES = modelFiles('q8');

/** The n-gram weights file config.json names (threadlens.ngram.file), if the model has one. */
function ngramFile(root: string): string[] {
  const config = path.join(root, 'models', SHIPPED_MODEL_ID, 'config.json');
  if (!existsSync(config)) return [];
  const own = (JSON.parse(readFileSync(config, 'utf8')) as { threadlens?: { ngram?: { file?: unknown } } }).threadlens;
  const file = own?.ngram?.file;
  return typeof file === 'string' ? [file] : [];
}

export async function bundledAssets(root: string): Promise<Asset[]> {
  const assets: Asset[] = [...MODEL_FILES, ...ngramFile(root)].map((file) => ({
    from: path.join(root, 'models', SHIPPED_MODEL_ID, file),
    to: `${MODELS_PATH}${SHIPPED_MODEL_ID}/${file}`,
  }));
  // transformers.js runs on onnxruntime-web's plain WASM build, the only one shipped.
  const ortDist = path.dirname(path.join(root, 'node_modules/onnxruntime-web/package.json'));
  assets.push({ from: path.join(ortDist, 'dist', path.basename(ORT_WASM_PATH)), to: ORT_WASM_PATH });
  const missing = assets.filter((a) => !existsSync(a.from)).map((a) => path.relative(root, a.from));
  if (missing.length > 0) throw new Error(`cannot build: missing ${missing.join(', ')}`);
  return assets;
}
