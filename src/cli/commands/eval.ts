// `threadlens eval`: the shipped model's metrics on the development data in ../shared/data
// (what each figure means: src/classifier/evaluate.ts). Every dev figure in the model card comes from here.
import { access, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Command } from '../command.ts';
import { inputError, UsageError } from '../errors.ts';
import { parseJson } from '../io.ts';
import type { EvalReport, LabelMetrics } from '../../classifier/evaluate.ts';
import { evaluate } from '../../classifier/evaluate.ts';
import { loadNodeClassifier, REPO_ROOT, SHIPPED_MODEL_DIR } from '../../classifier/node-classifier.ts';

const USAGE = 'threadlens eval [--json] [--model DIR] [--dtype q8|fp32] [--data DIR] [--limit N]';
export const DEFAULT_DATA_DIR = resolve(REPO_ROOT, '..', 'shared', 'data');

async function heldoutArticles(modelDir: string): Promise<string[]> {
  const file = join(modelDir, 'eval-split.json');
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw inputError(file, 'model file missing (it names the held-out propaganda articles)');
  }
  const value = parseJson(text, file) as { propaganda_heldout_articles?: unknown };
  const list = value.propaganda_heldout_articles;
  if (!Array.isArray(list) || !list.every((a): a is string => typeof a === 'string')) {
    throw inputError(file, 'has no propaganda_heldout_articles list');
  }
  return list;
}

const pct = (x: number | null | undefined): string => (x === null || x === undefined ? 'n/a' : `${(x * 100).toFixed(1)}%`);
const num = (x: number | null | undefined): string => (x === null || x === undefined ? 'n/a' : x.toFixed(3));

function labelLine(name: string, m: LabelMetrics): string {
  return `  ${name.padEnd(18)} AUC ${num(m.auc)}  F1 ${num(m.f1)}  precision ${num(m.precision)}  recall ${pct(m.recall)}  FPR ${pct(m.fpr)}  (${m.positives} pos / ${m.negatives} neg)`;
}

export function formatReport(r: EvalReport): string {
  const lines = [`model ${r.model.id} ${r.model.version}; thresholds ${JSON.stringify(r.thresholds)}`, '', `dev: ${r.dev.file} (${r.dev.rows} rows; negatives = the ordinary rows)`];
  for (const [label, m] of Object.entries(r.dev.labels)) lines.push(labelLine(label, m));
  lines.push(`  ordinary rows flagged by any label: ${pct(r.dev.ordinaryFlagRate)}`, '', 'dev by source:');
  for (const s of r.dev.sources) {
    lines.push(
      s.label
        ? `  ${s.source.padEnd(28)} ${String(s.rows).padStart(5)} rows  ${s.label}: AUC ${num(s.auc)} recall ${pct(s.recall)}`
        : `  ${s.source.padEnd(28)} ${String(s.rows).padStart(5)} rows  ordinary: flagged ${pct(s.flagRate)}`,
    );
  }
  const p = r.propaganda;
  lines.push('', `propaganda: ${p.file}, ${p.sentences} sentences of ${p.heldoutArticles.length} held-out articles (${p.heldoutArticles.join(' ')})`);
  lines.push(labelLine('propaganda', p.metrics), '', 'ordinary tweets from sources no training run saw:');
  for (const o of r.unseenOrdinary) {
    const by = Object.entries(o.flagRateByLabel).map(([k, v]) => `${k} ${pct(v)}`).join(', ');
    lines.push(`  ${o.name}: ${o.rows} rows, flagged ${pct(o.flagRate)} (${by})`);
  }
  return `${lines.join('\n')}\n`;
}

export const command: Command = {
  spec: { name: 'eval', usage: USAGE, values: ['model', 'dtype', 'data', 'limit'], flags: ['json'], positionals: [0, 0] },
  async run(args, io) {
    const modelDir = args.values.model ?? SHIPPED_MODEL_DIR;
    const dataDir = args.values.data ?? DEFAULT_DATA_DIR;
    const dtype = args.values.dtype ?? 'q8';
    if (dtype !== 'q8' && dtype !== 'fp32') throw new UsageError(`--dtype must be q8 or fp32. Usage: ${USAGE}`);
    const limit = args.values.limit === undefined ? Infinity : Number(args.values.limit);
    if (limit !== Infinity && !(limit >= 1 && Number.isInteger(limit))) throw new UsageError(`--limit must be a positive integer (rows per set). Usage: ${USAGE}`);
    try {
      await access(join(dataDir, 'corpora', 'dev.csv'));
    } catch {
      throw inputError(join(dataDir, 'corpora', 'dev.csv'), 'not found (the development data lives in ../shared/data; --data DIR points elsewhere)');
    }
    const articles = await heldoutArticles(modelDir);
    const classifier = await loadNodeClassifier(modelDir, { dtype, threads: 1 });
    try {
      const report = await evaluate(classifier, dataDir, articles, limit);
      await io.stdout(args.flags.has('json') ? `${JSON.stringify(report, null, 1)}\n` : formatReport(report));
    } finally {
      await classifier.dispose();
    }
    return 0;
  },
};
