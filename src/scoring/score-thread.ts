// scoreThread: a Thread in, the Report of ../shared/contracts/cli.md out. Pure and synchronous,
// the same in the extension's background and in `threadlens score`.
//
// Which signals are listed: every enabled rule signal, always (score 0 where it found nothing,
// notComputed where it could not run). The classifier-only signals (inauthentic-style,
// toxic-language, propaganda-language) are listed only when postScores were given: the contract
// lists them "once a classifier is loaded", and without one `notes` says they were not computed
// rather than the report showing zeros that were never measured.
import type { ModelInfo, PostReport, PostScores, Report, SignalId, SignalReport } from '../shared/report.ts';
import { SIGNAL_IDS } from '../shared/report.ts';
import type { Thread } from '../shared/thread.ts';
import type { MemoryView } from '../memory/cross-thread-memory.ts';
import { SIGNALS } from '../signals/all-signals.ts';
import { normaliseHandle } from '../signals/normalise-handle.ts';
import type { SignalContext } from '../signals/signal.ts';
import { round3 } from '../signals/signal.ts';
import { threadReplies } from '../signals/thread-replies.ts';
import { combineSignals, evidenceOf } from './combine-signals.ts';
import type { ScoringSettings } from './scoring-settings.ts';

export interface ScoreOptions {
  scoring: ScoringSettings;
  /** handles (with or without @, any case) of accounts left out of every signal */
  allowlist: readonly string[];
  /** the clock, ms since epoch (default Date.now()): dates after it are ignored as wrong */
  now?: number;
  /** classifier scores by post id; without them the classifier signals are not computed */
  postScores?: ReadonlyMap<string, PostScores>;
  model?: ModelInfo | null;
  /** per label, the post score at or above which a post counts as flagged (default 0.5 each) */
  modelThresholds?: Partial<PostScores>;
  /** the cross-thread memory to read (not written here: see thread-scorer.ts); without it cross-thread-copies is not listed */
  memory?: MemoryView;
}

export const DEFAULT_MODEL_THRESHOLDS: PostScores = { inauthentic: 0.5, toxic: 0.5, machine_generated: 0.5, propaganda: 0.5 };
const MODEL_ONLY: readonly SignalId[] = SIGNAL_IDS.filter((id) => SIGNALS[id].needsModel);

export function scoreThread(thread: Thread, options: ScoreOptions): Report {
  const ctx: SignalContext = {
    allowlist: new Set(options.allowlist.map(normaliseHandle)),
    now: options.now ?? Date.now(),
    modelThresholds: { ...DEFAULT_MODEL_THRESHOLDS, ...options.modelThresholds },
    ...(options.postScores ? { postScores: options.postScores } : {}),
    ...(options.memory ? { memory: options.memory } : {}),
  };
  const settings = options.scoring;
  const notes: string[] = [];
  const signals: SignalReport[] = [];
  const disabled: SignalId[] = [];
  for (const id of SIGNAL_IDS) {
    const { run, needsModel, needsMemory } = SIGNALS[id];
    if (needsModel && !options.postScores) continue;
    if (needsMemory && !options.memory) continue;
    if (!settings.signals[id]?.enabled) {
      disabled.push(id);
      continue;
    }
    signals.push(run(thread, ctx));
  }

  if (thread.posts.length === 0) notes.push('The thread has no posts: nothing could be computed.');
  const { duplicateIds, allowlisted } = threadReplies(thread, ctx);
  if (duplicateIds > 0) notes.push(`${duplicateIds} posts repeated an id already in the thread and were counted once.`);
  if (allowlisted > 0) notes.push(`${allowlisted} replies from allow-listed accounts were left out.`);
  for (const s of signals) if (s.notComputed !== undefined && thread.posts.length > 0) notes.push(`${s.id} not computed: ${s.notComputed}.`);
  if (!options.postScores) notes.push(`No classifier ran: ${MODEL_ONLY.join(', ')} and the model half of machine-generated were not computed.`);
  if (disabled.length > 0) notes.push(`Turned off in settings: ${disabled.join(', ')}.`);

  signals.sort((a, b) => evidenceOf(b, settings) - evidenceOf(a, settings) || b.score - a.score || SIGNAL_IDS.indexOf(a.id) - SIGNAL_IDS.indexOf(b.id));
  const combined = combineSignals(signals, settings);
  const report: Report = {
    thread: { score: round3(combined.score), level: combined.level },
    signals,
    model: options.model ?? null,
  };
  if (options.postScores) report.posts = postReports(thread, options.postScores);
  if (notes.length > 0) report.notes = notes;
  return report;
}

/** The classifier's scores of the thread's posts, in thread order, each post once. */
function postReports(thread: Thread, postScores: ReadonlyMap<string, PostScores>): PostReport[] {
  const seen = new Set<string>();
  const out: PostReport[] = [];
  for (const post of thread.posts) {
    const scores = postScores.get(post.id);
    if (!scores || seen.has(post.id)) continue;
    seen.add(post.id);
    out.push({ id: post.id, scores });
  }
  return out;
}
