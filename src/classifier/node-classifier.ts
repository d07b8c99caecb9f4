// Node's side of the classifier: where the shipped model lives in the repository, checks that a
// model folder is complete (so a missing file is named, not buried in a transformers.js stack),
// and the transformers.js Node build (onnxruntime-node). The extension has its own loader.
import { access, readFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inputError } from '../cli/errors.ts';
import { errorMessage } from '../shared/result.ts';
import type { Classifier } from './classifier.ts';
import { loadClassifier } from './classifier.ts';
import type { Dtype } from './shipped-model.ts';
import { modelFiles, SHIPPED_MODEL_ID } from './shipped-model.ts';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SHIPPED_MODEL_DIR = join(REPO_ROOT, 'models', SHIPPED_MODEL_ID);

/** Loads a model folder with onnxruntime-node; a missing or unreadable file is exit 2 naming it. */
export interface NodeClassifierOptions {
  dtype?: Dtype;
  batchSize?: number;
  threads?: number;
  /** the encoder alone, without the folder's n-gram model */
  encoderOnly?: boolean;
}

export async function loadNodeClassifier(modelDir: string, options: NodeClassifierOptions = {}): Promise<Classifier> {
  const dtype = options.dtype ?? 'q8';
  const dir = resolve(modelDir);
  for (const file of modelFiles(dtype)) {
    const path = join(dir, file);
    try {
      await access(path);
    } catch {
      throw inputError(path, 'model file missing');
    }
  }
  const runtime = await import('@huggingface/transformers');
  try {
    return await loadClassifier(runtime, {
      modelId: basename(dir),
      localModelPath: `${dirname(dir)}/`,
      dtype,
      ...(options.batchSize === undefined ? {} : { batchSize: options.batchSize }),
      ...(options.threads === undefined ? {} : { threads: options.threads }),
      ...(options.encoderOnly === true ? { encoderOnly: true } : {}),
      readModelFile: async (name) => {
        const buffer = await readFile(join(dir, name));
        return buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength);
      },
    });
  } catch (e) {
    const first = errorMessage(e).split('\n')[0] ?? '';
    throw inputError(dir, `model could not be loaded (${first.slice(0, 300)})`);
  }
}
