// What the options page says about a classifier head that counts less than fully by default: its
// weight and the held-out AUC it follows from, read from the shipped model's config.json (bundled,
// so the note shows even before the model has loaded). Rule: src/classifier/head-weights.ts.
import shipped from '../../../models/threadlens-mini/config.json';
import { HEAD_WEIGHT_RULE } from '../../classifier/head-weights.ts';
import type { ModelLabel } from '../../shared/report.ts';

const HEAD_OF: Partial<Record<string, ModelLabel>> = {
  'inauthentic-style': 'inauthentic',
  'toxic-language': 'toxic',
  'machine-generated': 'machine_generated',
  'propaganda-language': 'propaganda',
};

interface Heads {
  heldOutAuc: Partial<Record<ModelLabel, number | null>>;
  weights: Partial<Record<ModelLabel, number>>;
}

function headsOf(config: unknown): Heads | null {
  const heads = (config as { threadlens?: { heads?: Heads } }).threadlens?.heads;
  return heads && typeof heads.weights === 'object' && typeof heads.heldOutAuc === 'object' ? heads : null;
}

/** One short sentence for a signal whose model head is weighted below 1, else null. */
export function modelHeadNote(id: string, config: unknown = shipped): string | null {
  const label = HEAD_OF[id];
  const heads = headsOf(config);
  if (!label || !heads) return null;
  const w = heads.weights[label];
  if (w === undefined || w >= 1) return null;
  const auc = heads.heldOutAuc[label];
  const measured = typeof auc === 'number' ? `AUC ${auc.toFixed(2)} on sources the model never saw` : 'not measured on sources the model never saw';
  const part = id === 'machine-generated' ? "The model's half" : 'The model';
  if (w === 0)
    return `${part} does not count by default: ${measured} (it counts from ${HEAD_WEIGHT_RULE.zeroBelow.toFixed(2)}).${id === 'machine-generated' ? ' The chatbot-phrase rules still do.' : ''}`;
  return `${part} counts at ${Math.round(w * 100)}% by default: ${measured} (full weight from ${HEAD_WEIGHT_RULE.fullAt.toFixed(2)}).`;
}
