// What `threadlens eval` measures, on files read in place from ../shared/data:
// - dev.csv (sources seen in training, held-out rows): per label AUC against the ordinary rows,
//   F1 at the shipped threshold over that label's rows plus the ordinary rows, and per source;
// - the held-out SemEval articles for propaganda (models/<id>/eval-split.json names them);
// - ordinary tweets no training run saw (TweetEval irony+emotion picked the thresholds,
//   TweetEval sentiment checks them): the share flagged.
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ModelLabel, PostScores } from '../shared/report.ts';
import { MODEL_LABELS } from '../shared/report.ts';
import type { Classifier } from './classifier.ts';
import { csvRecords } from '../shared/csv-records.ts';
import { textChunks } from './input/text-chunks.ts';
import type { Detection } from './metrics.ts';
import { auc, detection, rateAtOrAbove } from './metrics.ts';

/** dev.csv's labels and the head that should fire on them; `ordinary` rows are negatives for all. */
const DEV_LABELS: Readonly<Record<string, ModelLabel | null>> = {
  influence_op: 'inauthentic',
  bot_spam: 'inauthentic',
  toxic: 'toxic',
  machine_generated: 'machine_generated',
  ordinary: null,
};

export interface LabelMetrics extends Detection {
  auc: number | null;
  positives: number;
  negatives: number;
}

export interface SourceMetrics {
  source: string;
  rows: number;
  /** for a source of positives: the head that should fire, its AUC against all ordinary rows and its recall */
  label?: ModelLabel;
  auc?: number | null;
  recall?: number | null;
  /** for an ordinary source: the share flagged by any label, and by each */
  flagRate?: number | null;
  flagRateByLabel?: Partial<Record<ModelLabel, number | null>>;
}

export interface OrdinarySet {
  name: string;
  rows: number;
  flagRate: number | null;
  flagRateByLabel: Partial<Record<ModelLabel, number | null>>;
}

export interface EvalReport {
  model: { id: string; version: string };
  thresholds: PostScores;
  dev: { file: string; rows: number; labels: Partial<Record<ModelLabel, LabelMetrics>>; ordinaryFlagRate: number | null; sources: SourceMetrics[] };
  propaganda: { file: string; heldoutArticles: string[]; sentences: number; metrics: LabelMetrics };
  unseenOrdinary: OrdinarySet[];
}

export async function readCsvObjects(path: string): Promise<Record<string, string>[]> {
  const out: Record<string, string>[] = [];
  let header: string[] | null = null;
  for await (const record of csvRecords(textChunks(createReadStream(path)))) {
    if (!record.fields.ok) throw new Error(`${path}: line ${record.line}: ${record.fields.error}`);
    if (header === null) {
      header = record.fields.value;
      continue;
    }
    const row: Record<string, string> = {};
    header.forEach((name, i) => (row[name] = record.fields.ok ? (record.fields.value[i] ?? '') : ''));
    out.push(row);
  }
  return out;
}

async function readLines(path: string): Promise<string[]> {
  return (await readFile(path, 'utf8')).split('\n').filter((line, i, all) => line !== '' || i < all.length - 1);
}

function labelMetrics(positives: number[], negatives: number[], cut: number): LabelMetrics {
  return { auc: auc(positives, negatives), ...detection(positives, negatives, cut), positives: positives.length, negatives: negatives.length };
}

function flagRates(scores: PostScores[], classifier: Classifier): Pick<OrdinarySet, 'flagRate' | 'flagRateByLabel'> {
  const byLabel: Partial<Record<ModelLabel, number | null>> = {};
  for (const label of MODEL_LABELS)
    byLabel[label] = rateAtOrAbove(
      scores.map((s) => s[label]),
      classifier.thresholds[label],
    );
  const anyFlag = scores.map((s) => (classifier.flagged(s).length > 0 ? 1 : 0));
  return { flagRate: rateAtOrAbove(anyFlag, 1), flagRateByLabel: byLabel };
}

