// bsky.app shows times as social-app's niceDate: Intl dateStyle "long" + timeStyle "short" in the reader's locale and
// time zone, e.g. "November 20, 2025 at 10:05 AM" (en-US). Only that English form is read, as local time (the
// content script runs in the time zone the page was drawn in); anything else is left unread rather than guessed.
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const NICE_DATE = /^\s*([A-Za-z]+)\s+(\d{1,2}),\s+(\d{4})(?:\s+at|,)?\s+(\d{1,2}):(\d{2})\s*([AaPp][Mm])\s*$/;

/** ISO time of a niceDate text, or undefined. */
export function niceDateToIso(label: string | null | undefined): string | undefined {
  const match = NICE_DATE.exec((label ?? '').replace(/\u202f|\u00a0/g, ' '));
  if (match === null) return undefined;
  const [, monthName = '', day = '', year = '', hour = '', minute = '', half = ''] = match;
  const month = MONTHS.indexOf(monthName.toLowerCase());
  let h = Number(hour);
  if (month === -1 || h < 1 || h > 12) return undefined;
  if (half.toLowerCase() === 'pm' && h !== 12) h += 12;
  if (half.toLowerCase() === 'am' && h === 12) h = 0;
  const date = new Date(Number(year), month, Number(day), h, Number(minute));
  return Number.isNaN(date.getTime()) || date.getDate() !== Number(day) ? undefined : date.toISOString();
}
