// What differs between two copies of a reply, word by word: the longest common subsequence of
// their words. Copies in a campaign usually differ by a name, an emoji or a hashtag; showing only
// those makes a group of 30 near-identical replies readable at a glance.

export interface DiffToken {
  text: string;
  /** false where this word is not in the reference text (whitespace is always "same") */
  same: boolean;
}

/** Above this many words per text the diff is skipped: the texts are shown whole instead. */
export const MAX_DIFF_WORDS = 400;

/**
 * `text` cut into words and the whitespace between them, each word marked by whether it belongs
 * to the longest common word sequence with `reference`. Null when either text is too long to diff.
 */
export function wordDiff(reference: string, text: string): DiffToken[] | null {
  const parts = text.split(/(\s+)/).filter((p) => p !== '');
  const words = parts.filter((p) => !/^\s+$/.test(p));
  const refWords = reference.split(/\s+/).filter((w) => w !== '');
  if (words.length > MAX_DIFF_WORDS || refWords.length > MAX_DIFF_WORDS) return null;
  const n = words.length;
  const m = refWords.length;
  // lcs[i][j]: length of the LCS of words[i..] and refWords[j..], in one flat array
  const lcs = new Uint16Array((n + 1) * (m + 1));
  const at = (i: number, j: number): number => lcs[i * (m + 1) + j] ?? 0;
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * (m + 1) + j] = words[i] === refWords[j] ? at(i + 1, j + 1) + 1 : Math.max(at(i + 1, j), at(i, j + 1));
    }
  }
  const same = new Array<boolean>(n).fill(false);
  for (let i = 0, j = 0; i < n && j < m;) {
    if (words[i] === refWords[j]) {
      same[i] = true;
      i++;
      j++;
    } else if (at(i + 1, j) >= at(i, j + 1)) i++;
    else j++;
  }
  let w = 0;
  return parts.map((p) => (/^\s+$/.test(p) ? { text: p, same: true } : { text: p, same: same[w++] ?? false }));
}
