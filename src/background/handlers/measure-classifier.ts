// ui/measure-classifier (test builds only, for `threadlens bench`): times the classifier on
// texts, bypassing its cache. background-main registers it only under TEST_BUILD.
import type { ClassifierStatus } from '../../shared/classifier-status.ts';
import { err, ok } from '../../shared/result.ts';
import type { TestRoute } from '../router.ts';

/** Rounds one request may ask for: each is a full classifier batch. */
const MAX_ROUNDS = 50;

export interface MeasureClassifierDeps {
  timeBatch: (texts: readonly string[]) => Promise<number>;
  classifierStatus: () => ClassifierStatus;
}

export function createMeasureClassifier(deps: MeasureClassifierDeps): TestRoute<'ui/measure-classifier'> {
  return {
    validate: (message) => {
      const { texts, rounds } = message;
      if (!Array.isArray(texts) || texts.some((t) => typeof t !== 'string')) return err('texts must be strings');
      return ok({ type: 'ui/measure-classifier', texts: texts as string[], rounds: Math.min(MAX_ROUNDS, Math.max(1, Math.floor(Number(rounds) || 1))) });
    },
    handle: async ({ texts, rounds }) => {
      const batchMs: number[] = [];
      for (let i = 0; i < rounds; i++) batchMs.push(await deps.timeBatch(texts));
      return { batchMs, classifier: deps.classifierStatus() };
    },
  };
}
