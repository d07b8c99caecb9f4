// The classifier core, shared by the CLI (Node, onnxruntime-node) and the extension's background
// (WASM). It never imports transformers.js itself: the caller passes the module it
// loaded (Node build or web build, its backends already set up) and says where model folders
// live, so nothing here knows about file systems, extension URLs or devices.
// Pipeline-free API on purpose: the `text-classification` pipeline applies softmax or picks top-k,
// and this model's four outputs are independent sigmoids.
import type * as Transformers from '@huggingface/transformers';
import type { ModelInfo, ModelLabel, PostScores } from '../shared/report.ts';
import { MODEL_LABELS } from '../shared/report.ts';
import type { ModelSettings } from './model-settings.ts';
import { flaggedLabels, readModelSettings } from './model-settings.ts';
import { normaliseForModel } from './normalise-for-model.ts';
import { languageVerdict } from './language.ts';
import type { NgramModel } from './char-ngrams.ts';
import { blendScores, ngramModel, ngramProbabilities } from './char-ngrams.ts';

/** What the classifier made of one post: its scores, or why it did not read it. */
export type PostReading = { read: true; language: string; scores: PostScores } | { read: false; reason: 'language'; language: string };

/** The parts of the transformers.js module the core uses. */
export type TransformersRuntime = Pick<typeof Transformers, 'env' | 'AutoConfig' | 'AutoTokenizer' | 'AutoModelForSequenceClassification'>;
type Device = NonNullable<Transformers.PretrainedModelOptions['device']>;

export interface ClassifierOptions {
  /** the model folder's name under `localModelPath`, e.g. `threadlens-mini` */
  modelId: string;
  /** where model folders live: a directory in Node, an extension URL in the browser */
  localModelPath: string;
  /** `q8` = onnx/model_quantized.onnx (CPU, WASM); `fp32` = onnx/model.onnx (the CLI's `--dtype fp32`; not shipped in the extension) */
  dtype: 'q8' | 'fp32';
  /** transformers.js device; unset in Node (always onnxruntime-node there) */
  device?: Device;
  /** posts per model call */
  batchSize?: number;
  /** onnxruntime intra-op threads; unset = the runtime's default (in Node: one per core) */
  threads?: number;
  /** reads a file of the model folder by name (the n-gram weights): fs in Node, fetch in the extension */
  readModelFile: (name: string) => Promise<ArrayBuffer>;
  /** the encoder alone, even where the folder has an n-gram model (`threadlens classify --encoder-only`: what `ngram.py export` picks the blend's thresholds from) */
  encoderOnly?: boolean;
}

export interface Classifier {
  info: ModelInfo;
  thresholds: PostScores;
  /** ISO 639-1 codes of the languages its heads read (config.json threadlens.languages) */
  languages: readonly string[];
  /** per head, its weight in the thread score (from held-out AUC: head-weights.ts) */
  weights: PostScores;
  /** scores per text, in input order, whatever its language (evaluation, benchmarks); texts are normalised here, so pass them as posted */
  score(texts: readonly string[]): Promise<PostScores[]>;
  /** per text, in input order: scores where the heads read its language, else why not (what the product uses) */
  readPosts(texts: readonly string[]): Promise<PostReading[]>;
  /** labels at or above the shipped thresholds */
  flagged(scores: PostScores): ModelLabel[];
  dispose(): Promise<void>;
}

export const DEFAULT_BATCH_SIZE = 32;

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

/**
 * Loads tokenizer, config and ONNX model from `localModelPath/modelId` only (remote models off).
 * Note: transformers.js keeps these `env` settings module-wide.
 */
export async function loadClassifier(runtime: TransformersRuntime, options: ClassifierOptions): Promise<Classifier> {
  const { env, AutoConfig, AutoTokenizer, AutoModelForSequenceClassification } = runtime;
  env.allowRemoteModels = false;
  env.allowLocalModels = true;
  env.localModelPath = options.localModelPath;
  const config = await AutoConfig.from_pretrained(options.modelId);
  const read = readModelSettings(config);
  if (!read.ok) throw new Error(read.error);
  const settings = read.value;
  const ngram = settings.ngram === null || options.encoderOnly === true ? undefined : await loadNgram(options, settings.ngram);
  const tokenizer = await AutoTokenizer.from_pretrained(options.modelId);
  const model = await AutoModelForSequenceClassification.from_pretrained(options.modelId, {
    config,
    dtype: options.dtype,
    ...(options.device === undefined ? {} : { device: options.device }),
    ...(options.threads === undefined ? {} : { session_options: { intraOpNumThreads: options.threads } }),
  });
  return classifierFrom({
    settings,
    tokenizer,
    ...(ngram === undefined ? {} : { ngram }),
    batchSize: options.batchSize,
    run: async (inputs) => {
      const { logits } = (await model(inputs)) as { logits: Transformers.Tensor };
      return logits.data as Float32Array;
    },
    dispose: () => model.dispose().then(() => undefined),
  });
}

