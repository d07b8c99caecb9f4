// The second model of threadlens-mini: a hashed character n-gram logistic model, blended with the
// encoder (the mean of the two probabilities). The TypeScript twin of models/pipeline/char_ngrams.py,
// which featurised its training rows: the two must give the same buckets and values
// (test/unit/classifier/char-ngrams-parity.test.ts). Why a second model: on sources it never saw it
// generalised better than the encoder (models/EXPERIMENTS.md, issue #11 recipe 3), and the two err
// on different posts.
import type { ModelLabel, PostScores } from '../shared/report.ts';
import type { Result } from '../shared/result.ts';
import { err, ok } from '../shared/result.ts';
import { isObject } from '../shared/json-value.ts';

const FNV_PRIME = 0x01000193;
const ORDER_SEED = 0x9e3779b1;
// The markers normalise-for-model writes for links and handles, stripped as at training.
const MARKERS = /(?:(?<= )|^)(?:http|@user)(?: |$)/gu;

/** What config.json's threadlens.ngram says about the model (written by `ngram.py export`). */
export interface NgramSpec {
  /** the weights file in the model folder: int8, bucket-major (bucket * heads + head) */
  file: string;
  buckets: number;
  orders: number[];
  maxChars: number;
  /** per output, in the model's output order: weight = int8 value * scale */
  scales: number[];
  bias: number[];
}

export interface NgramModel {
  spec: NgramSpec;
  weights: Int8Array;
}

/** Normalised text without the link / handle markers, lower-cased, cut at maxChars code points, padded by spaces. */
export function bareText(normalised: string, maxChars: number): string {
  const lowered = normalised
    .replaceAll('\0', ' ')
    .replace(MARKERS, ' ')
    .replace(/^ +| +$/gu, '')
    .toLowerCase();
  let end = 0;
  let count = 0;
  for (const ch of lowered) {
    if (count === maxChars) break;
    end += ch.length;
    count++;
  }
  return ` ${lowered.slice(0, end)} `;
}

function fmix32(x: number): number {
  let h = x ^ (x >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

type Shape = Pick<NgramSpec, 'buckets' | 'orders' | 'maxChars'>;

/** Calls `visit` with the bucket of every n-gram of the bare text, orders in spec order, left to right. */
function eachBucket(normalised: string, spec: Shape, visit: (bucket: number) => void): void {
  const codes: number[] = [];
  for (const ch of bareText(normalised, spec.maxChars)) codes.push(ch.codePointAt(0) ?? 0);
  const mask = spec.buckets - 1;
  for (const n of spec.orders) {
    const seed = Math.imul(n, ORDER_SEED);
    for (let i = 0; i + n <= codes.length; i++) {
      let h = seed;
      for (let k = 0; k < n; k++) h = Math.imul(h ^ (codes[i + k] ?? 0), FNV_PRIME);
      visit(fmix32(h) & mask);
    }
  }
}

/** Bucket counts of every n-gram of the bare text (orders of the spec). */
function bucketCounts(normalised: string, spec: Shape): Map<number, number> {
  const counts = new Map<number, number>();
  eachBucket(normalised, spec, (bucket) => counts.set(bucket, (counts.get(bucket) ?? 0) + 1));
  return counts;
}

/** Sorted [bucket, value] pairs, counts scaled to unit length: char_ngrams.py's `features`. */
export function ngramFeatures(normalised: string, spec: Shape): [number, number][] {
  const counts = bucketCounts(normalised, spec);
  let sum = 0;
  for (const c of counts.values()) sum += c * c;
  const norm = Math.sqrt(sum);
  return [...counts].map(([b, c]): [number, number] => [b, c / norm]).sort((a, b) => a[0] - b[0]);
}

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

// Scratch for ngramProbabilities: a count per bucket (reset after each text), so scoring allocates
// nothing per n-gram. Grown to the largest model's bucket count.
let scratch = new Uint16Array(0);

/** The n-gram model's probability per output (in the model's output order) for a normalised text. */
export function ngramProbabilities(model: NgramModel, normalised: string): number[] {
  const { spec, weights } = model;
  const heads = spec.scales.length;
  if (scratch.length < spec.buckets) scratch = new Uint16Array(spec.buckets);
  const counts = scratch;
  const sums = new Float64Array(heads);
  const touched: number[] = [];
  // Σ count² without a second pass: a bucket's count going c -> c + 1 adds 2c + 1
  let squares = 0;
  eachBucket(normalised, spec, (bucket) => {
    const c = counts[bucket] ?? 0;
    if (c === 0) touched.push(bucket);
    // a count past 65,535 would wrap: a 1,000-character text has at most 4,000 n-grams
    counts[bucket] = c + 1;
    squares += 2 * c + 1;
    const row = bucket * heads;
    for (let j = 0; j < heads; j++) sums[j] = (sums[j] ?? 0) + (weights[row + j] ?? 0);
  });
  for (const bucket of touched) counts[bucket] = 0;
  const norm = Math.sqrt(squares);
  return Array.from(sums, (s, j) => sigmoid((spec.bias[j] ?? 0) + (s / norm) * (spec.scales[j] ?? 0)));
}

/** The blend the thresholds were picked for: per label, the mean of the two probabilities. */
export function blendScores(encoder: PostScores, ngram: readonly number[], outputs: readonly ModelLabel[]): PostScores {
  const out = { ...encoder };
  outputs.forEach((label, j) => (out[label] = (encoder[label] + (ngram[j] ?? encoder[label])) / 2));
  return out;
}

const isNumbers = (x: unknown, length: number): x is number[] =>
  Array.isArray(x) && x.length === length && x.every((v) => typeof v === 'number' && Number.isFinite(v));

/** threadlens.ngram of a parsed config.json: absent (the encoder alone), or checked. */
export function readNgramSpec(own: Record<string, unknown>, outputs: number): Result<NgramSpec | null> {
  const spec = own.ngram;
  if (spec === undefined) return ok(null);
  if (!isObject(spec)) return err('config.json threadlens.ngram is not an object');
  const { file, buckets, orders, maxChars, scales, bias } = spec;
  if (typeof file !== 'string' || !/^[\w.-]+$/u.test(file)) return err('config.json threadlens.ngram.file is not a file name');
  if (typeof buckets !== 'number' || !Number.isInteger(buckets) || buckets < 2 || (buckets & (buckets - 1)) !== 0 || buckets > 1 << 24)
    return err('config.json threadlens.ngram.buckets is not a power of two');
  if (!Array.isArray(orders) || orders.length === 0 || !orders.every((n) => Number.isInteger(n) && n >= 1 && n <= 8))
    return err('config.json threadlens.ngram.orders is not a list of n-gram orders');
  if (typeof maxChars !== 'number' || !Number.isInteger(maxChars) || maxChars < 1)
    return err('config.json threadlens.ngram.maxChars is not a positive integer');
  if (!isNumbers(scales, outputs) || !isNumbers(bias, outputs)) return err(`config.json threadlens.ngram needs ${outputs} scales and ${outputs} biases`);
  return ok({ file, buckets, orders: orders as number[], maxChars, scales, bias });
}

/** The model from its spec and the bytes of its weights file; a file of the wrong size is refused. */
export function ngramModel(spec: NgramSpec, bytes: ArrayBuffer): Result<NgramModel> {
  const expected = spec.buckets * spec.scales.length;
  if (bytes.byteLength !== expected) return err(`${spec.file} has ${bytes.byteLength} bytes, expected ${expected}`);
  return ok({ spec, weights: new Int8Array(bytes) });
}
