// Words the overlay shows for levels and signals: one place, so badge, panel and tests agree.
import type { Level, SignalId } from '../../shared/report.ts';

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

export const SIGNAL_NAME: Record<SignalId, string> = {
  'duplicate-replies': 'Copied replies',
  'reply-burst': 'Reply burst',
  'bot-like-accounts': 'Bot-like accounts',
  'link-flooding': 'Link flooding',
  'platform-labels': 'Platform labels',
  'talking-points': 'Talking points',
  'cross-thread-copies': 'Copies across threads',
  'machine-generated': 'Machine-written text',
  'inauthentic-style': 'Influence-operation style',
  'toxic-language': 'Toxic language',
  'propaganda-language': 'Propaganda techniques',
};
