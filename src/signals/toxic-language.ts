// toxic-language: abusive or hateful replies, by the classifier. Toxicity is not manipulation by
// itself, so its default weight is low; pile-ons and harassment campaigns still show through it.
import { modelLabelSignal } from './model-label-signal.ts';
import { defineSignal } from './signal-definition.ts';

export const toxicLanguage = modelLabelSignal('toxic-language', 'toxic', 'are abusive or hateful');

export const toxicLanguageSignal = defineSignal({
  id: 'toxic-language',
  name: 'Toxic language',
  hint: 'hate and abuse (classifier)',
  defaultWeight: 0.3,
  why: 'a rude thread is not a manipulated one',
  needsModel: true,
  detect: toxicLanguage,
});
