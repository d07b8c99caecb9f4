// The n-gram model was trained on models/pipeline/char_ngrams.py's features (ngram.py checks its
// vectorised featuriser against them before every training); the extension and the CLI compute
// them in src/classifier/char-ngrams.ts. A different bucket is a silent accuracy loss, so compare
// every bucket and value, and the probabilities of a model with random weights.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { NgramSpec } from '../../../src/classifier/char-ngrams.ts';
import { ngramFeatures, ngramModel, ngramProbabilities, readNgramSpec } from '../../../src/classifier/char-ngrams.ts';
import { SHIPPED_MODEL_DIR } from '../../../src/classifier/node-classifier.ts';
import { normaliseForModel } from '../../../src/classifier/normalise-for-model.ts';
import { runPython, stressTexts } from './run-python.ts';

const SHAPE = { buckets: 1 << 18, orders: [2, 3, 4, 5], maxChars: 1000 };
// the texts the models see: normalised (no raw newlines or runs of spaces), and a few edge cases
const texts = [...stressTexts().map(normaliseForModel), '', 'http', '@user http', 'a\0b', 'İSTANBUL ΟΔΟΣ', 'x'.repeat(1500)];

describe('char n-grams: Python and TypeScript agree', () => {
  it('on every bucket and value of the stress corpus', () => {
    const python = runPython('char_ngrams.py', [], texts).map((line) => JSON.parse(line) as [number, number][]);
    expect(python).toHaveLength(texts.length);
    const bad = texts
      .map((text, i) => ({ text, ts: ngramFeatures(text, SHAPE), py: python[i] ?? [] }))
      .filter(({ ts, py }) => ts.length !== py.length || ts.some(([b, v], k) => b !== py[k]?.[0] || Math.abs(v - (py[k]?.[1] ?? NaN)) > 1e-12));
    expect(bad.slice(0, 3).map((m) => m.text)).toEqual([]);
  });

  describe('with random int8 weights', () => {
    const dir = mkdtempSync(join(tmpdir(), 'threadlens-ngram-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const weights = new Int8Array(SHAPE.buckets * 4);
    let seed = 7;
    for (let i = 0; i < weights.length; i++) {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      weights[i] = ((seed >>> 16) % 255) - 127;
    }
    const spec: NgramSpec = { file: 'ngram.bin', ...SHAPE, scales: [0.01, 0.02, 0.005, 0.03], bias: [-1, 0.5, 0, -3] };
    writeFileSync(join(dir, 'ngram.bin'), weights);
    writeFileSync(join(dir, 'config.json'), JSON.stringify({ threadlens: { ngram: spec } }));

    it('gives the same probabilities', () => {
      const sample = texts.filter((_, i) => i % 5 === 0);
      const python = runPython('char_ngrams.py', ['--score', dir], sample).map((line) => JSON.parse(line) as number[]);
      expect(python).toHaveLength(sample.length);
      const worst = Math.max(...sample.flatMap((t, i) => ngramProbabilities({ spec, weights }, t).map((p, j) => Math.abs(p - (python[i]?.[j] ?? NaN)))));
      expect(worst).toBeLessThan(1e-9);
    });
  });

  it("gives the shipped model's probabilities as Python reads its file", () => {
    const own = (JSON.parse(readFileSync(join(SHIPPED_MODEL_DIR, 'config.json'), 'utf8')) as { threadlens: Record<string, unknown> }).threadlens;
    const spec = readNgramSpec(own, 4);
    if (!spec.ok || spec.value === null) throw new Error('the shipped model has no n-gram model');
    const model = ngramModel(spec.value, readFileSync(join(SHIPPED_MODEL_DIR, spec.value.file)).buffer as ArrayBuffer);
    if (!model.ok) throw new Error(model.error);
    const sample = texts.filter((_, i) => i % 10 === 0);
    const python = runPython('char_ngrams.py', ['--score', SHIPPED_MODEL_DIR], sample).map((line) => JSON.parse(line) as number[]);
    const worst = Math.max(...sample.flatMap((t, i) => ngramProbabilities(model.value, t).map((p, j) => Math.abs(p - (python[i]?.[j] ?? NaN)))));
    expect(worst).toBeLessThan(1e-9);
  });
});
