// toxic-language: abusive or hateful replies, by the classifier. Toxicity is not manipulation by
// itself, so its default weight is low; pile-ons and harassment campaigns still show through it.
import { modelLabelSignal } from './model-label-signal.ts';

export const toxicLanguage = modelLabelSignal('toxic-language', 'toxic', 'are abusive or hateful');
