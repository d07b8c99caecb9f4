// What the background says about its classifier; the options page and the overlay show it.
export type ClassifierStatus =
  | { state: 'off'; reason: string }
  | { state: 'loading' }
  | { state: 'ready'; backend: 'wasm'; modelId: string; loadMs: number }
  | { state: 'failed'; reason: string };
