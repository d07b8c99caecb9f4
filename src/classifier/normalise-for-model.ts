// Text normalisation applied before tokenising: the TypeScript twin of models/pipeline/normalize.py.
// The model was trained on exactly what the Python one produces, so the two must agree byte for
// byte (test/unit/classifier/normalise-for-model-parity.test.ts). Classes are spelled out (no \w, \s, \b, /i)
// because those mean different things in Python and JavaScript outside ASCII.
// Why: the training sources mark links, handles, retweets and escapes differently, and a model fed
// raw text learns which dataset a post came from (../shared/data/README.md, first-model findings).

/** Inputs are clipped first, by code point, so a 100,000-character post costs no more than a long one. */
export const MAX_CODE_POINTS = 8192;

// JavaScript's \s plus NEL and the C0 separators that Python counts as space.
const WS = '\\t\\n\\v\\f\\r \\x1c-\\x1f\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff';
const WORD = 'A-Za-z0-9_';

const UNICODE_ESCAPE = /<U\+([0-9A-Fa-f]{4,6})>/gu;
const ENTITY = /&(#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|amp|lt|gt|quot|apos|nbsp);/gu;
const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const RETWEET = new RegExp(`(?<![${WORD}])RT @[${WORD}]+:?`, 'gu');
const URL = new RegExp(`(?:[Hh][Tt][Tt][Pp][Ss]?://|[Ww][Ww][Ww]\\.|pic\\.twitter\\.com/)[^${WS}]*`, 'gu');
const URL_WORD = new RegExp(`(?<![${WORD}])URL(?![${WORD}])`, 'gu');
const MENTION = new RegExp(`(?<![${WORD}])@[${WORD}]+`, 'gu');
const HASH = new RegExp(`#(?=[^${WS}#])`, 'gu');
const SPACES = new RegExp(`[${WS}]+`, 'gu');
const LEADING_MENTIONS = /^(?:@user ?)+/u;
const MENTION_RUN = /@user(?: @user)+/gu;
const LINK_RUN = /http(?: http)+/gu;
const CHAR_RUN = /(.)\1{3,}/gsu;

/** The character for a code point, or null where it is not a Unicode scalar value. */
function codePoint(value: number): string | null {
  if (value <= 0 || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) return null;
  return String.fromCodePoint(value);
}

function unescapeEntity(match: string, name: string): string {
  const named = NAMED[name];
  if (named !== undefined) return named;
  const hex = name[1] === 'x' || name[1] === 'X';
  return codePoint(Number.parseInt(name.slice(hex ? 2 : 1), hex ? 16 : 10)) ?? match;
}

/** The first `max` code points of `text` (Python's `text[:max]`). */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let units = 0;
  let points = 0;
  while (units < text.length && points < max) {
    const cp = text.codePointAt(units) ?? 0;
    units += cp > 0xffff ? 2 : 1;
    points++;
  }
  return text.slice(0, units);
}

/** Trims ASCII spaces only, like Python's `str.strip(" ")`. */
function trimSpaces(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text[start] === ' ') start++;
  while (end > start && text[end - 1] === ' ') end--;
  return text.slice(start, end);
}

export function normaliseForModel(input: string): string {
  let text = clip(input, MAX_CODE_POINTS);
  text = text.replace(UNICODE_ESCAPE, (match, hex: string) => codePoint(Number.parseInt(hex, 16)) ?? match);
  // Twice, because some sources escaped twice (`&amp;amp;`, `&amp;#8220;`).
  text = text.replace(ENTITY, unescapeEntity).replace(ENTITY, unescapeEntity);
  text = text.replace(RETWEET, '');
  text = text.replace(URL, 'http').replace(URL_WORD, 'http');
  text = text.replace(MENTION, '@user');
  // Hashtag words stay, the sign goes: hashtag presence alone told one source from another.
  text = text.replace(HASH, '');
  text = trimSpaces(text.replace(SPACES, ' '));
  // Reply handles at the start exist on Twitter only; other platforms keep them out of the text.
  text = text.replace(LEADING_MENTIONS, '').replace(MENTION_RUN, '@user').replace(LINK_RUN, 'http');
  text = text.replace(CHAR_RUN, (_match, char: string) => char.repeat(3));
  return trimSpaces(text);
}
