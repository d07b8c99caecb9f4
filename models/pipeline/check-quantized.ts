// Float vs int8: runs onnx/model.onnx and onnx/model_quantized.onnx with onnxruntime-node on the
// same inputs (dev.csv texts, normalised and tokenised as in the extension) and reports the largest
// logit difference and how many per-label decisions at the shipped thresholds differ.
//   npx tsx models/pipeline/check-quantized.ts [MODEL_DIR] [DATA_DIR]   (make -C models check)
// There is no Python onnxruntime on this machine, hence Node.
import { AutoTokenizer, env } from '@huggingface/transformers';
import { writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import * as ort from 'onnxruntime-node';
import { readCsvObjects } from '../../src/classifier/evaluate.ts';
import { normaliseForModel } from '../../src/classifier/normalise-for-model.ts';
import { MODEL_LABELS } from '../../src/shared/report.ts';

const modelDir = resolve(process.argv[2] ?? join(import.meta.dirname, '..', 'threadlens-mini'));
const dataDir = resolve(process.argv[3] ?? join(import.meta.dirname, '..', '..', '..', 'shared', 'data'));
const BATCH = 64;

const config = JSON.parse(await readFile(join(modelDir, 'config.json'), 'utf8')) as { threadlens: { thresholds: Record<string, number> } };
const logitCuts = MODEL_LABELS.map((l) => {
  const p = config.threadlens.thresholds[l] ?? 0.5;
  return Math.log(p / (1 - p));
});
env.allowRemoteModels = false;
env.localModelPath = `${dirname(modelDir)}/`;
const tokenizer = await AutoTokenizer.from_pretrained(basename(modelDir));
const float = await ort.InferenceSession.create(join(modelDir, 'onnx', 'model.onnx'));
const quant = await ort.InferenceSession.create(join(modelDir, 'onnx', 'model_quantized.onnx'));
const texts = (await readCsvObjects(join(dataDir, 'corpora', 'dev.csv'))).map((r) => normaliseForModel(r.text ?? ''));

let maxDiff = 0;
let sumDiff = 0;
let values = 0;
let decisionsDiffer = 0;
let postsDiffer = 0;
for (let i = 0; i < texts.length; i += BATCH) {
  const enc = tokenizer(texts.slice(i, i + BATCH), { padding: true, truncation: true });
  const feeds: Record<string, ort.Tensor> = {};
  for (const name of ['input_ids', 'attention_mask', 'token_type_ids'] as const) {
    const t = enc[name];
    if (!t) throw new Error(`the tokenizer gave no ${name}`);
    feeds[name] = new ort.Tensor('int64', t.data as BigInt64Array, t.dims);
  }
  const a = (await float.run(feeds)).logits?.data as Float32Array;
  const b = (await quant.run(feeds)).logits?.data as Float32Array;
  for (let r = 0; r < a.length / MODEL_LABELS.length; r++) {
    let differs = false;
    for (let j = 0; j < MODEL_LABELS.length; j++) {
      const k = r * MODEL_LABELS.length + j;
      const x = a[k] ?? 0;
      const y = b[k] ?? 0;
      const cut = logitCuts[j] ?? 0;
      maxDiff = Math.max(maxDiff, Math.abs(x - y));
      sumDiff += Math.abs(x - y);
      values++;
      if (x >= cut !== y >= cut) {
        decisionsDiffer++;
        differs = true;
      }
    }
    if (differs) postsDiffer++;
  }
}
const result = {
  texts: texts.length,
  source: join(dataDir, 'corpora', 'dev.csv'),
  max_abs_logit_diff: maxDiff,
  mean_abs_logit_diff: sumDiff / values,
  label_decisions_differing: decisionsDiffer,
  posts_with_any_decision_differing: postsDiffer,
};
console.log(JSON.stringify(result, null, 1));
writeFileSync(join(modelDir, '..', 'work', 'quantization-check.json'), `${JSON.stringify(result, null, 1)}\n`);
