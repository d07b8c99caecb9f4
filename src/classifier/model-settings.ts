// What the shipped model folder says about itself beyond the Hugging Face fields: id, version and
// the per-label thresholds (config.json, key `threadlens`, written by models/pipeline/build.py).
// Validated on read: a folder without them is refused rather than scored against made-up cuts.
import type { ModelInfo, ModelLabel, PostScores } from '../shared/report.ts';
import { MODEL_LABELS } from '../shared/report.ts';
import type { Result } from '../shared/result.ts';
import { err, ok } from '../shared/result.ts';
import { isObject } from '../shared/json-value.ts';
import type { NgramSpec } from './char-ngrams.ts';
import { readNgramSpec } from './char-ngrams.ts';

export interface ModelSettings {
  info: ModelInfo;
  /** a label is flagged when its score is at or above its threshold */
  thresholds: PostScores;
  /** the label names of the model's outputs, in output order (config.json id2label) */
  outputs: ModelLabel[];
  /** ISO 639-1 codes of the languages the heads were trained and checked on; other posts are not read */
  languages: string[];
  /**
   * per head, how much it counts in the thread score, from its AUC on sources the model never saw
   * (config.json threadlens.heads.weights, written by `threadlens eval --unseen --write-weights`)
   */
  weights: PostScores;
  /** the character n-gram model blended with the encoder (config.json threadlens.ngram), or null: the encoder alone */
  ngram: NgramSpec | null;
}

/** Reads the settings from a parsed config.json. */
export function readModelSettings(config: unknown): Result<ModelSettings> {
  if (!isObject(config)) return err('config.json is not a JSON object');
  const own = config.threadlens;
  const id2label = config.id2label;
  if (!isObject(own) || !isObject(own.thresholds)) return err('config.json has no threadlens.thresholds');
  if (typeof own.id !== 'string' || typeof own.version !== 'string') return err('config.json has no threadlens.id/version');
  if (!isObject(id2label)) return err('config.json has no id2label');
  const outputs: ModelLabel[] = [];
  for (let i = 0; i < MODEL_LABELS.length; i++) {
    const name = id2label[String(i)];
    const expected = MODEL_LABELS[i];
    if (expected === undefined || name !== expected) return err(`config.json id2label[${i}] is ${JSON.stringify(name)}, expected "${expected}"`);
    outputs.push(expected);
  }
  const thresholds = {} as PostScores;
  for (const label of MODEL_LABELS) {
    const cut = own.thresholds[label];
    if (typeof cut !== 'number' || !(cut > 0 && cut <= 1)) return err(`config.json threshold for ${label} is missing or not in (0, 1]`);
    thresholds[label] = cut;
  }
  const languages = own.languages;
  if (!Array.isArray(languages) || languages.length === 0 || !languages.every((l) => typeof l === 'string' && /^[a-z]{2,3}$/.test(l))) {
    return err('config.json has no threadlens.languages (ISO 639-1 codes the heads read, e.g. ["en"])');
  }
  const heads = own.heads;
  if (!isObject(heads) || !isObject(heads.weights))
    return err('config.json has no threadlens.heads.weights (run threadlens eval --unseen FILE --write-weights)');
  const weights = {} as PostScores;
  for (const label of MODEL_LABELS) {
    const w = heads.weights[label];
    if (typeof w !== 'number' || !(w >= 0 && w <= 1)) return err(`config.json head weight for ${label} is missing or not in [0, 1]`);
    weights[label] = w;
  }
  const ngram = readNgramSpec(own, outputs.length);
  if (!ngram.ok) return ngram;
  return ok({ info: { id: own.id, version: own.version }, thresholds, outputs, languages: languages as string[], weights, ngram: ngram.value });
}

/** The labels whose score is at or above the threshold, in MODEL_LABELS order. */
export function flaggedLabels(scores: PostScores, thresholds: PostScores): ModelLabel[] {
  return MODEL_LABELS.filter((label) => scores[label] >= thresholds[label]);
}
