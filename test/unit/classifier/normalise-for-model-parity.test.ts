// The model was trained on models/pipeline/normalize.py's output; the extension and the CLI run
// src/classifier/normaliseForModel.ts. Any difference is a silent accuracy loss, so compare byte for byte.
import { describe, expect, it } from 'vitest';
import { normaliseForModel } from '../../../src/classifier/normalise-for-model.ts';
import { runPython, stressTexts } from './run-python.ts';

describe('normaliseForModel: Python and TypeScript agree', () => {
  it('on the stress corpus', () => {
    const texts = stressTexts();
    const python = runPython('normalize.py', [], texts).map((line) => JSON.parse(line) as string);
    expect(python).toHaveLength(texts.length);
    const mismatches = texts.map((t, i) => ({ t, ts: normaliseForModel(t), py: python[i] })).filter((m) => m.ts !== m.py);
    expect(mismatches.slice(0, 5)).toEqual([]);
  });

  it('does what the training data needs', () => {
    expect(normaliseForModel('RT @bob: Hi &amp;amp; <U+1F602> @Real_Name #MAGA https://t.co/x URL')).toBe('Hi & 😂 @user MAGA http');
    expect(normaliseForModel('@a @b @c thanks @d @e')).toBe('thanks @user');
    expect(normaliseForModel('soooooo!!!!!')).toBe('sooo!!!');
    expect(normaliseForModel('')).toBe('');
  });

  it('clips very long input and survives lone surrogates', () => {
    expect([...normaliseForModel('x '.repeat(100_000))].length).toBeLessThanOrEqual(8192);
    expect(() => normaliseForModel('\ud800 broken \udc00')).not.toThrow();
  });
});
