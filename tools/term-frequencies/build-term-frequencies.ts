// Builds src/signals/term-frequencies.json: in how many of 145,000 ordinary tweets each common
// content stem appears (Sentiment140's 100,000 tweets of 2009 and TweetEval emoji's 45,000
// training tweets of 2018, both in ../shared/data/raw). talking-points weighs a shared word by how
// rare it is in ordinary posts, so "people" or "love" shared by many replies says little and
// "carbon" says much. No evaluation thread (PHEME) is read here.
//   npx tsx tools/term-frequencies/build-term-frequencies.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentTerms } from '../../src/signals/content-terms.ts';

const RAW = join(import.meta.dirname, '../../../shared/data/raw');
const FILES = ['sentiment140/positive.txt', 'sentiment140/negative.txt', 'tweeteval/emoji/train_text.txt'];
/** stems in fewer documents than this are left out: the signal treats any absent stem as this rare */
const MIN_DF = 15;

const df = new Map<string, number>();
let documents = 0;
for (const file of FILES) {
  for (const line of readFileSync(join(RAW, file), 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    documents++;
    const { terms, stems } = contentTerms(line);
    for (const stem of terms.slice(0, stems)) df.set(stem, (df.get(stem) ?? 0) + 1);
  }
}
const kept = [...df.entries()].filter(([, n]) => n >= MIN_DF).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
const table = {
  about: 'documents (ordinary tweets) containing each English content stem; built by tools/term-frequencies/build-term-frequencies.ts',
  sources: FILES.map((f) => `../shared/data/raw/${f}`),
  documents,
  minDf: MIN_DF,
  df: Object.fromEntries(kept),
};
const out = join(import.meta.dirname, '../../src/signals/term-frequencies.json');
writeFileSync(out, `${JSON.stringify(table)}\n`);
console.log(`${documents} documents, ${kept.length} stems with df >= ${MIN_DF} -> ${out}`);
