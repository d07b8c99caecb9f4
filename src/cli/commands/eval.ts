// `threadlens eval`: the shipped model's metrics on the development data in ../shared/data
// (what each figure means: src/classifier/evaluate.ts). Every dev figure in the model card comes from here.
import { access, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Command } from '../command.ts';
import { inputError, UsageError } from '../errors.ts';
import { parseJson } from '../io.ts';
import type { EvalReport, LabelMetrics } from '../../classifier/evaluate.ts';
import { evaluate } from '../../classifier/evaluate.ts';
import { loadNodeClassifier, REPO_ROOT, SHIPPED_MODEL_DIR } from '../../classifier/node-classifier.ts';
import type { LosoGroup, LosoReport, UnseenReport } from '../../classifier/evaluate-unseen.ts';
import { combineLoso, evaluateUnseen, MIN_POSITIVES } from '../../classifier/evaluate-unseen.ts';
import { isObject } from '../../shared/json-value.ts';
import { HEAD_WEIGHT_RULE_TEXT, headWeights } from '../../classifier/head-weights.ts';
import type { ModelLabel } from '../../shared/report.ts';
import { MODEL_LABELS } from '../../shared/report.ts';
import { writeFile } from 'node:fs/promises';

const USAGE = 'threadlens eval [--json] [--model DIR] [--dtype q8|fp32] [--data DIR] [--limit N] [--unseen FILE.csv | --loso GROUPS.json] [--write-weights]';
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

export function formatUnseen(u: UnseenReport): string {
  const lines = ['', `sources never seen: ${u.file} (${u.rows} rows; ${u.notRead} not read: language)`];
  lines.push(
    '| head | source | positives | own ordinary | AUC vs own ordinary | AUC vs everyday ordinary | recall at threshold |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const s of u.sources)
    lines.push(`| ${s.head} | ${s.source} | ${s.positives} | ${s.ownNegatives} | ${num(s.aucOwn)} | ${num(s.aucEveryday)} | ${pct(s.recall)} |`);
  lines.push('', ...headTable(u.heads));
  const by = (x: Partial<Record<string, number | null>>): string =>
    Object.entries(x)
      .map(([k, v]) => `${k} ${pct(v)}`)
      .join(', ');
  lines.push(
    '',
    `everyday ordinary posts (other platforms), flagged at the shipped thresholds: ${u.everyday.rows} rows, ${pct(u.everyday.flagRate)} (${by(u.everyday.flagRateByLabel)})`,
  );
  for (const s of u.everyday.sources)
    lines.push(`  ${s.source.padEnd(34)} ${String(s.rows).padStart(5)} rows  flagged ${pct(s.flagRate)} (${by(s.flagRateByLabel)})`);
  const notRead = Object.entries(u.notReadBySource)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  if (notRead) lines.push(`  not read (language): ${notRead}`);
  return `${lines.join('\n')}\n`;
}

function headTable(heads: UnseenReport['heads']): string[] {
  const lines = [
    `| head | sources (with at least ${MIN_POSITIVES} read positives) | held-out AUC (mean vs everyday) | mean AUC vs own ordinary | weight |`,
    '| --- | ---: | ---: | ---: | ---: |',
  ];
  for (const [head, h] of Object.entries(heads)) lines.push(`| ${head} | ${h.sources} | ${num(h.auc)} | ${num(h.aucOwnMean)} | ${h.weight} |`);
  return lines;
}

export function formatLoso(l: LosoReport): string {
  const parts = l.groups.map((g) => `\nleave-sources-out group ${g.name}:${formatUnseen(g.report)}`);
  const lines = ['', `leave-sources-out, all ${l.groups.length} groups (each source scored by the model trained without its group):`, ...headTable(l.heads)];
  lines.push(`everyday ordinary posts flagged, each group at its model's thresholds: ${l.everyday.rows} rows, ${pct(l.everyday.flagRate)}`);
  return `${parts.join('')}${lines.join('\n')}\n`;
}

/** GROUPS.json: {"groups": [{"name", "model": DIR, "unseen": FILE.csv}]}, paths relative to the file. */
export async function readLosoManifest(file: string): Promise<{ name: string; model: string; unseen: string }[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw inputError(file, 'not found (written by make -C models loso-weights)');
  }
  const value = parseJson(text, file);
  const groups = isObject(value) ? value.groups : undefined;
  if (!Array.isArray(groups) || groups.length === 0) throw inputError(file, 'has no "groups" list');
  return groups.map((g, i) => {
    if (!isObject(g) || typeof g.name !== 'string' || typeof g.model !== 'string' || typeof g.unseen !== 'string')
      throw inputError(file, `group ${i} needs "name", "model" and "unseen" strings`);
    return { name: g.name, model: resolve(dirname(file), g.model), unseen: resolve(dirname(file), g.unseen) };
  });
}

/** The held-out AUC each head's weight follows from: unseen sources, or (propaganda, which none of them label) the held-out articles. */
function heldOutAucs(report: EvalReport, unseen: Pick<UnseenReport, 'heads'>): Record<ModelLabel, number | null> {
  return Object.fromEntries(
    MODEL_LABELS.map((label) => [label, unseen.heads[label]?.auc ?? (label === 'propaganda' ? report.propaganda.metrics.auc : null)]),
  ) as Record<ModelLabel, number | null>;
}

