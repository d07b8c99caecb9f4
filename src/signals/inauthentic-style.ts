// inauthentic-style: replies written like influence-operation or spam posts, by the classifier.
import { modelLabelSignal } from './model-label-signal.ts';

export const inauthenticStyle = modelLabelSignal('inauthentic-style', 'inauthentic', 'read like influence-operation or spam posts');
