// The shipped model loads through the core and gives sane, well-formed scores. No exact numbers:
// only relations any working toxic head must show, and robustness on odd input.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ngramModel, ngramProbabilities, readNgramSpec } from '../../../src/classifier/char-ngrams.ts';
import { normaliseForModel } from '../../../src/classifier/normalise-for-model.ts';
import type { Classifier } from '../../../src/classifier/classifier.ts';
import { loadNodeClassifier, SHIPPED_MODEL_DIR } from '../../../src/classifier/node-classifier.ts';
import { MODEL_LABELS } from '../../../src/shared/report.ts';

const ODD = [
  '',
  '😀😀😀',
  '👩‍👩‍👧‍👦',
  'x'.repeat(100_000),
  'word '.repeat(20_000),
  'مرحبا بالعالم',
  '你好，世界',
  'สวัสดี',
  'ΟΔΟΣ',
  '\u200b\u200f\ufeff',
  '[SEP][CLS]',
];

describe('shipped classifier', () => {
  let q8: Classifier;
  let fp32: Classifier;
  beforeAll(async () => {
    q8 = await loadNodeClassifier(SHIPPED_MODEL_DIR, { dtype: 'q8' });
    fp32 = await loadNodeClassifier(SHIPPED_MODEL_DIR, { dtype: 'fp32' });
  });
  afterAll(async () => {
    await q8?.dispose();
    await fp32?.dispose();
  });

  it('says which model it is and carries thresholds', () => {
    expect(q8.info.id).toBe('threadlens-mini');
    for (const label of MODEL_LABELS) expect(q8.thresholds[label]).toBeGreaterThan(0);
  });

  it('scores every label in [0, 1] on odd input, without throwing', async () => {
    const scores = await q8.score(ODD);
    expect(scores).toHaveLength(ODD.length);
    for (const s of scores) {
      expect(Object.keys(s).sort()).toEqual([...MODEL_LABELS].sort());
      for (const label of MODEL_LABELS) {
        expect(s[label]).toBeGreaterThanOrEqual(0);
        expect(s[label]).toBeLessThanOrEqual(1);
      }
    }
  });

  // int8 activations are quantised per batch, so alone and batched differ by a hair, not more.
  it('keeps input order, and a text scores (almost) the same alone as in a batch', async () => {
    const texts = ['I love this song so much', 'you are a disgusting worthless idiot, shut up', 'Breaking: markets fall as rates rise http'];
    const batch = await q8.score(texts);
    for (const [i, text] of texts.entries()) {
      const [alone] = await q8.score([text]);
      for (const label of MODEL_LABELS) expect(Math.abs((alone?.[label] ?? 0) - (batch[i]?.[label] ?? 1))).toBeLessThan(0.02);
    }
  });

  it('rates plain abuse more toxic than friendly small talk', async () => {
    const abusive = ['you are a stupid worthless bitch, shut the fuck up', 'go kill yourself you ugly retard', 'fuck you and your whole disgusting family'];
    const friendly = [
      'had a lovely walk in the park with my dog this morning',
      'thanks so much for the birthday wishes everyone!',
      'the new bakery downtown makes great bread',
    ];
    const a = await q8.score(abusive);
    const f = await q8.score(friendly);
    expect(Math.min(...a.map((s) => s.toxic))).toBeGreaterThan(Math.max(...f.map((s) => s.toxic)));
  });

  it('int8 and float agree closely', async () => {
    const texts = ['what a day', 'you are a disgusting idiot', 'Vote them all out! The corrupt elites are destroying America', ''];
    const [a, b] = [await q8.score(texts), await fp32.score(texts)];
    for (const [i] of texts.entries()) for (const label of MODEL_LABELS) expect(Math.abs((a[i]?.[label] ?? 0) - (b[i]?.[label] ?? 1))).toBeLessThan(0.05);
  });

  it("blends the encoder with the folder's n-gram model: the mean of the two probabilities", async () => {
    const own = (JSON.parse(readFileSync(join(SHIPPED_MODEL_DIR, 'config.json'), 'utf8')) as { threadlens: Record<string, unknown> }).threadlens;
    const spec = readNgramSpec(own, MODEL_LABELS.length);
    if (!spec.ok || spec.value === null) throw new Error('the shipped model has no n-gram model');
    const model = ngramModel(spec.value, readFileSync(join(SHIPPED_MODEL_DIR, spec.value.file)).buffer as ArrayBuffer);
    if (!model.ok) throw new Error(model.error);
    const encoder = await loadNodeClassifier(SHIPPED_MODEL_DIR, { dtype: 'q8', encoderOnly: true });
    try {
      const texts = ['you are a disgusting worthless idiot', 'lovely walk with the dog today'];
      const [blended, alone] = [await q8.score(texts), await encoder.score(texts)];
      for (const [i, text] of texts.entries()) {
        const ng = ngramProbabilities(model.value, normaliseForModel(text));
        MODEL_LABELS.forEach((label, j) => expect(blended[i]?.[label]).toBeCloseTo(((alone[i]?.[label] ?? NaN) + (ng[j] ?? NaN)) / 2, 6));
      }
    } finally {
      await encoder.dispose();
    }
  });

  it('a missing or truncated n-gram file is an error naming it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'threadlens-model-'));
    const copy = join(dir, 'threadlens-mini');
    try {
      cpSync(SHIPPED_MODEL_DIR, copy, { recursive: true });
      writeFileSync(join(copy, 'ngram.bin'), 'short');
      await expect(loadNodeClassifier(copy)).rejects.toThrow(/ngram\.bin has 5 bytes/);
      rmSync(join(copy, 'ngram.bin'));
      await expect(loadNodeClassifier(copy)).rejects.toThrow(/ngram\.bin/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
