// Properties of the text, handle and URL normalisers and of shingling, on any string.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseForModel } from '../../../src/classifier/normalise-for-model.ts';
import { jaccard, nearDuplicateGroups, shingleSet } from '../../../src/signals/near-duplicate-groups.ts';
import { normaliseHandle } from '../../../src/shared/normalise-handle.ts';
import { normaliseText, wordCount } from '../../../src/signals/normalise-text.ts';
import { excerptOf, FINGERPRINT } from '../../../src/memory/reply-fingerprint.ts';
import { normaliseUrl } from '../../../src/signals/normalise-url.ts';
import { hostileString, postText, RUNS } from './arbitraries.ts';

const anyText = fc.oneof(hostileString, postText);

describe('normalisation', () => {
  it('normaliseText: never throws; only letters and numbers separated by single spaces; a fixed point', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const out = normaliseText(text);
        expect(out).toMatch(/^(?:[\p{L}\p{N}]+(?: [\p{L}\p{N}]+)*)?$/u);
        expect(wordCount(out)).toBeGreaterThanOrEqual(0);
        // without a script written unspaced, a word is a space-separated token
        if (!/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u.test(out))
          expect(wordCount(out)).toBe(out === '' ? 0 : out.split(' ').length);
        expect(normaliseText(out)).toBe(out);
      }),
      { numRuns: RUNS * 4 },
    );
  });

  it('excerptOf: the first words with whitespace folded, at most excerptChars long', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const flat = text
          .slice(0, FINGERPRINT.excerptChars * 4)
          .replace(/\s+/g, ' ')
          .trim();
        expect(excerptOf(text)).toBe(flat.length <= FINGERPRINT.excerptChars ? flat : `${flat.slice(0, FINGERPRINT.excerptChars - 1)}…`);
      }),
      { numRuns: RUNS * 4 },
    );
  });

  it('normaliseText: a 1 MB text costs what its first 4,000 characters cost', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const big = text.repeat(Math.ceil(1_000_000 / Math.max(1, text.length)));
        expect(normaliseText(big)).toBe(normaliseText(big.slice(0, 4000)));
      }),
      { numRuns: 10 },
    );
  });

  it('normaliseForModel: never throws, no leading or trailing spaces, a string whatever comes in', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const out = normaliseForModel(text);
        expect(typeof out).toBe('string');
        expect(out).toBe(out.replace(/^ +| +$/g, ''));
      }),
      { numRuns: RUNS * 4 },
    );
  });

  it('normaliseHandle: idempotent, lower case, no leading @ or spaces', () => {
    const decorated = fc.tuple(fc.constantFrom('', ' ', '@', '@@', ' @ ', '@\t'), anyText, fc.constantFrom('', ' ', '\n')).map(([a, b, c]) => a + b + c);
    fc.assert(
      fc.property(fc.oneof(anyText, decorated), (handle) => {
        const out = normaliseHandle(handle);
        expect(normaliseHandle(out)).toBe(out);
        expect(out).toBe(out.toLowerCase());
        expect(out).not.toMatch(/^[@\s]|\s$/u);
      }),
      { numRuns: RUNS * 4 },
    );
  });

  it('normaliseUrl: never throws; only http(s) hosts come out, and the result is stable', () => {
    const urlish = fc.oneof(
      anyText,
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      fc.constantFrom('javascript:alert(1)', 'data:text/html,x', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'file:///etc/passwd'),
    );
    fc.assert(
      fc.property(urlish, (raw) => {
        const out = normaliseUrl(raw);
        if (/^\s*(javascript|data|vbscript|file):/i.test(raw)) expect(out).toBeUndefined();
        if (out === undefined) return;
        expect(out.host).not.toBe('');
        expect(out.url.startsWith(out.host)).toBe(true);
        expect(normaliseUrl(out.url)?.url).toBe(out.url);
      }),
      { numRuns: RUNS * 4 },
    );
  });
});

describe('shingling', () => {
  it('shingleSet: never throws, at least one shingle, sorted and distinct', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const set = shingleSet(text);
        expect(set.length).toBeGreaterThan(0);
        for (let i = 1; i < set.length; i++) expect((set[i] ?? 0) > (set[i - 1] ?? 0)).toBe(true);
      }),
      { numRuns: RUNS * 4 },
    );
  });

  it('jaccard: in [0, 1], symmetric, 1 with itself', () => {
    fc.assert(
      fc.property(anyText, anyText, (a, b) => {
        const [x, y] = [shingleSet(a), shingleSet(b)];
        const j = jaccard(x, y);
        expect(j).toBeGreaterThanOrEqual(0);
        expect(j).toBeLessThanOrEqual(1);
        expect(jaccard(y, x)).toBe(j);
        expect(jaccard(x, x)).toBe(1);
      }),
      { numRuns: RUNS * 4 },
    );
  });

  it('nearDuplicateGroups: each text in one group at most, identical texts together, empty texts never', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(postText, fc.constant('')), { maxLength: 60 }), (raw) => {
        const texts = raw.map(normaliseText);
        const groups = nearDuplicateGroups(texts, { minSimilarity: 0.6 });
        const groupOf = new Map<number, number>();
        groups.forEach((members, g) => {
          expect(members.length).toBeGreaterThanOrEqual(2);
          for (const i of members) {
            expect(groupOf.has(i)).toBe(false);
            groupOf.set(i, g);
            expect(texts[i]).not.toBe('');
          }
        });
        for (let i = 0; i < texts.length; i++) {
          for (let j = i + 1; j < texts.length; j++) {
            if (texts[i] !== '' && texts[i] === texts[j]) expect(groupOf.get(i)).toBe(groupOf.get(j) ?? -1);
          }
        }
      }),
      { numRuns: RUNS * 2 },
    );
  });
});
