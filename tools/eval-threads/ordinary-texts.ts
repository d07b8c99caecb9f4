// Ordinary tweets to build ordinary threads from, per source, cleaned of the marks each dataset
// left on its texts: TweetEval writes every mention as "@user" or "@ user" (one account mentioned in every
// reply would look like a campaign) and tags every stance tweet "#SemST"; both would make the
// evaluation measure the datasets rather than the detectors.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeEntities } from '../../src/sites/html-to-text.ts';
import { csvFileRows } from './csv-file-rows.ts';

export const ORDINARY_SOURCES = ['sentiment140', 'tweeteval', 'davidson-neither'] as const;
export type OrdinarySource = (typeof ORDINARY_SOURCES)[number];

/** Stands for a mention the dataset masked; the thread builder puts a real-looking handle there. */
export const MASKED_MENTION = '@\u0000user';

const TWEETEVAL_FILES = [
  'emoji/train_text.txt',
  'emotion/train_text.txt',
  'irony/train_text.txt',
  'sentiment/val_text.txt',
  'sentiment/test_text.txt',
  ...['abortion', 'atheism', 'climate', 'feminist', 'hillary'].map((t) => `stance/${t}/train_text.txt`),
];

async function lines(path: string): Promise<string[]> {
  return (await readFile(path, 'utf8'))
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

export async function loadOrdinaryTexts(dataDir: string): Promise<Record<OrdinarySource, string[]>> {
  const raw = join(dataDir, 'raw');
  const sentiment140 = [...(await lines(join(raw, 'sentiment140/negative.txt'))), ...(await lines(join(raw, 'sentiment140/positive.txt')))];
  const tweeteval: string[] = [];
  for (const file of TWEETEVAL_FILES) {
    for (const line of await lines(join(raw, 'tweeteval', file))) {
      const text = line
        .replace(/@ ?user\b/g, MASKED_MENTION)
        .replace(/\s*#SemST\b/gi, '')
        .trim();
      if (text !== '') tweeteval.push(text);
    }
  }
  const davidson: string[] = [];
  for await (const row of csvFileRows(join(raw, 'davidson/labeled_data.csv'))) {
    // Davidson's tweets keep Twitter's HTML escapes ("&amp;", "&#9733;")
    if (row.class === '2' && row.tweet) davidson.push(decodeEntities(row.tweet));
  }
  // each text once: a corpus's own repeats would otherwise turn up as copies inside one thread
  return { sentiment140: [...new Set(sentiment140)], tweeteval: [...new Set(tweeteval)], 'davidson-neither': [...new Set(davidson)] };
}
