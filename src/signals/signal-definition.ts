// What a signal file exports besides its detector: everything the rest of the product needs to
// know about it (the report's id, the reader's name and hint on the options page and in the
// overlay, the default weight, the docs table). Adding a signal is its own file plus one line in
// registry.ts; nothing else lists signals by hand.
import type { Signal } from './signal.ts';

export interface SignalDefinition {
  /** kebab-case, the file's name and the Report's `signals[].id` */
  id: string;
  /** the reader's name: options page rows, the overlay's reasons */
  name: string;
  /** one line under the name on the options page */
  hint: string;
  /** in [0, 1]: how much of the signal's score counts towards the thread's (docs/scoring.md) */
  defaultWeight: number;
  /** why that default weight, for the docs tables */
  why?: string;
  /** true when it runs only with classifier scores (listed only once a classifier is loaded) */
  needsModel: boolean;
  /** true when it runs only with the cross-thread memory (src/memory/): not listed without one */
  needsMemory?: boolean;
  detect: Signal;
}

/** Keeps the literal id, so the registry can derive the SignalId union from its list. */
export function defineSignal<const Id extends string>(def: SignalDefinition & { id: Id }): SignalDefinition & { id: Id } {
  return def;
}
