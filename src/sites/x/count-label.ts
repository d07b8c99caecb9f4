// Counts from X's accessibility labels: "2534 Replies. Reply", "1.2K likes", "5,432 views", "1 234 J’aime".
// Labels are localised; the number comes first in the languages checked, so read only a leading number and
// leave out anything that is not clearly one (a decimal without a K/M/B suffix, words like "Tsd.", other digits).

const LEADING_COUNT = /^\s*(\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+|\d+(?:[.,]\d+)?)\s?([KMB])?(?=$|[\s.,;:)·])/iu;

const SUFFIX: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9 };

/** The count a label starts with, or undefined when it does not start with one this can read. */
export function countFromLabel(label: string | null | undefined): number | undefined {
  if (!label) return undefined;
  const match = LEADING_COUNT.exec(label);
  const digits = match?.[1];
  if (digits === undefined) return undefined;
  const suffix = match?.[2];
  if (suffix !== undefined) {
    // "1.2K" / "1,2K": one decimal separator, then a multiplier.
    if (!/^\d+(?:[.,]\d+)?$/.test(digits)) return undefined;
    const value = Number(digits.replace(',', '.')) * (SUFFIX[suffix.toLowerCase()] ?? Number.NaN);
    return Number.isFinite(value) ? Math.round(value) : undefined;
  }
  if (/^\d+$/.test(digits)) return Number(digits);
  // Groups of three after a separator are thousands ("5,432", "1.234.567", "1 234"); "1.5" alone is not a count.
  if (/^\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+$/.test(digits)) return Number(digits.replace(/\D/g, ''));
  return undefined;
}

/** The views count in an action-group label such as "1 reply, 4 likes, 2 bookmarks, 809 views" (English only). */
export function viewsFromGroupLabel(label: string | null | undefined): number | undefined {
  if (!label) return undefined;
  const match = /(\d[\d.,\u00a0\u202f]*[KMB]?)\s+views?\s*$/i.exec(label);
  return match?.[1] === undefined ? undefined : countFromLabel(match[1]);
}
