// propaganda-language: replies using propaganda techniques (loaded language, name calling...), by the classifier.
import { modelLabelSignal } from './model-label-signal.ts';

export const propagandaLanguage = modelLabelSignal('propaganda-language', 'propaganda', 'use propaganda techniques');
