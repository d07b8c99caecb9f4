// The model folder the extension bundles and the CLI uses by default (models/<id>/), and the
// files transformers.js reads from it for each dtype.
export const SHIPPED_MODEL_ID = 'threadlens-mini';

export type Dtype = 'q8' | 'fp32';

/** The ONNX file transformers.js reads for each dtype. */
export const ONNX_FILE: Record<Dtype, string> = { q8: 'onnx/model_quantized.onnx', fp32: 'onnx/model.onnx' };

export function modelFiles(dtype: Dtype): string[] {
  return ['config.json', 'tokenizer.json', 'tokenizer_config.json', ONNX_FILE[dtype]];
}