async function evaluateDev(classifier: Classifier, dataDir: string, limit: number): Promise<EvalReport['dev']> {
  const file = join(dataDir, 'corpora', 'dev.csv');
  const rows = spread(await readCsvObjects(file), limit);
  const scores = await classifier.score(rows.map((r) => r.text ?? ''));
  const ordinary = scores.filter((_, i) => rows[i]?.label === 'ordinary');
  const labels: Partial<Record<ModelLabel, LabelMetrics>> = {};
  for (const label of MODEL_LABELS) {
    const positives = scores.filter((_, i) => DEV_LABELS[rows[i]?.label ?? ''] === label).map((s) => s[label]);
    if (positives.length > 0)
      labels[label] = labelMetrics(
        positives,
        ordinary.map((s) => s[label]),
        classifier.thresholds[label],
      );
  }
  const bySource = new Map<string, number[]>();
  rows.forEach((r, i) => {
    const list = bySource.get(r.source ?? '');
    if (list) list.push(i);
    else bySource.set(r.source ?? '', [i]);
  });
  const sources: SourceMetrics[] = [];
  for (const [source, indices] of [...bySource].sort((a, b) => a[0].localeCompare(b[0]))) {
    const label = DEV_LABELS[rows[indices[0] ?? 0]?.label ?? ''] ?? null;
    const own = indices.map((i) => scores[i]).filter((s): s is PostScores => s !== undefined);
    if (label === null) {
      sources.push({ source, rows: own.length, ...flagRates(own, classifier) });
    } else {
      const pos = own.map((s) => s[label]);
      sources.push({
        source,
        rows: own.length,
        label,
        auc: auc(
          pos,
          ordinary.map((s) => s[label]),
        ),
        recall: rateAtOrAbove(pos, classifier.thresholds[label]),
      });
    }
  }
  return { file, rows: rows.length, labels, ordinaryFlagRate: flagRates(ordinary, classifier).flagRate, sources };
}

async function evaluatePropaganda(classifier: Classifier, dataDir: string, heldoutArticles: string[], limit: number): Promise<EvalReport['propaganda']> {
  const file = join(dataDir, 'corpora', 'propaganda-sentences.csv');
  const held = new Set(heldoutArticles);
  const rows = spread(
    (await readCsvObjects(file)).filter((r) => held.has(r.article_id ?? '')),
    limit,
  );
  const scores = (await classifier.score(rows.map((r) => r.text ?? ''))).map((s) => s.propaganda);
  const pos = scores.filter((_, i) => rows[i]?.propaganda === '1');
  const neg = scores.filter((_, i) => rows[i]?.propaganda === '0');
  return { file, heldoutArticles, sentences: rows.length, metrics: labelMetrics(pos, neg, classifier.thresholds.propaganda) };
}

async function evaluateOrdinary(classifier: Classifier, dataDir: string, limit: number): Promise<OrdinarySet[]> {
  const dir = join(dataDir, 'raw', 'tweeteval');
  const sets: [string, string[]][] = [
    [
      'tweeteval irony+emotion train/val/test (picked the thresholds)',
      ['irony', 'emotion'].flatMap((t) => ['train', 'val', 'test'].map((s) => join(dir, t, `${s}_text.txt`))),
    ],
    ['tweeteval sentiment val/test (checks them)', ['val', 'test'].map((s) => join(dir, 'sentiment', `${s}_text.txt`))],
  ];
  const out: OrdinarySet[] = [];
  for (const [name, files] of sets) {
    const texts = spread((await Promise.all(files.map(readLines))).flat(), limit);
    out.push({ name, rows: texts.length, ...flagRates(await classifier.score(texts), classifier) });
  }
  return out;
}

/** At most `limit` items spread evenly over the list (every k-th), so a quick run still sees every source. */
function spread<T>(items: T[], limit: number): T[] {
  if (items.length <= limit) return items;
  const step = items.length / limit;
  return Array.from({ length: limit }, (_, i) => items[Math.floor(i * step)] as T);
}

/**
 * Runs every measurement; `heldoutArticles` comes from the model folder's eval-split.json.
 * `limit` caps the rows of each set, for quick checks of the command; the quoted figures use all rows.
 */
export async function evaluate(classifier: Classifier, dataDir: string, heldoutArticles: string[], limit = Infinity): Promise<EvalReport> {
  return {
    model: classifier.info,
    thresholds: classifier.thresholds,
    dev: await evaluateDev(classifier, dataDir, limit),
    propaganda: await evaluatePropaganda(classifier, dataDir, heldoutArticles, limit),
    unseenOrdinary: await evaluateOrdinary(classifier, dataDir, limit),
  };
}
