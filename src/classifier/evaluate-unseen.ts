// `threadlens eval --unseen FILE`: the shipped model on sources it never saw, the figures each
// head's weight follows from (head-weights.ts). FILE is written by
// `python3 models/pipeline/sources2.py --export FILE` from ../shared/data/raw (the SOURCES-2
// sources, quirks neutralised, at most `--cap` rows per source part and label; columns source,
// part, label, language, everyday, text).
// Posts go through the language gate as in the product: rows the heads do not read (language)
// are counted, not scored. Per source and head: AUC of its positives against its own ordinary
// rows (same platform and topic: the harder test) and against the everyday ordinary pool
// (ordinary rows of everyday platforms: Reddit, tweets, Wikipedia talk, YouTube; the source's own
// rows left out). A head's held-out AUC is the mean over its sources of the latter (each source
// counts once, however many rows it has), the figure the weight rule reads. A source with fewer
// than MIN_POSITIVES read positives (most of its rows in a language the heads do not read) is
// listed but left out of that mean: ten Arabic spam tweets that slipped through the gate say
// nothing about the head.
import type { ModelLabel, PostScores } from '../shared/report.ts';
import { MODEL_LABELS } from '../shared/report.ts';
import type { Classifier } from './classifier.ts';
import { readCsvObjects } from './evaluate.ts';
import { headWeight } from './head-weights.ts';
import { auc, rateAtOrAbove } from './metrics.ts';

export interface UnseenSourceHead {
  source: string;
  head: ModelLabel;
  /** rows of the source read by the heads (after the language gate) */
  positives: number;
  ownNegatives: number;
  aucOwn: number | null;
  aucEveryday: number | null;
  recall: number | null;
}

export interface UnseenOrdinarySource {
  source: string;
  rows: number;
  flagRate: number | null;
  flagRateByLabel: Partial<Record<ModelLabel, number | null>>;
}

export interface UnseenReport {
  file: string;
  rows: number;
  notRead: number;
  notReadBySource: Record<string, number>;
  sources: UnseenSourceHead[];
  heads: Partial<Record<ModelLabel, { sources: number; auc: number | null; aucOwnMean: number | null; weight: number }>>;
  everyday: { rows: number; flagRate: number | null; flagRateByLabel: Partial<Record<ModelLabel, number | null>>; sources: UnseenOrdinarySource[] };
}

interface Scored {
  source: string;
  label: string;
  everyday: boolean;
  scores: PostScores;
}

export const MIN_POSITIVES = 50;

const mean = (xs: readonly (number | null)[]): number | null => {
  const ok = xs.filter((x): x is number => x !== null);
  return ok.length === 0 ? null : ok.reduce((a, b) => a + b, 0) / ok.length;
};

function flagRates(rows: readonly Scored[], classifier: Classifier): Pick<UnseenOrdinarySource, 'flagRate' | 'flagRateByLabel'> {
  const byLabel: Partial<Record<ModelLabel, number | null>> = {};
  for (const label of MODEL_LABELS)
    byLabel[label] = rateAtOrAbove(
      rows.map((r) => r.scores[label]),
      classifier.thresholds[label],
    );
  return {
    flagRate: rateAtOrAbove(
      rows.map((r) => (classifier.flagged(r.scores).length > 0 ? 1 : 0)),
      1,
    ),
    flagRateByLabel: byLabel,
  };
}

/** Per head: the mean over its sources (each with at least MIN_POSITIVES read positives) of the AUC against everyday posts, and the weight it earns. */
function headSummary(sources: readonly UnseenSourceHead[]): UnseenReport['heads'] {
  const heads: UnseenReport['heads'] = {};
  for (const head of MODEL_LABELS) {
    const mine = sources.filter((s) => s.head === head && s.positives >= MIN_POSITIVES);
    if (mine.length === 0) continue;
    const a = mean(mine.map((s) => s.aucEveryday));
    // The weight follows from the AUC as config.json records it (3 decimals), so the two always agree.
    heads[head] = {
      sources: mine.length,
      auc: a,
      aucOwnMean: mean(mine.map((s) => s.aucOwn)),
      weight: headWeight(a === null ? null : Math.round(a * 1000) / 1000),
    };
  }
  return heads;
}

/** A leave-sources-out group: the model trained without the group's sources, scored on them. */
export interface LosoGroup {
  name: string;
  report: UnseenReport;
}

export interface LosoReport {
  groups: LosoGroup[];
  /** every group's sources together: each source counts once, scored by the model that never saw it */
  heads: UnseenReport['heads'];
  /** everyday ordinary rows of all groups, each flagged at its own model's thresholds */
  everyday: { rows: number; flagRate: number | null };
}

export function combineLoso(groups: readonly LosoGroup[]): LosoReport {
  const rows = groups.reduce((n, g) => n + g.report.everyday.rows, 0);
  const flagged = groups.reduce((n, g) => n + (g.report.everyday.flagRate ?? 0) * g.report.everyday.rows, 0);
  return {
    groups: [...groups],
    heads: headSummary(groups.flatMap((g) => g.report.sources)),
    everyday: { rows, flagRate: rows === 0 ? null : flagged / rows },
  };
}

export async function evaluateUnseen(classifier: Classifier, file: string): Promise<UnseenReport> {
  const rows = await readCsvObjects(file);
  const readings = await classifier.readPosts(rows.map((r) => r.text ?? ''));
  const scored: Scored[] = [];
  const notReadBySource: Record<string, number> = {};
  readings.forEach((reading, i) => {
    const row = rows[i];
    if (!row) return;
    const source = row.source ?? '';
    if (!reading.read) notReadBySource[source] = (notReadBySource[source] ?? 0) + 1;
    else scored.push({ source, label: row.label ?? '', everyday: row.everyday === '1', scores: reading.scores });
  });
  const sourceNames = [...new Set(scored.map((r) => r.source))].sort();
  const sources: UnseenSourceHead[] = [];
  for (const head of MODEL_LABELS) {
    for (const source of sourceNames) {
      const pos = scored.filter((r) => r.source === source && r.label === head).map((r) => r.scores[head]);
      if (pos.length === 0) continue;
      const own = scored.filter((r) => r.source === source && r.label === 'ordinary').map((r) => r.scores[head]);
      const everyday = scored.filter((r) => r.everyday && r.label === 'ordinary' && r.source !== source).map((r) => r.scores[head]);
      sources.push({
        source,
        head,
        positives: pos.length,
        ownNegatives: own.length,
        aucOwn: auc(pos, own),
        aucEveryday: auc(pos, everyday),
        recall: rateAtOrAbove(pos, classifier.thresholds[head]),
      });
    }
  }
  const heads = headSummary(sources);
  const everydayRows = scored.filter((r) => r.everyday && r.label === 'ordinary');
  const everydaySources = [...new Set(everydayRows.map((r) => r.source))].sort();
  return {
    file,
    rows: rows.length,
    notRead: Object.values(notReadBySource).reduce((a, b) => a + b, 0),
    notReadBySource,
    sources,
    heads,
    everyday: {
      rows: everydayRows.length,
      ...flagRates(everydayRows, classifier),
      sources: everydaySources.map((source) => {
        const own = everydayRows.filter((r) => r.source === source);
        return { source, rows: own.length, ...flagRates(own, classifier) };
      }),
    },
  };
}
