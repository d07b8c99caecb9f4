// How much each head of the classifier counts in the thread score, from its AUC on sources it
// never saw (`threadlens eval --unseen`, MODEL_CARD.md "Sources never seen"). Dev AUCs on held-out
// rows of the training sources overstate what a head does on new operations, platforms and
// generators (0.89-0.96 on dev against 0.5-0.8 on unseen sources), so only the unseen figure
// counts. The rule (the issue's, #11 item 4): under 0.70 a head contributes nothing; from 0.70 it
// rises linearly to full weight at 0.85, the target AUC for a head to be trusted.
import type { ModelLabel, PostScores } from '../shared/report.ts';
import { MODEL_LABELS } from '../shared/report.ts';

export const HEAD_WEIGHT_RULE = { zeroBelow: 0.7, fullAt: 0.85 } as const;

export const HEAD_WEIGHT_RULE_TEXT = `weight 0 below AUC ${HEAD_WEIGHT_RULE.zeroBelow}, rising linearly to 1 at ${HEAD_WEIGHT_RULE.fullAt} (AUC on sources the model never saw)`;

/** The weight a head with this held-out AUC gets; null AUC (never measured) counts as 0. */
export function headWeight(auc: number | null): number {
  if (auc === null || !Number.isFinite(auc)) return 0;
  const { zeroBelow, fullAt } = HEAD_WEIGHT_RULE;
  const w = (auc - zeroBelow) / (fullAt - zeroBelow);
  return Math.round(Math.min(1, Math.max(0, w)) * 100) / 100;
}

export function headWeights(aucs: Readonly<Record<ModelLabel, number | null>>): PostScores {
  return Object.fromEntries(MODEL_LABELS.map((label) => [label, headWeight(aucs[label])])) as PostScores;
}
