// The text that copies of one message share once the cheap disguises are gone: case, accents,
// punctuation, emoji, spacing, links and @-mentions (campaigns vary these so exact matching fails).

/** Signals read at most this much of a post: a 100,000-character post costs no more than a long one. */
export const MAX_TEXT_CHARS = 4000;

const URL = /(?:https?:\/\/|www\.)\S+/giu;
// @handle, @user@instance (Mastodon), @name.bsky.social (Bluesky)
const MENTION = /(^|[^\p{L}\p{N}_])@[\p{L}\p{N}_](?:[\p{L}\p{N}_.-]*[\p{L}\p{N}_])?(?:@[\p{L}\p{N}.-]+)?/gu;
const RETWEET_PREFIX = /^\s*rt\s*:?\s+/u;
const MARKS = /\p{M}+/gu;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;

// eslint-disable-next-line no-control-regex -- the whole ASCII range, control characters included, is the point
const ASCII = /^[\x00-\x7f]*$/;

export function normaliseText(text: string): string {
  const head = text.slice(0, MAX_TEXT_CHARS);
  // Unicode normalisation is the costly step and changes nothing in plain ASCII
  const folded = ASCII.test(head) ? head : head.normalize('NFKD').replace(MARKS, '').normalize('NFKC');
  return folded.toLowerCase().replace(URL, ' ').replace(MENTION, '$1 ').replace(RETWEET_PREFIX, '').replace(NOT_WORD, ' ').trim();
}

// Scripts written without spaces between words: there a word is about two characters.
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

/** Roughly how many words a normalised text holds: what "lol" lacks and a slogan has. */
export function wordCount(normalised: string): number {
  if (normalised === '') return 0;
  // normalised text has single spaces between words: without an unspaced script, count the spaces
  if (!UNSPACED.test(normalised)) {
    let spaces = 0;
    for (let i = normalised.indexOf(' '); i !== -1; i = normalised.indexOf(' ', i + 1)) spaces++;
    return spaces + 1;
  }
  let words = 0;
  for (const token of normalised.split(' ')) {
    if (!UNSPACED.test(token)) {
      words += 1;
      continue;
    }
    let unspaced = 0;
    for (const ch of token) if (UNSPACED.test(ch)) unspaced++;
    words += Math.ceil(unspaced / 2) + (token.length > unspaced ? 1 : 0);
  }
  return words;
}

// Several signals read the same post's normalised text; scoring a thread computes it once.
// Posts are treated as immutable once scored (they come fresh from a page or a file each time).
const cache = new WeakMap<object, string>();

/** normaliseText of a post's text, remembered for as long as the post object lives. */
export function normalisedPostText(post: { text: string }): string {
  let text = cache.get(post);
  if (text === undefined) {
    text = normaliseText(post.text);
    cache.set(post, text);
  }
  return text;
}
