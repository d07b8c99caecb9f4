import { describe, expect, it } from 'vitest';
import { MAX_DIFF_WORDS, wordDiff } from '../../../src/evidence/word-diff.ts';

const changed = (ref: string, text: string): string[] => (wordDiff(ref, text) ?? []).filter((t) => !t.same).map((t) => t.text);

describe('wordDiff', () => {
  it('marks only the words that differ from the reference', () => {
    expect(changed('vote for Smith today friends', 'vote for Smith today neighbours!')).toEqual(['neighbours!']);
    expect(changed('a b c d', 'a x c d y')).toEqual(['x', 'y']);
  });

  it('keeps the text as it was, whitespace included', () => {
    const text = 'one  two\nthree';
    expect((wordDiff('one two three', text) ?? []).map((t) => t.text).join('')).toBe(text);
  });

  it('finds nothing different in an identical copy', () => {
    expect(changed('same words here', 'same words here')).toEqual([]);
  });

  it('gives up on very long texts rather than spend quadratic time', () => {
    expect(wordDiff('a', 'w '.repeat(MAX_DIFF_WORDS + 1))).toBeNull();
  });
});
