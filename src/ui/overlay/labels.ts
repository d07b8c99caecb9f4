// Words the overlay shows for levels and signals: one place, so badge, panel and tests agree.
import type { Level } from '../../shared/report.ts';
import { signalById } from '../../signals/registry.ts';

export const LEVEL_TEXT: Record<Level, string> = {
  none: 'No signs',
  low: 'Low',
  elevated: 'Elevated',
  high: 'High',
};

/** What the level means, for the panel's heading and screen readers. */
export const LEVEL_MEANING: Record<Level, string> = {
  none: 'Nothing in this thread looks coordinated or automated.',
  low: 'A weak sign of manipulation: probably ordinary.',
  elevated: 'Several signs that this thread is being manipulated.',
  high: 'Strong, agreeing signs that this thread is being manipulated.',
};

/** The reader's name of a signal, from its definition (its id for one this build does not know). */
export function signalName(id: string): string {
  return signalById(id)?.name ?? id;
}
