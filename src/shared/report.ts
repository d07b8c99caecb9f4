// The Report JSON of ../shared/contracts/cli.md: what scoring makes of one Thread.
// The extension's overlay and `threadlens score` both render exactly this.

export const LEVELS = ['none', 'low', 'elevated', 'high'] as const;
export type Level = (typeof LEVELS)[number];

/** The labels the classifier scores, in the order of its output logits. */
export const MODEL_LABELS = ['inauthentic', 'toxic', 'machine_generated', 'propaganda'] as const;
export type ModelLabel = (typeof MODEL_LABELS)[number];
export type PostScores = Record<ModelLabel, number>;

export interface SignalReport {
  /** a signal's id (src/signals/registry.ts lists them; the contract names the ones it needs) */
  id: string;
  /** in [0, 1]; 0 where the signal found nothing */
  score: number;
  /** one plain sentence a reader understands */
  summary: string;
  /** ids of the posts behind it */
  posts: string[];
  /** why the signal could not be computed (missing times, no classifier...), when it could not */
  notComputed?: string;
  /** for the classifier signals: replies left unread because the model does not read their language */
  notRead?: number;
  /** for reply-burst: the reply times (ms since epoch) the overlay draws as a timeline */
  times?: number[];
}

export interface PostReport {
  id: string;
  scores: PostScores;
}

/** A post the classifier did not read, and why: its heads were not trained on its language. */
export interface NotReadPost {
  id: string;
  reason: 'language';
  /** ISO 639-1 code of the detected language, or 'und' when too short to tell */
  language: string;
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
  /** posts the classifier ran on but did not read (language); absent when there are none (an addition to the contract) */
  postsNotRead?: NotReadPost[];
  model: ModelInfo | null;
  /** what could not be computed, in plain words (an addition to the contract's fields) */
  notes?: string[];
}
