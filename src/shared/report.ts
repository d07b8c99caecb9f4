// The Report JSON of ../shared/contracts/cli.md: what scoring makes of one Thread.
// The extension's overlay and `threadlens score` both render exactly this.

export const LEVELS = ['none', 'low', 'elevated', 'high'] as const;
export type Level = (typeof LEVELS)[number];

/** The labels the classifier scores, in the order of its output logits. */
export const MODEL_LABELS = ['inauthentic', 'toxic', 'machine_generated', 'propaganda'] as const;
export type ModelLabel = (typeof MODEL_LABELS)[number];
export type PostScores = Record<ModelLabel, number>;

/** Signal ids named by the contract; detectors may add more. */
export const SIGNAL_IDS = [
  'duplicate-replies',
  'reply-burst',
  'bot-like-accounts',
  'link-flooding',
  'platform-labels',
  'talking-points',
  'cross-thread-copies',
  'machine-generated',
  'inauthentic-style',
  'toxic-language',
  'propaganda-language',
] as const;
export type SignalId = (typeof SIGNAL_IDS)[number];

export interface SignalReport {
  id: SignalId;
  /** in [0, 1]; 0 where the signal found nothing */
  score: number;
  /** one plain sentence a reader understands */
  summary: string;
  /** ids of the posts behind it */
  posts: string[];
  /** why the signal could not be computed (missing times, no classifier...), when it could not */
  notComputed?: string;
  /** for reply-burst: the reply times (ms since epoch) the overlay draws as a timeline */
  times?: number[];
}

export interface PostReport {
  id: string;
  scores: PostScores;
}

export interface ModelInfo {
  id: string;
  version: string;
}

export interface Report {
  thread: { score: number; level: Level };
  signals: SignalReport[];
  /** omitted when no classifier ran: the report never invents zeros */
  posts?: PostReport[];
  model: ModelInfo | null;
  /** what could not be computed, in plain words (an addition to the contract's fields) */
  notes?: string[];
}
