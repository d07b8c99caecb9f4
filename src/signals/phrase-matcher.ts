// Finds fixed phrases in posts whatever their case, punctuation, apostrophes or spacing.
// Latin, Cyrillic and other spaced scripts match on whole words ("as an ai" must not match
// "has an aim"); Chinese and Japanese are matched with all spaces removed, since they use none.
// Spaced phrases are looked up by their first word, so a post costs one pass over its words
// rather than one search per phrase.

const APOSTROPHES = /['\u2018\u2019\u02bc\u00b4`]/gu;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

function spaced(text: string): string {
  return ` ${text.normalize('NFKC').toLowerCase().replace(APOSTROPHES, '').replace(NOT_WORD, ' ').trim()} `;
}

export interface PhraseMatcher<T> {
  /** the entries whose phrase occurs in the text */
  find(text: string): T[];
}

export function phraseMatcher<T>(entries: readonly T[], phraseOf: (entry: T) => string): PhraseMatcher<T> {
  const byFirstWord = new Map<string, { entry: T; key: string }[]>();
  const compact: { entry: T; key: string }[] = [];
  for (const entry of entries) {
    const s = spaced(phraseOf(entry));
    if (UNSPACED.test(s)) {
      compact.push({ entry, key: s.replace(/ /g, '') });
      continue;
    }
    const first = s.trim().split(' ')[0] ?? '';
    const list = byFirstWord.get(first) ?? [];
    list.push({ entry, key: s });
    byFirstWord.set(first, list);
  }
  return {
    find(text: string): T[] {
      const s = spaced(text);
      const found = new Set<T>();
      for (const word of new Set(s.trim().split(' '))) {
        for (const p of byFirstWord.get(word) ?? []) if (s.includes(p.key)) found.add(p.entry);
      }
      if (compact.length > 0 && UNSPACED.test(s)) {
        const c = s.replace(/ /g, '');
        for (const p of compact) if (c.includes(p.key)) found.add(p.entry);
      }
      return entries.filter((e) => found.has(e));
    },
  };
}
