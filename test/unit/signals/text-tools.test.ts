import { describe, expect, it } from 'vitest';
import { jaccard, nearDuplicateGroups, shingleSet } from '../../../src/signals/near-duplicate-groups.ts';
import { normaliseText, wordCount } from '../../../src/signals/normalise-text.ts';
import { parsePostTime } from '../../../src/signals/post-time.ts';
import { formatDuration, quote } from '../../../src/signals/wording.ts';
import { NOW, organicReplies } from './thread-builder.ts';

describe('normaliseText', () => {
  it('removes case, accents, punctuation, emoji, links, mentions and retweet prefixes', () => {
    expect(normaliseText('RT @bob: Café  CRÈME!!! 😡 https://t.co/x @ann@mastodon.social www.site.com  ok')).toBe('cafe creme ok');
    expect(normaliseText('@name.bsky.social hello')).toBe('hello');
  });

  it('keeps e-mail-like text and letters of every script', () => {
    expect(normaliseText('Привет, МИР')).toBe('привет мир');
    expect(normaliseText('你好，世界！')).toBe('你好 世界');
  });

  it('caps what it reads of a huge post', () => {
    expect(normaliseText('a '.repeat(100_000)).length).toBeLessThanOrEqual(4000);
  });
});

describe('wordCount', () => {
  it('counts words, and pairs of characters in scripts without spaces', () => {
    expect(wordCount('')).toBe(0);
    expect(wordCount('lol')).toBe(1);
    expect(wordCount('vote him out now')).toBe(4);
    expect(wordCount('这个预算把学校的钱拿走')).toBe(6);
  });
});

describe('nearDuplicateGroups', () => {
  it('groups copies with small edits and leaves unrelated texts alone', () => {
    const base = 'the new budget steals from our schools to pay for friends of the mayor';
    const texts = [base, 'something else entirely about the weather today', `${base} now`, base.replace('steals', 'takes'), '', base];
    expect(nearDuplicateGroups(texts.map(normaliseText), { minSimilarity: 0.6 })).toEqual([[0, 2, 3, 5]]);
  });

  it('agrees with comparing every pair on a random sample', () => {
    const texts = organicReplies(300, 11).map((p) => normaliseText(p.text));
    const base = texts[0] ?? '';
    texts.push(`${base} indeed`, `${base} sure`, base.replace(/^\S+/, 'word'));
    const sets = texts.map(shingleSet);
    const groups = nearDuplicateGroups(texts, { minSimilarity: 0.6 });
    const grouped = new Set(groups.flat());
    for (let i = 0; i < texts.length; i++) {
      for (let j = i + 1; j < texts.length; j++) {
        const a = sets[i];
        const b = sets[j];
        if (a && b && jaccard(a, b) >= 0.75) expect(grouped.has(i) && grouped.has(j), `${texts[i]} | ${texts[j]}`).toBe(true);
      }
    }
    expect(groups[0]).toEqual(expect.arrayContaining([0, 300, 301, 302]));
  });

  it('measures similarity of sets exactly', () => {
    expect(jaccard(Uint32Array.of(1, 2, 3), Uint32Array.of(2, 3, 4))).toBe(0.5);
    expect(jaccard(new Uint32Array(0), new Uint32Array(0))).toBe(0);
  });
});

describe('parsePostTime', () => {
  it('reads ISO 8601 with or without offset (UTC) and refuses the rest', () => {
    expect(parsePostTime('2024-05-01T10:00:00Z', NOW)).toEqual({ ok: true, ms: Date.parse('2024-05-01T10:00:00Z') });
    expect(parsePostTime('2024-05-01T12:00:00+02:00', NOW)).toEqual({ ok: true, ms: Date.parse('2024-05-01T10:00:00Z') });
    expect(parsePostTime('2024-05-01 10:00', NOW)).toEqual({ ok: true, ms: Date.parse('2024-05-01T10:00:00Z') });
    expect(parsePostTime('2024-05-01', NOW)).toEqual({ ok: true, ms: Date.parse('2024-05-01T00:00:00Z') });
    for (const bad of ['May 1, 2024', '1714557600', '2024-02-30T10:00:00Z', 'yesterday']) {
      expect(parsePostTime(bad, NOW).ok, bad).toBe(false);
    }
    expect(parsePostTime(undefined, NOW)).toEqual({ ok: false, reason: 'missing' });
  });

  it('refuses dates in the future beyond a few minutes of clock drift', () => {
    expect(parsePostTime(new Date(NOW + 60_000).toISOString(), NOW).ok).toBe(true);
    expect(parsePostTime(new Date(NOW + 3600_000).toISOString(), NOW)).toEqual({ ok: false, reason: 'future' });
  });
});

describe('wording', () => {
  it('says durations as a reader would', () => {
    expect(formatDuration(40_000)).toBe('40 seconds');
    expect(formatDuration(4 * 60_000)).toBe('4 minutes');
    expect(formatDuration(3 * 3600_000)).toBe('3 hours');
    expect(formatDuration(3 * 86400_000)).toBe('3 days');
  });

  it('quotes a post short, on a word boundary', () => {
    expect(quote('short text')).toBe('"short text"');
    expect(quote('a long sentence that goes on and on well past the limit of the quote', 30)).toBe('"a long sentence that goes on…"');
  });
});
