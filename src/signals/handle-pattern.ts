// What a handle alone says about an account. Both patterns are weak on their own (see
// docs/scoring.md for how often they fire on the Cresci 2017 genuine and spambot profiles);
// bot-like-accounts only counts them together with other traits.

/** The part of a handle that the account chose: "maria84739201" of "maria84739201@mastodon.social" or "maria84739201.bsky.social". */
export function handleName(handle: string): string {
  const bare = handle.replace(/^@+/, '');
  const local = bare.split('@')[0] ?? bare;
  return local.split('.')[0] ?? local;
}

// Letters then 6 or more digits: the shape of the handles platforms suggest at sign-up
// (X's name + 8 digits). 4-digit years ("anna1987") and short numbers stay out.
const AUTO_NUMBERED = /^[\p{L}_]{2,}\d{6,}$/u;

export function isAutoNumberedHandle(handle: string): boolean {
  return AUTO_NUMBERED.test(handleName(handle));
}

const CONSONANT_RUN = /[bcdfghjklmnpqrstvwxz]{5,}/;
const LETTER_DIGIT_SWITCHES = 4;

/**
 * Looks machine-made: five consonants in a row ("xkqzrv"), or letters and digits switching
 * back and forth ("a7b3k9x2"). Lower-case Latin letters only: other scripts have other rules.
 */
export function isRandomLookingHandle(handle: string): boolean {
  // digits and underscores break a run: "mr_smith" is not "mrsm"
  const name = handleName(handle).toLowerCase();
  if (CONSONANT_RUN.test(name)) return true;
  let switches = 0;
  for (let i = 1; i < name.length; i++) {
    const a = /\d/.test(name[i - 1] ?? '');
    const b = /\d/.test(name[i] ?? '');
    const aLetter = /[a-z]/.test(name[i - 1] ?? '');
    const bLetter = /[a-z]/.test(name[i] ?? '');
    if ((a && bLetter) || (aLetter && b)) switches++;
  }
  return switches >= LETTER_DIGIT_SWITCHES;
}
