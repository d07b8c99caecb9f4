// Page and API times -> ISO 8601 (UTC, milliseconds), so that an adapter and an importer of the same post agree.

/**
 * Any time Date.parse reads, plus Reddit's "2024-05-01T12:34:56.789000+0000" (microseconds, an offset without a
 * colon: not ISO 8601, and Safari refuses it). Undefined for anything else.
 */
export function isoTime(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const fixed = value
    .trim()
    .replace(/(\.\d{3})\d+/, '$1')
    .replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  const time = Date.parse(fixed);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

/** Seconds since the epoch (Reddit's created_utc), milliseconds when `unit` says so. */
export function isoFromEpoch(value: unknown, unit: 's' | 'ms' = 's'): string | undefined {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isFinite(number) || number <= 0) return undefined;
  const date = new Date(unit === 's' ? number * 1000 : number);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}
