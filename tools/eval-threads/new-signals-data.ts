// Data for evaluating talking-points and cross-thread-copies on real threads: the PHEME threads of
// ../shared/data/real-threads and the generated-text topics of ../shared/data/raw/authormimic_llm_tweets.
// The split is the eval-threads one (wip-eval's real-threads.ts, written down here so the two
// agree): FNV-1a 32-bit of `threadlens-real-split-2026-12:<rootId>`, charliehebdo threads with
// hash % 1000 < 500 tune and the rest held out; the whole germanwings-crash event is held out
// ("other-event"). Topics split by FNV-1a of `threadlens-generated-split-2026-12:<file:ID:model>`,
// even = tune. Made from ids alone, before any score was looked at.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Thread } from '../../src/shared/thread.ts';
import { validateThread } from '../../src/shared/validate-thread.ts';
import { nearDuplicateGroups } from '../../src/signals/near-duplicate-groups.ts';
import { normaliseText } from '../../src/signals/normalise-text.ts';
import { csvFileRows } from './csv-file-rows.ts';

export type Part = 'tune' | 'held-out' | 'other-event';

export function fnv32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export function realPart(event: string, rootId: string): Part {
  if (event !== 'charliehebdo') return 'other-event';
  return fnv32(`threadlens-real-split-2026-12:${rootId}`) % 1000 < 500 ? 'tune' : 'held-out';
}

export interface RealThread {
  file: string;
  part: Part;
  thread: Thread;
  start: number;
  /** just after the last post: when a reader opens it */
  now: number;
}

export async function loadRealThreads(dataDir: string): Promise<RealThread[]> {
  const dir = join(dataDir, 'real-threads');
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as { threads: { file: string; event: string; rootId: string }[] };
  const out: RealThread[] = [];
  for (const entry of manifest.threads) {
    const checked = validateThread(JSON.parse(await readFile(join(dir, entry.file), 'utf8')));
    if (!checked.ok) throw new Error(`${entry.file}: ${checked.error}`);
    const times = checked.value.posts.map((p) => Date.parse(p.createdAt ?? '')).filter((t) => !Number.isNaN(t));
    out.push({
      file: entry.file,
      part: realPart(entry.event, entry.rootId),
      thread: checked.value,
      start: Math.min(...times),
      now: Math.max(...times) + 60_000,
    });
  }
  return out.sort((a, b) => a.start - b.start || a.file.localeCompare(b.file));
}

export interface Topic {
  key: string;
  part: 'tune' | 'held-out';
  texts: string[];
}

/** The source's quirks out (mangled emoji as "??", Mixtral's wrapping quotes, numbered repeats). */
export function cleanGenerated(raw: string): string {
  let text = raw.trim();
  if (text.length >= 2 && text.startsWith('"') && text.endsWith('"')) text = text.slice(1, -1).trim();
  return text
    .replace(/^\d{1,2}\s+(?=[A-Z"'#@])/u, '')
    .replace(/\?{2,}/gu, '')
    .replace(/(^|\s)\?(?=\s|$)/gu, '$1')
    .replace(/\s{2,}/gu, ' ')
    .trim();
}

/** One topic = what one model wrote for one imitated user in one prompt setup; near-copies dropped. */
export async function loadTopics(dataDir: string, minTexts = 10): Promise<Topic[]> {
  const byKey = new Map<string, Map<string, string>>();
  for (const file of ['Prompt-01-Extraction.csv', 'Prompt-02-Extraction.csv', 'Prompt-03-Extraction.csv']) {
    for await (const row of csvFileRows(join(dataDir, 'raw/authormimic_llm_tweets', file))) {
      const model = (row.Author ?? '').trim();
      if (model === '' || model === 'Human') continue;
      const text = cleanGenerated(row.Tweet ?? '');
      const normalised = normaliseText(text);
      if (normalised.split(' ').length < 4) continue;
      const key = `${file}:${row.ID ?? ''}:${model}`;
      let texts = byKey.get(key);
      if (!texts) byKey.set(key, (texts = new Map()));
      if (!texts.has(normalised)) texts.set(normalised, text);
    }
  }
  const topics: Topic[] = [];
  for (const [key, texts] of byKey) {
    const normalised = [...texts.keys()];
    const dropped = new Set(nearDuplicateGroups(normalised, { minSimilarity: 0.6 }).flatMap((g) => g.slice(1)));
    const kept = normalised.filter((_, i) => !dropped.has(i)).map((n) => texts.get(n) ?? '');
    if (kept.length >= minTexts) topics.push({ key, part: fnv32(`threadlens-generated-split-2026-12:${key}`) % 2 === 0 ? 'tune' : 'held-out', texts: kept });
  }
  return topics.sort((a, b) => a.key.localeCompare(b.key));
}
