// The classifier on WebGPU, with onnxruntime-web's WebGPU build directly: transformers.js runs on
// the plain WASM build in the extension (it starts twice as fast), so the WebGPU session is made
// here, with transformers.js's tokenizer and the shared classifier core around it. WebGPU has no
// MatMulInteger: it runs the float model.
import * as ort from 'onnxruntime-web/webgpu';
import { AutoConfig, AutoTokenizer } from '@huggingface/transformers';
import { classifierFrom, type Classifier } from '../../classifier/classifier.ts';
import { readModelSettings } from '../../classifier/model-settings.ts';
import { ONNX_FILE, SHIPPED_MODEL_ID } from '../../classifier/shipped-model.ts';
import { MODELS_PATH, ORT_WEBGPU_WASM_PATH } from './asset-paths.ts';

interface TokenTensor {
  data: BigInt64Array;
  dims: number[];
}

export async function loadWebGpuClassifier(assetUrl: (path: string) => string): Promise<Classifier> {
  ort.env.wasm.numThreads = 1;
  ort.env.wasm.proxy = false;
  ort.env.wasm.wasmPaths = { wasm: assetUrl(ORT_WEBGPU_WASM_PATH) };
  const config = await AutoConfig.from_pretrained(SHIPPED_MODEL_ID);
  const read = readModelSettings(config);
  if (!read.ok) throw new Error(read.error);
  const tokenizer = await AutoTokenizer.from_pretrained(SHIPPED_MODEL_ID);
  const session = await ort.InferenceSession.create(assetUrl(`${MODELS_PATH}${SHIPPED_MODEL_ID}/${ONNX_FILE.fp32}`), { executionProviders: ['webgpu'] });
  return classifierFrom({
    settings: read.value,
    tokenizer: (texts, options) => tokenizer(texts, options),
    run: async (inputs) => {
      const feeds: Record<string, ort.Tensor> = {};
      for (const name of session.inputNames) {
        const t = inputs[name] as unknown as TokenTensor | undefined;
        if (!t) throw new Error(`the tokenizer gave no ${name}`);
        feeds[name] = new ort.Tensor('int64', t.data, t.dims);
      }
      const out = await session.run(feeds);
      const logits = out.logits;
      if (!logits) throw new Error('the model gave no logits');
      return (await logits.getData()) as Float32Array;
    },
    dispose: () => session.release(),
  });
}