/** Writes the weights and the AUCs they came from into the model folder's config.json (threadlens.heads). */
async function writeWeights(modelDir: string, report: EvalReport, unseen: Pick<UnseenReport, 'heads'>, measuredOn: string): Promise<void> {
  const file = join(modelDir, 'config.json');
  const config = parseJson(await readFile(file, 'utf8'), file) as { threadlens: Record<string, unknown> };
  const aucs = heldOutAucs(report, unseen);
  const round = (x: number | null): number | null => (x === null ? null : Math.round(x * 1000) / 1000);
  config.threadlens.heads = {
    rule: HEAD_WEIGHT_RULE_TEXT,
    measuredOn,
    heldOutAuc: Object.fromEntries(MODEL_LABELS.map((l) => [l, round(aucs[l])])),
    weights: headWeights(Object.fromEntries(MODEL_LABELS.map((l) => [l, round(aucs[l])])) as Record<ModelLabel, number | null>),
  };
  await writeFile(file, `${JSON.stringify(config, null, 1)}\n`);
}

export function formatReport(r: EvalReport): string {
  const lines = [
    `model ${r.model.id} ${r.model.version}; thresholds ${JSON.stringify(r.thresholds)}`,
    '',
    `dev: ${r.dev.file} (${r.dev.rows} rows; negatives = the ordinary rows)`,
  ];
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
    const by = Object.entries(o.flagRateByLabel)
      .map(([k, v]) => `${k} ${pct(v)}`)
      .join(', ');
    lines.push(`  ${o.name}: ${o.rows} rows, flagged ${pct(o.flagRate)} (${by})`);
  }
  return `${lines.join('\n')}\n`;
}

async function evaluateGroups(groups: readonly { name: string; model: string; unseen: string }[]): Promise<LosoGroup[]> {
  const out: LosoGroup[] = [];
  for (const group of groups) {
    const classifier = await loadNodeClassifier(group.model, { threads: 1 });
    try {
      out.push({ name: group.name, report: await evaluateUnseen(classifier, group.unseen) });
    } finally {
      await classifier.dispose();
    }
  }
  return out;
}

export const command: Command = {
  spec: { name: 'eval', usage: USAGE, values: ['model', 'dtype', 'data', 'limit', 'unseen', 'loso'], flags: ['json', 'write-weights'], positionals: [0, 0] },
  async run(args, io) {
    const modelDir = args.values.model ?? SHIPPED_MODEL_DIR;
    const dataDir = args.values.data ?? DEFAULT_DATA_DIR;
    const dtype = args.values.dtype ?? 'q8';
    if (dtype !== 'q8' && dtype !== 'fp32') throw new UsageError(`--dtype must be q8 or fp32. Usage: ${USAGE}`);
    const limit = args.values.limit === undefined ? Infinity : Number(args.values.limit);
    if (limit !== Infinity && !(limit >= 1 && Number.isInteger(limit)))
      throw new UsageError(`--limit must be a positive integer (rows per set). Usage: ${USAGE}`);
    try {
      await access(join(dataDir, 'corpora', 'dev.csv'));
    } catch {
      throw inputError(join(dataDir, 'corpora', 'dev.csv'), 'not found (the development data lives in ../shared/data; --data DIR points elsewhere)');
    }
    const unseenFile = args.values.unseen;
    const losoFile = args.values.loso;
    if (unseenFile !== undefined && losoFile !== undefined) throw new UsageError(`--unseen and --loso exclude each other. Usage: ${USAGE}`);
    if (args.flags.has('write-weights') && unseenFile === undefined && losoFile === undefined)
      throw new UsageError(`--write-weights needs --unseen FILE or --loso GROUPS.json. Usage: ${USAGE}`);
    if (args.flags.has('write-weights') && limit !== Infinity) throw new UsageError(`--write-weights measures every row: drop --limit. Usage: ${USAGE}`);
    if (unseenFile !== undefined) {
      try {
        await access(unseenFile);
      } catch {
        throw inputError(unseenFile, 'not found (write it with: python3 models/pipeline/sources2.py --export FILE)');
      }
    }
    const loso = losoFile === undefined ? undefined : await readLosoManifest(losoFile);
    for (const file of loso?.map((g) => g.unseen) ?? []) {
      try {
        await access(file);
      } catch {
        throw inputError(file, 'not found (write it with: python3 models/pipeline/sources2.py --export FILE --group G)');
      }
    }
    const articles = await heldoutArticles(modelDir);
    const classifier = await loadNodeClassifier(modelDir, { dtype, threads: 1 });
    try {
      const report = await evaluate(classifier, dataDir, articles, limit);
      const unseen = unseenFile === undefined ? undefined : await evaluateUnseen(classifier, unseenFile);
      const losoReport = loso === undefined ? undefined : combineLoso(await evaluateGroups(loso));
      if (args.flags.has('json'))
        await io.stdout(`${JSON.stringify({ ...report, ...(unseen ? { unseen } : {}), ...(losoReport ? { loso: losoReport } : {}) }, null, 1)}\n`);
      else await io.stdout(formatReport(report) + (unseen ? formatUnseen(unseen) : '') + (losoReport ? formatLoso(losoReport) : ''));
      if (args.flags.has('write-weights')) {
        if (unseen)
          await writeWeights(
            modelDir,
            report,
            unseen,
            'threadlens eval --unseen (models/pipeline/sources2.py --export); propaganda: held-out SemEval articles',
          );
        if (losoReport)
          await writeWeights(
            modelDir,
            report,
            losoReport,
            `threadlens eval --loso: groups ${losoReport.groups.map((g) => g.name).join(', ')} of SOURCES-2, each scored by the model trained without it; propaganda: held-out SemEval articles`,
          );
      }
    } finally {
      await classifier.dispose();
    }
    return 0;
  },
};