/** A file of the model folder missing or unusable, named (not an onnxruntime failure). */
export class ModelFileError extends Error {}

async function loadNgram(options: ClassifierOptions, spec: NonNullable<ModelSettings['ngram']>): Promise<NgramModel> {
  let bytes: ArrayBuffer;
  try {
    bytes = await options.readModelFile(spec.file);
  } catch (e) {
    throw new ModelFileError(`model file missing: ${options.modelId}/${spec.file} (${e instanceof Error ? e.message : String(e)})`, { cause: e });
  }
  const model = ngramModel(spec, bytes);
  if (!model.ok) throw new ModelFileError(`model file corrupt: ${options.modelId}/${model.error}`);
  return model.value;
}

/** Tokenized inputs as transformers.js's tokenizer gives them (int64 tensors). */
export type TokenizedInputs = Record<string, Transformers.Tensor>;

export interface ClassifierParts {
  settings: ModelSettings;
  tokenizer: (texts: string[], options: { padding: boolean; truncation: boolean }) => unknown;
  /** the model's logits for one tokenized batch, rows x outputs */
  run: (inputs: TokenizedInputs) => Promise<Float32Array>;
  batchSize?: number;
  /** the n-gram model blended with the encoder (settings.ngram loaded); absent: the encoder alone */
  ngram?: NgramModel;
  dispose: () => Promise<void>;
}

/**
 * A Classifier from a tokenizer and any way of running the model (transformers.js here, or an
 * onnxruntime session directly): normalisation, length-sorted batches,
 * sigmoid and thresholds are the same for all.
 */
export function classifierFrom(parts: ClassifierParts): Classifier {
  const { settings } = parts;
  const batchSize = Math.max(1, parts.batchSize ?? DEFAULT_BATCH_SIZE);

  async function scoreBatch(texts: readonly string[]): Promise<PostScores[]> {
    const inputs = parts.tokenizer(texts as string[], { padding: true, truncation: true }) as TokenizedInputs;
    const scores = toScores(await parts.run(inputs), texts.length, settings);
    const { ngram } = parts;
    if (ngram === undefined) return scores;
    return scores.map((s, i) => blendScores(s, ngramProbabilities(ngram, texts[i] ?? ''), settings.outputs));
  }

  async function score(texts: readonly string[]): Promise<PostScores[]> {
    // Batches of similar length: a batch is padded to its longest text, so one long post
    // among 31 short ones would make all 32 cost as much as it does.
    const normalized = texts.map(normaliseForModel);
    const order = normalized.map((_, i) => i).sort((a, b) => (normalized[a]?.length ?? 0) - (normalized[b]?.length ?? 0));
    const out: PostScores[] = new Array<PostScores>(texts.length);
    for (let i = 0; i < order.length; i += batchSize) {
      const part = order.slice(i, i + batchSize);
      const scores = await scoreBatch(part.map((j) => normalized[j] ?? ''));
      part.forEach((j, k) => (out[j] = scores[k] as PostScores));
    }
    return out;
  }

  return {
    info: settings.info,
    thresholds: settings.thresholds,
    languages: settings.languages,
    weights: settings.weights,
    score,
    async readPosts(texts) {
      const verdicts = texts.map((t) => languageVerdict(t, settings.languages));
      const read = texts.filter((_, i) => verdicts[i]?.read);
      const scores = read.length > 0 ? await score(read) : [];
      let next = 0;
      return verdicts.map((v): PostReading => {
        if (!v.read) return v;
        const s = scores[next++];
        if (s === undefined) throw new Error('the classifier returned fewer scores than texts');
        return { read: true, language: v.language, scores: s };
      });
    },
    flagged: (scores) => flaggedLabels(scores, settings.thresholds),
    dispose: parts.dispose,
  };
}

function toScores(logits: Float32Array, rows: number, settings: ModelSettings): PostScores[] {
  const width = settings.outputs.length;
  if (logits.length !== rows * width) throw new Error(`model returned ${logits.length} logits for ${rows} texts, expected ${rows * width}`);
  const out: PostScores[] = [];
  for (let r = 0; r < rows; r++) {
    const scores = {} as PostScores;
    for (let j = 0; j < width; j++) scores[settings.outputs[j] ?? MODEL_LABELS[j] ?? 'inauthentic'] = sigmoid(logits[r * width + j] ?? 0);
    out.push(scores);
  }
  return out;
}
