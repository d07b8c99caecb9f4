// Evidence: one flagged thread as a reader can keep and share it. The Thread as read, the Report
// scoring made of it, what produced the Report (settings, Threadlens version, model), when, and
// the SHA-256 of the canonical Thread JSON (canonical-json.ts), so anyone can later check that the
// thread in a report is the one that was scored. Schema: docs/evidence.schema.json.
//
// The user's allow-list is not copied into evidence, only its size: evidence is made to be
// shared, and the list of accounts a reader trusts is theirs. The Report's notes say how many
// replies it left out.
import type { ScoringSettings } from '../shared/settings/schema.ts';
import { resolveScoring, type ResolvedScoring } from '../scoring/scoring-settings.ts';
import type { ModelInfo, Report } from '../shared/report.ts';
import type { Thread } from '../shared/thread.ts';
import { canonicalJson, sha256Hex } from './canonical-json.ts';

export const EVIDENCE_FORMAT = 'threadlens-evidence';
export const EVIDENCE_FORMAT_VERSION = 1;

export interface EvidenceSettings {
  /** every signal's setting as scored: the user's changes over the defaults, written out */
  scoring: ResolvedScoring;
  /** how many accounts the user's allow-list held (the handles stay private) */
  allowlistSize: number;
}

export interface Evidence {
  format: typeof EVIDENCE_FORMAT;
  formatVersion: typeof EVIDENCE_FORMAT_VERSION;
  /** when the thread was read (ISO 8601): the thread's capturedAt, else the caller's; null when unknown */
  capturedAt: string | null;
  /** when this evidence was made (ISO 8601) */
  generatedAt: string;
  threadlens: { version: string };
  /** the classifier that scored the posts, or null when none ran */
  model: ModelInfo | null;
  settings: EvidenceSettings;
  /** lower-case hex SHA-256 of canonicalJson(thread) */
  threadSha256: string;
  thread: Thread;
  report: Report;
}

export interface EvidenceInput {
  thread: Thread;
  report: Report;
  scoring: ScoringSettings;
  allowlist: readonly string[];
  threadlensVersion: string;
  /** the model id when a classifier ran; defaults to the report's own */
  model?: ModelInfo | null;
  /** when the thread was read, if the thread itself does not say (ISO 8601 or ms since epoch) */
  capturedAt?: string | number | null;
  /** the clock, for generatedAt (ms since epoch) */
  now: number;
}

const iso = (t: string | number | null | undefined): string | null => {
  if (t === null || t === undefined) return null;
  const ms = typeof t === 'number' ? t : Date.parse(t);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : null;
};

/** Pure apart from hashing (async: Web Crypto). */
export async function buildEvidence(input: EvidenceInput): Promise<Evidence> {
  const { thread, report } = input;
  return {
    format: EVIDENCE_FORMAT,
    formatVersion: EVIDENCE_FORMAT_VERSION,
    capturedAt: iso(thread.capturedAt) ?? iso(input.capturedAt),
    generatedAt: new Date(input.now).toISOString(),
    threadlens: { version: input.threadlensVersion },
    model: input.model === undefined ? report.model : input.model,
    settings: { scoring: resolveScoring(input.scoring), allowlistSize: new Set(input.allowlist).size },
    threadSha256: await sha256Hex(canonicalJson(thread)),
    thread,
    report,
  };
}
