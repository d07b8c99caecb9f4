// Plain metrics for `threadlens eval`, the same definitions as models/pipeline/train.py.

/** Area under the ROC curve with ties counted half; null without both classes. */
export function auc(positives: readonly number[], negatives: readonly number[]): number | null {
  if (positives.length === 0 || negatives.length === 0) return null;
  const ranked = [...positives.map((s) => [s, 1] as const), ...negatives.map((s) => [s, 0] as const)].sort((a, b) => a[0] - b[0]);
  let rankSum = 0;
  for (let i = 0; i < ranked.length;) {
    let j = i;
    let pos = 0;
    while (j < ranked.length && ranked[j]?.[0] === ranked[i]?.[0]) pos += ranked[j++]?.[1] ?? 0;
    rankSum += pos * ((i + 1 + j) / 2);
    i = j;
  }
  const n = positives.length;
  return (rankSum - (n * (n + 1)) / 2) / (n * negatives.length);
}

/** Share of scores at or above the cut; null for an empty list. */
export function rateAtOrAbove(scores: readonly number[], cut: number): number | null {
  if (scores.length === 0) return null;
  return scores.filter((s) => s >= cut).length / scores.length;
}

export interface Detection {
  precision: number | null;
  recall: number | null;
  f1: number | null;
  /** share of negatives at or above the cut */
  fpr: number | null;
}

/** Precision, recall, F1 and false-positive rate of `score >= cut`. */
export function detection(positives: readonly number[], negatives: readonly number[], cut: number): Detection {
  const tp = positives.filter((s) => s >= cut).length;
  const fp = negatives.filter((s) => s >= cut).length;
  const precision = tp + fp === 0 ? null : tp / (tp + fp);
  const recall = positives.length === 0 ? null : tp / positives.length;
  const f1 = precision === null || recall === null || precision + recall === 0 ? null : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, fpr: rateAtOrAbove(negatives, cut) };
}
