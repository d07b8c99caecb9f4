// The performance budgets of issue #12 (store-ready), and the verdict on each: `threadlens bench`
// prints them and adds them to its JSON (`budgets`). Pure: figures in, verdicts out. A verdict is on
// the median of the repeated runs; when the median holds but the worst run missed, it says so.
import type { ExtensionFigures } from './extension-bench.ts';
import type { Spread } from './spread.ts';

export type Verdict = 'holds' | 'misses' | 'not measured';

/** under: strictly below the limit; at most: below or equal; at least: equal or above. */
export type Comparison = 'under' | 'at most' | 'at least';

export interface Budget {
  /** where the figure sits in the bench's JSON */
  figure: string;
  what: string;
  comparison: Comparison;
  limit: number;
  unit: string;
}

export interface BudgetVerdict extends Budget {
  /** the figure's median, or null when it was not measured */
  measured: number | null;
  verdict: Verdict;
  /** the measured median, and anything that qualifies the verdict */
  detail: string;
}

/** The figures the budgets read: the parts of the bench report they need. */
export interface BudgetFigures {
  extension: ExtensionFigures;
  scoring: { posts_20000_ms: Spread | null };
  classifier_node: { speedup_vs_reference: number | null };
  /** the cross-thread memory's cost added to scoring one thread (measure-memory.ts); absent when not measured */
  memory?: Record<string, Spread | number | null>;
}

export const LONG_TASK_MS = 50;

export const BUDGETS: readonly Budget[] = [
  { figure: 'extension.per_post_ms', what: 'classifier per post, batched, in the service worker', comparison: 'under', limit: 1, unit: 'ms' },
  { figure: 'extension.cold_start_ms', what: 'classifier cold start', comparison: 'under', limit: 1000, unit: 'ms' },
  { figure: 'extension.content_ms_per_100_posts', what: 'content script per 100 posts', comparison: 'under', limit: 5, unit: 'ms' },
  { figure: 'extension.longest_task_ms', what: 'longest task the extension causes while scrolling', comparison: 'at most', limit: LONG_TASK_MS, unit: 'ms' },
  { figure: 'extension.sw_heap_mb', what: 'service-worker heap, classifier loaded', comparison: 'under', limit: 80, unit: 'MB' },
  { figure: 'extension.zip_mb', what: 'zipped extension (dist/chrome)', comparison: 'under', limit: 15, unit: 'MB' },
  { figure: 'scoring.posts_20000_ms', what: '20,000-post thread scored', comparison: 'under', limit: 2000, unit: 'ms' },
  { figure: 'memory.replies_100_added_ms', what: 'cross-thread memory added to scoring a 100-reply thread', comparison: 'under', limit: 5, unit: 'ms' },
  { figure: 'memory.replies_1000_added_ms', what: 'cross-thread memory added to scoring a 1,000-reply thread', comparison: 'under', limit: 5, unit: 'ms' },
  { figure: 'classifier_node.speedup_vs_reference', what: 'speed-up over a BERT-base-sized model', comparison: 'at least', limit: 30, unit: 'x' },
];

function meets(x: number, b: Budget): boolean {
  if (b.comparison === 'under') return x < b.limit;
  if (b.comparison === 'at most') return x <= b.limit;
  return x >= b.limit;
}

const fmt = (x: number, unit: string): string => (unit === 'x' ? `${x}x` : `${x} ${unit}`);

export function budgetText(b: Budget): string {
  return `${b.comparison} ${fmt(b.limit, b.unit)}`;
}

function figureOf(figures: BudgetFigures, path: string): Spread | number | null {
  const [part, key] = path.split('.');
  const section = (figures as unknown as Record<string, Record<string, Spread | number | null> | undefined>)[part ?? ''];
  return section?.[key ?? ''] ?? null;
}

/** A figure against its limit; the worst run is the max (or, for "at least", the min). */
function judgeFigure(b: Budget, value: Spread | number | null): BudgetVerdict {
  if (value === null) return { ...b, measured: null, verdict: 'not measured', detail: 'not measured (see the notes)' };
  const s: Spread = typeof value === 'number' ? { median: value, min: value, max: value } : value;
  const worst = b.comparison === 'at least' ? s.min : s.max;
  const holds = meets(s.median, b);
  let detail = fmt(s.median, b.unit);
  if (holds && !meets(worst, b)) detail += `; the worst run (${fmt(worst, b.unit)}) missed it`;
  return { ...b, measured: s.median, verdict: holds ? 'holds' : 'misses', detail };
}

/**
 * "No task over 50 ms caused by the extension": the Long Tasks API cannot say whose code a task
 * ran, so the page's own tasks are measured without the extension on the same page and scroll. It
 * holds when the longest task with the extension is at most 50 ms, or no longer than the longest
 * the page made by itself in any run (the page's own layout work, not the extension's).
 */
function judgeLongTask(b: Budget, withExt: Spread | null, without: Spread | null): BudgetVerdict {
  if (withExt === null) return { ...b, measured: null, verdict: 'not measured', detail: 'not measured (see the notes)' };
  const own = without === null ? '' : `; the page alone: ${without.median} ms (max ${without.max} ms)`;
  if (withExt.median <= b.limit) return { ...b, measured: withExt.median, verdict: 'holds', detail: `${withExt.median} ms${own}` };
  if (without === null) {
    return {
      ...b,
      measured: withExt.median,
      verdict: 'not measured',
      detail: `${withExt.median} ms, over ${b.limit} ms, and the same page without the extension was not measured, so whose task it was is unknown`,
    };
  }
  const holds = withExt.median <= without.max;
  const whose = holds
    ? 'no longer than the page makes by itself'
    : `${Math.round((withExt.median - without.max) * 10) / 10} ms longer than the page makes by itself`;
  return { ...b, measured: withExt.median, verdict: holds ? 'holds' : 'misses', detail: `${withExt.median} ms, ${whose}${own}` };
}

export function judgeBudgets(figures: BudgetFigures): BudgetVerdict[] {
  return BUDGETS.map((b) =>
    b.figure === 'extension.longest_task_ms'
      ? judgeLongTask(b, figures.extension.longest_task_ms, figures.extension.longest_task_without_extension_ms)
      : judgeFigure(b, figureOf(figures, b.figure)),
  );
}

/**
 * A warning when the machine was busier than its cores at the start (1-minute load average): other
 * work then competes for the CPU and every timing, the budgets' among them, comes out inflated.
 */
export function loadWarning(load: number, cores: number): string | null {
  if (!(load > cores)) return null;
  return `load average ${load.toFixed(1)} on ${cores} cores at the start: other work competed for the CPU, so every timing is inflated and the timing verdicts say little about the code`;
}
