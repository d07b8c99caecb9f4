// scoreThread: a Thread in, the Report of ../shared/contracts/cli.md out. Pure and synchronous,
// the same in the extension's background and in `threadlens score`.
//
// Which signals are listed: every enabled rule signal, always (score 0 where it found nothing,
// notComputed where it could not run). The classifier-only signals (inauthentic-style,
// toxic-language, propaganda-language) are listed only when postScores were given: the contract
// lists them "once a classifier is loaded", and without one `notes` says they were not computed
// rather than the report showing zeros that were never measured.
//
// Each signal runs isolated: one that throws is reported as not computed, with the error as its
// reason, and the others still score (a bug in one detector must not blank every badge).
import { normaliseHandle } from '../shared/normalise-handle.ts';
import type { ModelInfo, NotReadPost, PostReport, PostScores, Report, SignalReport } from '../shared/report.ts';
import { errorMessage } from '../shared/result.ts';
import type { ScoringSettings } from '../shared/settings/schema.ts';
import type { Thread } from '../shared/thread.ts';
import { SIGNALS } from '../signals/registry.ts';
import type { SignalDefinition } from '../signals/signal-definition.ts';
import type { MemoryView } from '../memory/cross-thread-memory.ts';
import type { SignalContext } from '../signals/signal.ts';
import { notComputedSignal, round3 } from '../signals/signal.ts';
import { threadReplies } from '../signals/thread-replies.ts';
import { combineSignals, evidenceOf } from './combine-signals.ts';
import { signalSetting } from './scoring-settings.ts';

export interface ScoreOptions {
  scoring: ScoringSettings;
  /** handles (with or without @, any case) of accounts left out of every signal */
  allowlist: readonly string[];
  /** the clock, ms since epoch (default Date.now()): dates after it are ignored as wrong */
  now?: number;
  /** classifier scores by post id; without them the classifier signals are not computed */
  postScores?: ReadonlyMap<string, PostScores>;
  /** posts the classifier ran on but did not read (their language), by post id */
  postsNotRead?: ReadonlyMap<string, NotReadPost>;
  model?: ModelInfo | null;
  /** per label, the post score at or above which a post counts as flagged (default 0.5 each) */
  modelThresholds?: Partial<PostScores>;
  /** per label, how much the model's head counts (its held-out AUC decides: head-weights.ts); default 1 each */
  modelWeights?: Partial<PostScores>;
  /** the cross-thread memory to read (not written here: see thread-scorer.ts); without it cross-thread-copies is not listed */
  memory?: MemoryView;
}

export const DEFAULT_MODEL_THRESHOLDS: PostScores = { inauthentic: 0.5, toxic: 0.5, machine_generated: 0.5, propaganda: 0.5 };
export const DEFAULT_MODEL_WEIGHTS: PostScores = { inauthentic: 1, toxic: 1, machine_generated: 1, propaganda: 1 };
const MODEL_ONLY: readonly string[] = SIGNALS.filter((s) => s.needsModel).map((s) => s.id);

/** Runs one signal; a throw becomes a not-computed report naming the error. */
export function runSignal(signal: Pick<SignalDefinition, 'id' | 'detect'>, thread: Thread, ctx: SignalContext): SignalReport {
  try {
    return signal.detect(thread, ctx);
  } catch (e) {
    return notComputedSignal(signal.id, `the detector failed (${errorMessage(e)})`);
  }
}

export function scoreThread(thread: Thread, options: ScoreOptions, signalList: readonly SignalDefinition[] = SIGNALS): Report {
  const ctx: SignalContext = {
    allowlist: new Set(options.allowlist.map(normaliseHandle)),
    now: options.now ?? Date.now(),
    modelThresholds: { ...DEFAULT_MODEL_THRESHOLDS, ...options.modelThresholds },
    modelWeights: { ...DEFAULT_MODEL_WEIGHTS, ...options.modelWeights },
    ...(options.postScores ? { postScores: options.postScores } : {}),
    ...(options.postsNotRead ? { postsNotRead: options.postsNotRead } : {}),
    ...(options.memory ? { memory: options.memory } : {}),
  };
  const settings = options.scoring;
  const notes: string[] = [];
  const signals: SignalReport[] = [];
  const disabled: string[] = [];
  for (const signal of signalList) {
    if (signal.needsModel && !options.postScores) continue;
    if (signal.needsMemory && !options.memory) continue;
    if (!signalSetting(settings, signal.id).enabled) {
      disabled.push(signal.id);
      continue;
    }
    signals.push(runSignal(signal, thread, ctx));
  }

  if (thread.posts.length === 0) notes.push('The thread has no posts: nothing could be computed.');
  const { duplicateIds, allowlisted } = threadReplies(thread, ctx);
  if (duplicateIds > 0) notes.push(`${duplicateIds} posts repeated an id already in the thread and were counted once.`);
  if (allowlisted > 0) notes.push(`${allowlisted} replies from allow-listed accounts were left out.`);
  for (const s of signals) if (s.notComputed !== undefined && thread.posts.length > 0) notes.push(`${s.id} not computed: ${s.notComputed}.`);
  if (!options.postScores) notes.push(`No classifier ran: ${MODEL_ONLY.join(', ')} and the model half of machine-generated were not computed.`);
  if (disabled.length > 0) notes.push(`Turned off in settings: ${disabled.join(', ')}.`);

  const order = (id: string): number => signalList.findIndex((s) => s.id === id);
  signals.sort((a, b) => evidenceOf(b, settings) - evidenceOf(a, settings) || b.score - a.score || order(a.id) - order(b.id));
  const combined = combineSignals(signals, settings);
  const report: Report = {
    thread: { score: round3(combined.score), level: combined.level },
    signals,
    model: options.model ?? null,
  };
  if (options.postScores) report.posts = postReports(thread, options.postScores);
  const notRead = options.postScores && options.postsNotRead ? notReadPosts(thread, options.postsNotRead) : [];
  if (notRead.length > 0) {
    report.postsNotRead = notRead;
    notes.push(
      `${notRead.length} ${notRead.length === 1 ? 'post was' : 'posts were'} not read by the classifier: language (${[...new Set(notRead.map((p) => p.language))].join(', ')}).`,
    );
  }
  if (notes.length > 0) report.notes = notes;
  return report;
}

/** The posts the classifier did not read, in thread order, each post once. */
function notReadPosts(thread: Thread, notRead: ReadonlyMap<string, NotReadPost>): NotReadPost[] {
  const seen = new Set<string>();
  const out: NotReadPost[] = [];
  for (const post of thread.posts) {
    const p = notRead.get(post.id);
    if (!p || seen.has(post.id)) continue;
    seen.add(post.id);
    out.push(p);
  }
  return out;
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
