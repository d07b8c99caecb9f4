// fast-check arbitraries for the property tests: threads shaped like real ones (shared handles,
// copied texts, close times, shared links) with hostile text mixed in (lone surrogates, bidi
// overrides, zero-width joiners, control characters, markup, `javascript:` links).
import fc from 'fast-check';
import type { PostScores } from '../../../src/shared/report.ts';
import type { Author, Post, Thread } from '../../../src/shared/thread.ts';
import { PLATFORM_LABELS } from '../../../src/shared/thread.ts';
import { normaliseHandle } from '../../../src/shared/normalise-handle.ts';

export const T0 = Date.parse('2024-05-01T10:00:00Z');
export const NOW = Date.parse('2024-06-01T00:00:00Z');

/**
 * Property runs per test: enough to find the shallow bugs, few enough for a 2-core CI machine.
 * THREADLENS_PROPERTY_RUNS=1000 digs deeper; a failure prints the seed to replay it.
 */
export const RUNS = Number(process.env.THREADLENS_PROPERTY_RUNS) || 60;

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const nasty = fc.constantFrom(
  '\u202e',
  '\u2066',
  '\u200d',
  '\u200b',
  '\u0000',
  '\u001b[2J',
  '\ufeff',
  '\u0301',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '</style>',
  '\r\n',
  '𝓗𝓮𝓵𝓵𝓸',
  'Ⅻ',
  'İ',
  'ß',
);

/** Any string: full Unicode, lone surrogates, and the tricks above. */
export const hostileString = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 60 }) },
  { weight: 2, arbitrary: fc.string({ unit: fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), loneSurrogate, nasty), maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 80 }) },
);

const SENTENCES = [
  'The council should publish the full budget report before the vote next week.',
  'Everyone knows this policy will ruin small businesses in our city forever.',
  'I agree with this, the new park plan looks great for families.',
  'congrats!',
  'lol',
  'Vote them out! Corrupt elites are stealing our future #wakeup',
  'Check the facts here before you share https://example.org/report?utm_source=x',
  '这个政策对我们的城市很重要，大家应该关注。',
  'Как же надоели эти бесконечные обещания перед выборами.',
];

/** Post text: mostly sentences from a small pool (so copies happen), sometimes edited, sometimes hostile. */
export const postText = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...SENTENCES) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...SENTENCES), fc.string({ maxLength: 6 })).map(([s, tail]) => `${s} ${tail}`) },
  { weight: 2, arbitrary: hostileString },
);

const handle = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('maria', 'Maria', '@maria', 'john_smith', 'patriot84729301', 'user1234567', 'news_desk', 'mаria' /* Cyrillic а */) },
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 30 }).map((n) => `account${n}`) },
  { weight: 1, arbitrary: hostileString },
);

/** Times near T0, a few unreadable ones, some after NOW (wrong clocks). */
const time = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 48 * 60 }).map((m) => new Date(T0 + m * 60_000).toISOString()) },
  { weight: 1, arbitrary: fc.constantFrom('not a date', '', '2999-01-01T00:00:00Z', '1970-01-01T00:00:00Z', '2024-13-45T99:99:99Z') },
  { weight: 1, arbitrary: hostileString },
);

const link = fc.oneof(
  fc.constantFrom(
    'https://example.org/report',
    'https://example.org/report?utm_source=x',
    'http://t.co/abc',
    'https://x.com/someone/status/1',
    'https://bit.ly/xyz',
    'https://evil.example/a',
  ),
  fc.constantFrom(
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    'https://exam\u202eple.org',
    'http://[::1',
    'https://xn--80ak6aa92e.com',
  ),
  hostileString,
);

const author: fc.Arbitrary<Author> = fc.record(
  {
    handle,
    displayName: fc.oneof(fc.constantFrom('Maria', 'News Desk', 'Patriot 🇺🇸', '\u202eairaM'), hostileString),
    verified: fc.boolean(),
    defaultAvatar: fc.boolean(),
    createdAt: time,
    followers: fc.oneof(fc.nat({ max: 100_000 }), fc.constantFrom(-1, Number.MAX_SAFE_INTEGER)),
    following: fc.nat({ max: 10_000 }),
  },
  { requiredKeys: ['handle'] },
);

const postFields = fc.record(
  {
    author,
    text: postText,
    createdAt: time,
    links: fc.array(link, { maxLength: 3 }),
    hashtags: fc.array(fc.oneof(fc.constantFrom('wakeup', 'vote', 'news'), hostileString), { maxLength: 3 }),
    // rare, as on real pages: a label on every other post would make every thread High
    platformLabels: fc.oneof(
      { weight: 12, arbitrary: fc.constant<string[]>([]) },
      { weight: 1, arbitrary: fc.array(fc.oneof(fc.constantFrom(...Object.values(PLATFORM_LABELS)), hostileString), { minLength: 1, maxLength: 2 }) },
    ),
  },
  { requiredKeys: ['author', 'text'] },
);

/**
 * A thread: a root, then 0 to `maxReplies` replies with unique ids. An account shows one profile
 * on a page, so every post of one (normalised) handle carries the profile of its first post.
 */
export function threadArb(maxReplies = 40): fc.Arbitrary<Thread> {
  return fc.tuple(postFields, fc.array(postFields, { maxLength: maxReplies, size: 'medium' })).map(([root, replies]) => {
    const posts: Post[] = [{ id: 'root', ...root }, ...replies.map((r, i): Post => ({ id: `r${i}`, replyTo: 'root', ...r }))];
    const profiles = new Map<string, Author>();
    for (const post of posts) {
      const key = normaliseHandle(post.author.handle);
      const profile = profiles.get(key);
      if (profile === undefined) profiles.set(key, post.author);
      else post.author = { ...profile, handle: post.author.handle };
    }
    return { site: 'x', posts };
  });
}

/** Classifier scores for every post of a thread, drawn from a seed; mostly low, as for ordinary posts. */
export function postScoresFor(thread: Thread, seed: number): Map<string, PostScores> {
  let s = seed >>> 0 || 1;
  const next = (): number => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return ((s >>> 0) / 2 ** 32) ** 3;
  };
  return new Map(thread.posts.map((p) => [p.id, { inauthentic: next(), toxic: next(), machine_generated: next(), propaganda: next() }]));
}
