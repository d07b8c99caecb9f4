// propaganda-language: replies using propaganda techniques (loaded language, name calling...), by the classifier.
import { modelLabelSignal } from './model-label-signal.ts';
import { defineSignal } from './signal-definition.ts';

export const propagandaLanguage = modelLabelSignal('propaganda-language', 'propaganda', 'use propaganda techniques');

export const propagandaLanguageSignal = defineSignal({
  id: 'propaganda-language',
  name: 'Propaganda techniques',
  hint: 'loaded language, name calling and other persuasion techniques (classifier)',
  defaultWeight: 0.4,
  why: 'loaded language is common in honest political threads',
  needsModel: true,
  detect: propagandaLanguage,
});
