import { describe, expect, it } from 'vitest';
import type { NgramSpec } from '../../../src/classifier/char-ngrams.ts';
import { bareText, blendScores, ngramFeatures, ngramModel, ngramProbabilities, readNgramSpec } from '../../../src/classifier/char-ngrams.ts';
import { MODEL_LABELS } from '../../../src/shared/report.ts';

const SHAPE = { buckets: 1 << 10, orders: [2, 3], maxChars: 20 };
const spec = (over: Partial<NgramSpec> = {}): NgramSpec => ({ file: 'ngram.bin', ...SHAPE, scales: [1, 1, 1, 1], bias: [0, 0, 0, 0], ...over });

describe('bareText', () => {
  it('drops the link and handle markers, lower-cases, pads', () => {
    expect(bareText('@user Look http now', 100)).toBe(' look  now ');
    expect(bareText('http', 100)).toBe('  ');
    // a marker inside a word is text
    expect(bareText('https2 @username', 100)).toBe(' https2 @username ');
  });

  it('cuts at code points, not UTF-16 units', () => {
    expect(bareText('😀😀😀', 2)).toBe(' 😀😀 ');
  });
});

describe('ngramFeatures', () => {
  it('is unit length, sorted, and counts repeats', () => {
    const f = ngramFeatures('abab', SHAPE);
    expect(f.reduce((s, [, v]) => s + v * v, 0)).toBeCloseTo(1, 12);
    expect(f.map(([b]) => b)).toEqual([...f.map(([b]) => b)].sort((a, b) => a - b));
    // " abab " has the 2-gram "ab" twice: its bucket carries more than a single n-gram's share
    expect(Math.max(...f.map(([, v]) => v))).toBeGreaterThan(Math.min(...f.map(([, v]) => v)));
  });

  it('depends on the text, not on case or markers', () => {
    expect(ngramFeatures('Hello World', SHAPE)).toEqual(ngramFeatures('hello world', SHAPE));
    expect(ngramFeatures('hello world', SHAPE)).not.toEqual(ngramFeatures('hello there', SHAPE));
    expect(ngramFeatures('', SHAPE)).toHaveLength(1);
  });
});

describe('ngramProbabilities and the blend', () => {
  it('is the sigmoid of bias plus scaled weights', () => {
    const zero = ngramModel(spec({ bias: [0, 2, -2, 0] }), new ArrayBuffer(SHAPE.buckets * 4));
    if (!zero.ok) throw new Error(zero.error);
    const p = ngramProbabilities(zero.value, 'anything');
    expect(p[0]).toBeCloseTo(0.5, 12);
    expect(p[1]).toBeCloseTo(1 / (1 + Math.exp(-2)), 12);
    const ones = new Int8Array(SHAPE.buckets * 4).fill(1);
    const m = ngramModel(spec({ scales: [0.5, 0, 0, 0] }), ones.buffer);
    if (!m.ok) throw new Error(m.error);
    const l1 = ngramFeatures('some text', SHAPE).reduce((s, [, v]) => s + v, 0);
    expect(ngramProbabilities(m.value, 'some text')[0]).toBeCloseTo(1 / (1 + Math.exp(-0.5 * l1)), 12);
  });

  it('blends by the mean of the two probabilities', () => {
    const encoder = { inauthentic: 0.2, toxic: 0.9, machine_generated: 0.4, propaganda: 0.1 };
    expect(blendScores(encoder, [0.6, 0.1, 0.4, 0.3], MODEL_LABELS)).toEqual({ inauthentic: 0.4, toxic: 0.5, machine_generated: 0.4, propaganda: 0.2 });
  });
});

describe('readNgramSpec and ngramModel refuse what they cannot use', () => {
  it('absent: the encoder alone', () => {
    expect(readNgramSpec({}, 4)).toEqual({ ok: true, value: null });
  });

  it.each([
    ['a file path outside the folder', { file: '../x.bin' }],
    ['buckets not a power of two', { buckets: 1000 }],
    ['no orders', { orders: [] }],
    ['three scales for four outputs', { scales: [1, 1, 1] }],
    ['a bias that is not a number', { bias: [0, 0, 0, 'x'] }],
  ])('%s', (_, over) => {
    expect(readNgramSpec({ ngram: { ...spec(), ...over } }, 4).ok).toBe(false);
  });

  it('accepts a whole spec', () => {
    expect(readNgramSpec({ ngram: spec() }, 4)).toEqual({ ok: true, value: spec() });
  });

  it('a weights file of the wrong size', () => {
    const m = ngramModel(spec(), new ArrayBuffer(10));
    expect(m.ok).toBe(false);
    if (!m.ok) expect(m.error).toContain('10 bytes');
  });
});
