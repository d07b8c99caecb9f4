// How much a classifier head counts in its signal: config.json threadlens.heads.weights, set from
// the head's AUC on sources the model never saw (src/classifier/head-weights.ts). A head weighted 0
// still reports what it flagged, for the debug view, but adds nothing to the thread score.
import type { ModelLabel, SignalReport } from '../shared/report.ts';
import type { SignalContext } from './signal.ts';
import { round3 } from './signal.ts';

export function modelHeadWeight(label: ModelLabel, ctx: SignalContext): number {
  const w = ctx.modelWeights?.[label];
  return w === undefined || !Number.isFinite(w) ? 1 : Math.min(1, Math.max(0, w));
}

/** The report with its score times the head's weight, and a word on it when the weight is below 1. */
export function weightedByHead(report: SignalReport, label: ModelLabel, ctx: SignalContext): SignalReport {
  const w = modelHeadWeight(label, ctx);
  if (w >= 1 || report.score === 0) return report;
  const note =
    w === 0
      ? 'Not counted: this model head was near chance on sources it never saw.'
      : `Counted at ${Math.round(w * 100)}%: this model head was weaker on sources it never saw.`;
  return { ...report, score: round3(report.score * w), summary: `${report.summary} ${note}` };
}
