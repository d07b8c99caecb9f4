// Every signal, in the order the options page lists them and reports break ties. A signal is its
// own file exporting a SignalDefinition; this list is the only other place that names it.
import { botLikeAccountsSignal } from './bot-like-accounts.ts';
import { duplicateRepliesSignal } from './duplicate-replies.ts';
import { inauthenticStyleSignal } from './inauthentic-style.ts';
import { linkFloodingSignal } from './link-flooding.ts';
import { machineGeneratedSignal } from './machine-generated.ts';
import { platformLabelsSignal } from './platform-labels.ts';
import { propagandaLanguageSignal } from './propaganda-language.ts';
import { replyBurstSignal } from './reply-burst.ts';
import type { SignalDefinition } from './signal-definition.ts';
import { talkingPointsSignal } from './talking-points.ts';
import { crossThreadCopiesSignal } from './cross-thread-copies.ts';
import { toxicLanguageSignal } from './toxic-language.ts';

export const SIGNALS = [
  duplicateRepliesSignal,
  replyBurstSignal,
  botLikeAccountsSignal,
  linkFloodingSignal,
  platformLabelsSignal,
  talkingPointsSignal,
  crossThreadCopiesSignal,
  machineGeneratedSignal,
  inauthenticStyleSignal,
  toxicLanguageSignal,
  propagandaLanguageSignal,
] as const satisfies readonly SignalDefinition[];

export type SignalId = (typeof SIGNALS)[number]['id'];

export const SIGNAL_IDS: readonly SignalId[] = SIGNALS.map((s) => s.id);

const BY_ID: ReadonlyMap<string, SignalDefinition> = new Map(SIGNALS.map((s) => [s.id, s]));

export function isSignalId(id: string): id is SignalId {
  return BY_ID.has(id);
}

export function signalById(id: string): SignalDefinition | undefined {
  return BY_ID.get(id);
}
