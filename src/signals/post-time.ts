// Post and account dates as milliseconds, refusing what is not ISO 8601 or lies in the future.
// Date.parse alone would read "2024-05-01 10:00" as local time and accept "May 1": both make
// reply timing depend on the machine that runs the scorer.

export type PostTime = { ok: true; ms: number } | { ok: false; reason: 'missing' | 'unparsable' | 'future' };

const ISO_8601 = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;

/** Clocks of sites and of the machine drift; a few minutes ahead is still "now". */
export const FUTURE_TOLERANCE_MS = 5 * 60_000;

export function parsePostTime(value: string | undefined, now: number): PostTime {
  if (value === undefined) return { ok: false, reason: 'missing' };
  let ms = parsed.get(value);
  if (ms === undefined) {
    ms = parseIso(value);
    if (parsed.size >= PARSED_MAX) parsed.clear();
    parsed.set(value, ms);
  }
  if (ms === MISSING) return { ok: false, reason: 'missing' };
  if (Number.isNaN(ms)) return { ok: false, reason: 'unparsable' };
  if (ms > now + FUTURE_TOLERANCE_MS) return { ok: false, reason: 'future' };
  return { ok: true, ms };
}

/**
 * Every signal reads every post's time, and a thread's posts are read by several signals: each
 * text is parsed once (bounded: the cache is emptied when full). NaN: unparsable.
 */
const parsed = new Map<string, number>();
const PARSED_MAX = 100_000;
const MISSING = -Infinity;

function parseIso(value: string): number {
  const text = value.trim();
  if (text === '') return MISSING;
  const match = ISO_8601.exec(text);
  if (!match) return NaN;
  const hasTime = text.length > 10;
  // A date-time without an offset is read as UTC, as the sites' APIs mean it.
  const iso = hasTime && match[1] === undefined ? `${text.replace(' ', 'T')}Z` : text.replace(' ', 'T');
  const ms = Date.parse(iso);
  return Number.isNaN(ms) || !realDay(text) ? NaN : ms;
}

/** V8 reads "2024-02-30" as 1 March: check the day exists in its month. */
function realDay(text: string): boolean {
  const year = Number(text.slice(0, 4));
  const month = Number(text.slice(5, 7));
  const day = Number(text.slice(8, 10));
  return month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
