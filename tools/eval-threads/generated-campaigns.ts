// Generated-text campaigns: many accounts, each posting its own machine-written text on one topic.
// Source: ../shared/data/raw/authormimic_llm_tweets (22,205 tweets written by ten language models,
// 2024, each prompted to write like one real user). A topic is what one model wrote for one user in
// one prompt setup (file, ID, model): a set of tweets on one subject in different words, which is
// what a campaign of a fine-tuned model looks like. The human rows are left out.
//
// Quirks of the source (SOURCES-2.tsv) removed first, so that the evaluation measures the detectors
// and not the dataset: emoji mangled into runs of "?", Mixtral's wrapping double quotes, and
// re-numbered repeats ("2 Every relationship is a gift."). Texts that are near-copies of another in
// the topic are dropped: these campaigns must have different words per account.
import { join } from 'node:path';
import { nearDuplicateGroups } from '../../src/signals/near-duplicate-groups.ts';
import { normaliseText } from '../../src/signals/normalise-text.ts';
import { csvFileRows } from './csv-file-rows.ts';
import { stableHash } from './seeded-random.ts';

export const GENERATED_FILES = ['Prompt-01-Extraction.csv', 'Prompt-02-Extraction.csv', 'Prompt-03-Extraction.csv'] as const;
/** topics with fewer distinct texts cannot make a 10-account campaign */
export const MIN_TOPIC_TEXTS = 10;

export interface GeneratedTopic {
  /** file:ID:model */
  key: string;
  model: string;
  texts: string[];
}

export function cleanGeneratedText(raw: string): string {
  let text = raw.trim();
  if (text.length >= 2 && text.startsWith('"') && text.endsWith('"')) text = text.slice(1, -1).trim();
  return text
    .replace(/^\d{1,2}\s+(?=[A-Z"'#@])/u, '')
    .replace(/\?{2,}/gu, '')
    .replace(/(^|\s)\?(?=\s|$)/gu, '$1')
    .replace(/\s{2,}/gu, ' ')
    .trim();
}

export async function loadGeneratedTopics(dataDir: string): Promise<GeneratedTopic[]> {
  const byKey = new Map<string, { model: string; texts: Map<string, string> }>();
  for (const file of GENERATED_FILES) {
    for await (const row of csvFileRows(join(dataDir, 'raw/authormimic_llm_tweets', file))) {
      const model = (row.Author ?? '').trim();
      if (model === '' || model === 'Human') continue;
      const text = cleanGeneratedText(row.Tweet ?? '');
      const normalised = normaliseText(text);
      if (normalised.split(' ').length < 4) continue;
      const key = `${file}:${row.ID ?? ''}:${model}`;
      let topic = byKey.get(key);
      if (!topic) byKey.set(key, (topic = { model, texts: new Map() }));
      if (!topic.texts.has(normalised)) topic.texts.set(normalised, text);
    }
  }
  const topics: GeneratedTopic[] = [];
  for (const [key, { model, texts }] of byKey) {
    const normalised = [...texts.keys()];
    const dropped = new Set(nearDuplicateGroups(normalised, { minSimilarity: 0.6 }).flatMap((g) => g.slice(1)));
    const kept = normalised.filter((_, i) => !dropped.has(i)).map((n) => texts.get(n) ?? '');
    if (kept.length >= MIN_TOPIC_TEXTS) topics.push({ key, model, texts: kept });
  }
  return topics.sort((a, b) => a.key.localeCompare(b.key));
}

/** Topics are split by a hash of their key, like the threads: half tune, half held out. */
export function generatedTopicPart(topic: GeneratedTopic): 'tune' | 'held-out' {
  return stableHash(`threadlens-generated-split-2026-12:${topic.key}`) % 2 === 0 ? 'tune' : 'held-out';
}
