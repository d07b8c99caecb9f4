// inauthentic-style: replies written like influence-operation or spam posts, by the classifier.
import { modelLabelSignal } from './model-label-signal.ts';
import { defineSignal } from './signal-definition.ts';

export const inauthenticStyle = modelLabelSignal('inauthentic-style', 'inauthentic', 'read like influence-operation or spam posts');

export const inauthenticStyleSignal = defineSignal({
  id: 'inauthentic-style',
  name: 'Influence-operation style',
  hint: 'the writing style of influence-operation and spam accounts (classifier)',
  defaultWeight: 0.5,
  why: 'the classifier transfers poorly to operations it has not seen (data README)',
  needsModel: true,
  detect: inauthenticStyle,
});
