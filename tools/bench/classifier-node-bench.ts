// The classifier's speed in Node for `threadlens bench` (onnxruntime-node, one intra-op thread, so
// "per core"): one short post, a batch of 32 short posts, a batch of 32 long ones (cut at the
// model's 128 tokens), and posts a second from the short batches. The same core the CLI and the
// extension use (src/classifier/classifier.ts).
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Classifier } from '../../src/classifier/classifier.ts';
import { loadNodeClassifier } from '../../src/classifier/node-classifier.ts';
import { ONNX_FILE, type Dtype } from '../../src/classifier/shipped-model.ts';
import { mapSpread, spread, type Spread } from './spread.ts';

export interface ClassifierNodeFigures {
  single_ms: Spread;
  batch32_short_ms: Spread;
  batch32_long_ms: Spread;
  posts_per_s: Spread;
}

const SHORT = Array.from({ length: 32 }, (_, i) => `Reply ${i}: honestly the council should publish the whole report before anyone votes on this.`);
const LONG = Array.from(
  { length: 32 },
  (_, i) =>
    `Thread ${i}/ I have read the whole planning report, all 212 pages of it, and the numbers do not add up. ` +
    'The housing target counts units twice, the traffic study was done during the school holidays, and the appendix on flooding was written before the new maps came out. '.repeat(
      4,
    ),
);

/** Milliseconds of each of `runs` calls, after one warm-up call. */
async function timeCalls(call: () => Promise<unknown>, runs: number): Promise<number[]> {
  await call();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await call();
    out.push(performance.now() - start);
  }
  return out;
}

const time = (classifier: Classifier, texts: readonly string[], runs: number): Promise<number[]> => timeCalls(() => classifier.score(texts), runs);

type OrtModule = typeof import('onnxruntime-node');

/**
 * The reference in onnxruntime-node directly (one thread), fed the shipped tokenizer's ids for the
 * same texts (cut at 128 tokens like the shipped model's), so both models see the same input.
 */
export async function measureReference(file: string, shippedDir: string, runs: number): Promise<ClassifierNodeFigures> {
  const ort: OrtModule = await import('onnxruntime-node');
  const { AutoTokenizer, env } = await import('@huggingface/transformers');
  env.allowRemoteModels = false;
  env.localModelPath = `${path.dirname(shippedDir)}/`;
  const tokenizer = await AutoTokenizer.from_pretrained(path.basename(shippedDir));
  const session = await ort.InferenceSession.create(file, { intraOpNumThreads: 1, interOpNumThreads: 1 });
  const feeds = (texts: readonly string[]): Record<string, InstanceType<OrtModule['Tensor']>> => {
    const enc = tokenizer([...texts], { padding: true, truncation: true }) as Record<string, { data: BigInt64Array; dims: number[] }>;
    const out: Record<string, InstanceType<OrtModule['Tensor']>> = {};
    for (const name of ['input_ids', 'attention_mask', 'token_type_ids']) {
      const t = enc[name];
      if (!t) throw new Error(`the tokenizer gave no ${name}`);
      out[name] = new ort.Tensor('int64', t.data, t.dims);
    }
    return out;
  };
  const time = (texts: readonly string[], n: number): Promise<number[]> => {
    const f = feeds(texts);
    return timeCalls(() => session.run(f), n);
  };
  try {
    const short32 = spread(await time(SHORT, runs * 2), 2);
    return {
      single_ms: spread(await time([SHORT[0] ?? ''], runs * 4), 3),
      batch32_short_ms: short32,
      batch32_long_ms: spread(await time(LONG, runs), 2),
      posts_per_s: mapSpread(short32, (ms) => (32 * 1000) / ms, 0),
    };
  } finally {
    await session.release();
  }
}

export async function measureClassifierNode(modelDir: string, dtype: Dtype, runs: number): Promise<ClassifierNodeFigures | null> {
  if (!existsSync(path.join(modelDir, ONNX_FILE[dtype]))) return null;
  const classifier = await loadNodeClassifier(modelDir, { dtype, threads: 1, batchSize: 32 });
  try {
    const single = await time(classifier, [SHORT[0] ?? ''], runs * 10);
    const short = await time(classifier, SHORT, runs * 4);
    const long = await time(classifier, LONG, runs * 2);
    const short32 = spread(short, 2);
    return {
      single_ms: spread(single, 3),
      batch32_short_ms: short32,
      batch32_long_ms: spread(long, 2),
      posts_per_s: mapSpread(short32, (ms) => (32 * 1000) / ms, 0),
    };
  } finally {
    await classifier.dispose();
  }
}
