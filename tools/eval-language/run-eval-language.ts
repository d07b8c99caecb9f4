// Measures the language gate (src/classifier/language.ts) on short posts whose language is known:
// the multilingual tweets of xlmt_umsab_multilingual_tweets (ar, de, es, fr, hi, it, pt), English
// tweets of TweetEval sentiment, and the politicians' tweets (en, es, el). Rows are split in two by
// a hash of their text: MIN_LETTERS and the candidate list were tuned on the `tune` half only; the
// model card quotes the `held-out` half. Up to 1,500 rows per language and half.
// Run: npx tsx tools/eval-language/run-eval-language.ts [--half tune|held-out] [--min-letters N] [--json]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { detectLanguage, languageVerdict, MIN_LETTERS, UNDETERMINED } from '../../src/classifier/language.ts';
import { fnv1a } from '../../src/shared/hash.ts';
import { csvFileRows } from '../eval-threads/csv-file-rows.ts';

const RAW = join(import.meta.dirname, '..', '..', '..', 'shared', 'data', 'raw');
const PER_LANGUAGE = 1500;

interface Row {
  text: string;
  /** ISO 639-1; 'hi' rows of XLM-T are romanised Hindi (Latin script) */
  language: string;
  source: string;
}

const XLMT: Record<string, string> = { arabic: 'ar', french: 'fr', german: 'de', hindi: 'hi', italian: 'it', portuguese: 'pt', spanish: 'es' };

function lines(path: string): string[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}

async function rows(): Promise<Row[]> {
  const out: Row[] = [];
  for (const [folder, language] of Object.entries(XLMT)) {
    for (const split of ['train', 'val', 'test']) {
      for (const text of lines(join(RAW, 'xlmt_umsab_multilingual_tweets', 'data', 'sentiment', folder, `${split}_text.txt`)))
        out.push({ text, language, source: 'xlmt' });
    }
  }
  for (const split of ['val', 'test'])
    for (const text of lines(join(RAW, 'tweeteval', 'sentiment', `${split}_text.txt`))) out.push({ text, language: 'en', source: 'tweeteval_sentiment' });
  for (const [folder, language] of [
    ['en', 'en'],
    ['es', 'es'],
    ['gr', 'el'],
  ] as const) {
    for await (const r of csvFileRows(join(RAW, 'politicians_tweets_2021_en_es_gr', 'data', 'annotation', folder, `${folder}_combined.csv`))) {
      if (r.full_text) out.push({ text: r.full_text, language, source: 'politicians' });
    }
  }
  return out;
}

interface Tally {
  rows: number;
  correct: number;
  und: number;
  /** by the gate of an English-only model */
  read: number;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { half: { type: 'string', default: 'held-out' }, 'min-letters': { type: 'string' }, json: { type: 'boolean', default: false } },
  });
  const half = values.half === 'tune' ? 0 : 1;
  const minLetters = values['min-letters'] === undefined ? MIN_LETTERS : Number(values['min-letters']);
  const byLanguage = new Map<string, Row[]>();
  const seen = new Set<string>();
  for (const row of await rows()) {
    if (seen.has(row.text) || fnv1a(row.text) % 2 !== half) continue;
    seen.add(row.text);
    const list = byLanguage.get(row.language) ?? [];
    if (list.length < PER_LANGUAGE) list.push(row);
    byLanguage.set(row.language, list);
  }
  const tallies = new Map<string, Tally>();
  const confusions = new Map<string, Map<string, number>>();
  const start = performance.now();
  let n = 0;
  for (const [language, list] of [...byLanguage].sort()) {
    const t: Tally = { rows: 0, correct: 0, und: 0, read: 0 };
    const wrong = new Map<string, number>();
    for (const row of list) {
      const got = detectLanguage(row.text, minLetters);
      t.rows++;
      if (got === language) t.correct++;
      else wrong.set(got, (wrong.get(got) ?? 0) + 1);
      if (got === UNDETERMINED) t.und++;
      if (languageVerdict(row.text, ['en']).read) t.read++;
      n++;
    }
    tallies.set(language, t);
    confusions.set(language, wrong);
  }
  const ms = performance.now() - start;
  const all = [...tallies.values()].reduce((a, t) => ({ rows: a.rows + t.rows, correct: a.correct + t.correct, und: a.und + t.und, read: a.read + t.read }), {
    rows: 0,
    correct: 0,
    und: 0,
    read: 0,
  });
  if (values.json) {
    console.log(JSON.stringify({ half: values.half, minLetters, tallies: Object.fromEntries(tallies), all, msPerPost: ms / (2 * n) }, null, 1));
    return;
  }
  const pct = (a: number, b: number): string => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`;
  console.log(`half: ${values.half}, MIN_LETTERS ${minLetters}; ${(ms / (2 * n)).toFixed(3)} ms per post (detect + verdict)`);
  console.log('| language | rows | correct | und | read by an en-only model | top confusions |');
  console.log('| --- | ---: | ---: | ---: | ---: | --- |');
  for (const [language, t] of tallies) {
    const top = [...(confusions.get(language) ?? new Map<string, number>())]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([l, c]) => `${l} ${c}`)
      .join(', ');
    console.log(`| ${language} | ${t.rows} | ${pct(t.correct, t.rows)} | ${pct(t.und, t.rows)} | ${pct(t.read, t.rows)} | ${top} |`);
  }
  console.log(`| all | ${all.rows} | ${pct(all.correct, all.rows)} | ${pct(all.und, all.rows)} | | |`);
}

await main();
