// Runs queued work in small time slices so the page never janks: the observer only queues,
// and each pass works for at most `budgetMs` (uBlock Origin's content script uses ~4 ms a pass)
// before yielding to the page. Pure scheduling: the clock and the yield are injected for tests.

export interface SlicerOptions {
  budgetMs?: number;
  now?: () => number;
  /** schedules the next pass; the default yields to the event loop (and to rendering) */
  schedule?: (run: () => void) => void;
  signal?: AbortSignal;
}

export interface TimeSlicer<T> {
  push(item: T): void;
  /** items not yet processed */
  readonly pending: number;
  /** resolves when the queue is empty (for tests and batch boundaries) */
  idle(): Promise<void>;
}

function defaultSchedule(run: () => void): void {
  // setTimeout(0) lets the browser paint and handle input between passes; requestIdleCallback
  // could starve the queue while the user scrolls, which is exactly when posts arrive.
  setTimeout(run, 0);
}

/**
 * Processes items one by one with `work`, in passes of at most `budgetMs`; `afterPass`
 * runs once after each pass that did any work (batch the writes there).
 */
export function createTimeSlicer<T>(work: (item: T) => void, afterPass: () => void, options: SlicerOptions = {}): TimeSlicer<T> {
  const budget = options.budgetMs ?? 4;
  const now = options.now ?? (() => performance.now());
  const schedule = options.schedule ?? defaultSchedule;
  const queue: T[] = [];
  let head = 0;
  let scheduled = false;
  let waiters: Array<() => void> = [];

  const settle = (): void => {
    if (head < queue.length) return;
    queue.length = 0;
    head = 0;
    const done = waiters;
    waiters = [];
    for (const w of done) w();
  };

  const pass = (): void => {
    scheduled = false;
    if (options.signal?.aborted) return;
    const start = now();
    let did = 0;
    while (head < queue.length) {
      const item = queue[head] as T;
      head++;
      did++;
      try {
        work(item);
      } catch (e) {
        // One bad item must not stop the queue; the adapter is written never to throw, so log it.
        console.debug('[threadlens] slice work failed', e);
      }
      if (now() - start >= budget) break;
    }
    if (did > 0) afterPass();
    if (head < queue.length) ensureScheduled();
    else settle();
  };

  const ensureScheduled = (): void => {
    if (scheduled || options.signal?.aborted) return;
    scheduled = true;
    schedule(pass);
  };

  return {
    push(item) {
      queue.push(item);
      ensureScheduled();
    },
    get pending() {
      return queue.length - head;
    },
    idle() {
      if (head >= queue.length) return Promise.resolve();
      return new Promise((resolve) => waiters.push(resolve));
    },
  };
}
