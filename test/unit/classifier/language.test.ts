// The language gate on posts whose language is plain, and on the bad input of the issue.
// Accuracy on real tweets is measured by tools/eval-language, not here.
import { describe, expect, it } from 'vitest';
import { detectLanguage, languageVerdict, UNDETERMINED } from '../../../src/classifier/language.ts';

const EN = [
  'I honestly cannot believe the council approved this without asking anyone who lives here',
  'Thanks everyone for coming out tonight, what a great crowd!',
];
const OTHER: [string, string][] = [
  ['de', 'Ich kann nicht glauben, dass der Stadtrat das beschlossen hat, ohne die Anwohner zu fragen'],
  ['es', 'No puedo creer que el ayuntamiento haya aprobado esto sin preguntar a los vecinos'],
  ['fr', "Je n'arrive pas à croire que la mairie ait approuvé cela sans demander aux habitants"],
  ['ar', 'لا أصدق أن المجلس وافق على هذا دون أن يسأل أي شخص يعيش هنا'],
  ['ru', 'Не могу поверить, что совет одобрил это, не спросив никого из жителей'],
  ['ja', '市議会が住民に何も聞かずにこれを承認したなんて信じられない'],
];

describe('language gate', () => {
  it('detects plain sentences', () => {
    for (const text of EN) expect(detectLanguage(text)).toBe('en');
    for (const [language, text] of OTHER) expect(detectLanguage(text)).toBe(language);
  });

  it('reads English and refuses other languages for an English-only model', () => {
    for (const text of EN) expect(languageVerdict(text, ['en'])).toEqual({ read: true, language: 'en' });
    for (const [language, text] of OTHER) expect(languageVerdict(text, ['en'])).toEqual({ read: false, reason: 'language', language });
    expect(languageVerdict(OTHER[0]?.[1] ?? '', ['en', 'de']).read).toBe(true);
  });

  it('ignores links, handles and hashtag signs when counting letters', () => {
    expect(detectLanguage('@somebody https://example.com/a/very/long/path/that/is/not/language #wow')).toBe(UNDETERMINED);
  });

  it('reads short or letterless Latin posts, refuses short posts in other scripts', () => {
    for (const text of ['', '😀😀😀', 'lol same', 'so true', 'x'.repeat(5), '\u200b\u200f', 'http://t.co/x']) {
      expect(detectLanguage(text)).toBe(UNDETERMINED);
      expect(languageVerdict(text, ['en']).read).toBe(true);
    }
    for (const text of ['مرحبا', 'привет', '你好']) expect(languageVerdict(text, ['en'])).toEqual({ read: false, reason: 'language', language: UNDETERMINED });
  });

  it('copes with huge and odd input quickly', () => {
    const start = performance.now();
    for (const text of ['word '.repeat(20_000), 'x'.repeat(100_000), '👩‍👩‍👧‍👦'.repeat(1000), '[SEP][CLS]', 'ΟΔΟΣ είναι ελληνικά γράμματα εδώ']) {
      expect(typeof languageVerdict(text, ['en']).read).toBe('boolean');
    }
    expect(performance.now() - start).toBeLessThan(2000);
  });
});
