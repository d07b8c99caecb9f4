// The Python WordPiece that tokenised the training data must give the same ids as transformers.js
// gives in the extension, on emoji, non-Latin scripts, RTL and zero-width marks, accents, URLs...
// Two vocabularies: the shipped one, and one built from the stress corpus itself so that every
// script there has real ids (in the shipped one, scripts absent from training are [UNK]).
import { AutoTokenizer, env } from '@huggingface/transformers';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { normaliseForModel } from '../../../src/classifier/normalise-for-model.ts';
import { SHIPPED_MODEL_DIR } from '../../../src/classifier/node-classifier.ts';
import { runPython, stressTexts } from './run-python.ts';

const UNK = 1;
const SEP = 3;

async function jsIds(dir: string, texts: readonly string[]): Promise<number[][]> {
  env.allowRemoteModels = false;
  env.allowLocalModels = true;
  env.localModelPath = `${dirname(dir)}/`;
  const tokenizer = await AutoTokenizer.from_pretrained(basename(dir));
  return texts.map((t) => Array.from(tokenizer(t, { truncation: true }).input_ids.data as BigInt64Array, Number));
}

function mismatches(texts: readonly string[], a: number[][], b: number[][]): { text: string; js?: number[]; py?: number[] }[] {
  return texts.map((text, i) => ({ text, js: a[i], py: b[i] })).filter((m) => JSON.stringify(m.js) !== JSON.stringify(m.py));
}

describe('tokenizer: Python and transformers.js give the same ids', () => {
  const raw = stressTexts();
  const texts = [...raw, ...raw.map(normaliseForModel)];
  const corpusDir = join(mkdtempSync(join(tmpdir(), 'threadlens-tok-')), 'stress-tokenizer');
  afterAll(() => rmSync(dirname(corpusDir), { recursive: true, force: true }));

  it('with the shipped vocabulary, on the stress corpus raw and normalised', async () => {
    const python = runPython('wordpiece.py', [SHIPPED_MODEL_DIR], texts).map((line) => JSON.parse(line) as number[]);
    expect(python).toHaveLength(texts.length);
    expect(mismatches(texts, await jsIds(SHIPPED_MODEL_DIR, texts), python).slice(0, 3)).toEqual([]);
  });

  it('with a vocabulary covering every script of the corpus', async () => {
    runPython('wordpiece.py', ['--build', corpusDir, '3000', '128'], raw);
    const python = runPython('wordpiece.py', [corpusDir], texts).map((line) => JSON.parse(line) as number[]);
    const js = await jsIds(corpusDir, texts);
    expect(mismatches(texts, js, python).slice(0, 3)).toEqual([]);
    // The comparison means something only if those scripts got ids of their own.
    const [greek, thai, sigma] = await jsIds(corpusDir, ['Ελληνικά', 'สวัสดีชาวโลก', 'ΟΔΟΣ ΣΑΣ']);
    for (const ids of [greek, thai, sigma]) expect(ids?.filter((id) => id === UNK)).toEqual([]);
  });

  it('cuts long texts at model_max_length after [CLS]/[SEP], as at training', async () => {
    const [latin, long] = await jsIds(SHIPPED_MODEL_DIR, ['hello world', 'word '.repeat(500)]);
    expect(latin?.length).toBe(4);
    expect(long?.length).toBe(128);
    expect(long?.at(-1)).not.toBe(SEP);
  });
});
