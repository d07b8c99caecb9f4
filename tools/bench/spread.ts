// The shape every timing and size of `threadlens bench --json` takes: median, min and max over the
// repeated runs (a figure measured once has all three equal).
export interface Spread {
  median: number;
  min: number;
  max: number;
}

const round = (x: number, digits: number): number => {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};

export function spread(values: readonly number[], digits = 1): Spread {
  if (values.length === 0) throw new Error('no values to summarise');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return { median: round(median, digits), min: round(sorted[0] ?? 0, digits), max: round(sorted[sorted.length - 1] ?? 0, digits) };
}

/** Applies f to each of a spread's three figures (e.g. ms per batch -> posts per second). */
export function mapSpread(s: Spread, f: (x: number) => number, digits = 1): Spread {
  const values = [f(s.median), f(s.min), f(s.max)];
  return { median: round(values[0] ?? 0, digits), min: round(Math.min(...values), digits), max: round(Math.max(...values), digits) };
}
