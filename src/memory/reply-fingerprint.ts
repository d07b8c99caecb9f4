// What the cross-thread memory keeps of a reply: a 53-bit hash of its normalised text (case,
// accents, punctuation, links, @-mentions and "RT" gone, as duplicate-replies compares them), and
// only for replies that say enough that two accounts writing it by chance is unlikely. "Thank you",
// "RIP" or "so sad" repeat under every news thread: they never get a fingerprint.
import { fnv1a } from '../shared/hash.ts';
import type { ContentTerms } from '../signals/content-terms.ts';
import { contentTermsOfNormalised, contentTermsOfPost } from '../signals/content-terms.ts';
import { normalisedPostText, normaliseText, wordCount } from '../signals/normalise-text.ts';

export const FINGERPRINT = {
  /** a reply needs this many words... */
  minWords: 6,
  /** ...and, in English, this many content stems (stopwords out) */
  minEnglishStems: 4,
  /** elsewhere, where content words cannot be told, more words instead */
  minWordsOtherLanguages: 9,
  /** characters of the reply kept to show the reader what was copied */
  excerptChars: 48,
} as const;

/** The fingerprint of a normalised text, or null when it says too little to count as a copy. */
export function fingerprintOfNormalised(normalised: string, terms: ContentTerms = contentTermsOfNormalised(normalised)): number | null {
  const words = wordCount(normalised);
  if (words < FINGERPRINT.minWords) return null;
  if (terms.english ? terms.stems < FINGERPRINT.minEnglishStems : words < FINGERPRINT.minWordsOtherLanguages) return null;
  return fnv1a(normalised);
}

export function replyFingerprint(text: string): number | null {
  return fingerprintOfNormalised(normaliseText(text));
}

/** A post's fingerprint, computed once per post object: the signal looks it up, the memory then remembers it. */
const postFingerprints = new WeakMap<object, number | null>();
export function postFingerprint(post: { text: string }): number | null {
  let fp = postFingerprints.get(post);
  if (fp === undefined) {
    fp = fingerprintOfNormalised(normalisedPostText(post), contentTermsOfPost(post));
    postFingerprints.set(post, fp);
  }
  return fp;
}

// whitespace that folding would change: a run, or anything but a plain space
const FOLDABLE_SPACE = /\s\s|[^\S ]/;

/** A short excerpt of the original text, for the sentence the reader sees. */
export function excerptOf(text: string): string {
  // a long text is cut before its spaces are folded: only the first few words are kept
  const head = text.slice(0, FINGERPRINT.excerptChars * 4);
  const flat = (FOLDABLE_SPACE.test(head) ? head.replace(/\s+/g, ' ') : head).trim();
  return flat.length <= FINGERPRINT.excerptChars ? flat : `${flat.slice(0, FINGERPRINT.excerptChars - 1)}…`;
}
