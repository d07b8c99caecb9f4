// The hostile-text corpus: text written by strangers that must never be interpreted, in post
// texts, display names, handles and links: markup, script, CSS injection, `javascript:` URLs,
// RTL overrides, zero-width joiners, homoglyph handles, very long texts, lone UTF-16 surrogates.
// The demo server serves `hostileThread()` (not a demo) for the end-to-end test of the overlay;
// the DOM, signal and CLI tests run the whole corpus (test/dom/sites/x/x-hostile-corpus.test.ts,
// test/unit/cli/hostile-corpus.test.ts). The 1 MB text and the lone surrogates stay out of the
// demo page: a page is served as UTF-8, which has no lone surrogates, and 1 MB of debug-view text
// would slow every end-to-end run for what the DOM and Node tests already show.
import { snowflake } from './demo-thread.ts';
import type { DemoAccount, DemoPost, DemoThread } from './demo-thread.ts';

export const HOSTILE_MARKUP = '<img src=x onerror="window.__threadlensPwned=1"><script>window.__threadlensPwned=2</script> read this';
export const HOSTILE_RTL = 'price \u202Efdp.exe\u202C is \u200Bhidden\u200D\u2060 here \u200F';
export const LONG_TEXT = `${'long '.repeat(1999)}end.`;
export const CSS_INJECTION = '</style><style>*{display:none!important}</style><div style="background:url(javascript:window.__threadlensPwned=3)">styled</div>';
/** A million characters, with words, so that every stage has something to chew on. */
export const MEGABYTE_TEXT = `${'Megabyte post with words in it. '.repeat(31_250)}`;
/** Lone halves of surrogate pairs, which UTF-8 cannot carry: only JSON and JavaScript strings hold them. */
export const LONE_SURROGATES = 'high \uD83D alone, low \uDE00 alone, reversed \uDE00\uD83D, then a whole 😀';

/** Post texts. */
export const HOSTILE_TEXTS: readonly string[] = [
  HOSTILE_MARKUP,
  HOSTILE_RTL,
  CSS_INJECTION,
  'click javascript:window.__threadlensPwned=4 or JaVaScRiPt:alert(1) or data:text/html,<script>alert(1)</script>',
  'family \u{1F468}\u200D\u{1F469}\u200D\u{1F467} and z\u200Dw\u200Dj between every l\u200De\u200Dt\u200Dt\u200De\u200Dr',
  '\u0000\u0001\u0007\u001b[31mterminal escape\u001b[0m\u007f\u0085 controls',
  '{{constructor.constructor("window.__threadlensPwned=5")()}} ${window.__threadlensPwned=6} %s %n',
  LONG_TEXT,
];

/** Display names: what a profile lets anyone type. */
export const HOSTILE_NAMES: readonly string[] = [
  '<img src=x onerror="window.__threadlensPwned=7">',
  '</style><style>body{display:none}</style>',
  '\u202Egnitirw\u202C RTL',
  'Zero\u200B\u200CWidth\u200D\u2060Name\uFEFF',
  'Ρaypal Support', // Greek capital rho
  `${'Long name '.repeat(100)}`,
];

/** Handles: look-alikes are valid X handles (ASCII); the others only come from other sites' APIs. */
export const HOSTILE_HANDLES = {
  /** valid on X: letters and digits that pass for others */
  ascii: ['paypa1_support', 'rnicrosoft', 'g00gle_help', 'elonmusk_'],
  /** not valid on X, seen in imported threads: Cyrillic look-alikes, zero-width joiners, bidi overrides */
  unicode: ['pаypal', 'pay\u200Dpal', '\u202Elapyap', 'user\uD800'],
} as const;

/** Links as they reach `Post.links` from an adapter or an imported thread. */
export const HOSTILE_LINKS: readonly string[] = [
  'javascript:window.__threadlensPwned=8',
  'JAVASCRIPT:alert(1)',
  '  javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'https://exa\u202Emple.com/\u202Efdp.exe',
  'https://xn--pypal-4ve.com/login',
  'https://example.com/"><script>alert(1)</script>',
  `https://example.com/${'a'.repeat(100_000)}`,
];

export function hostileThread(): DemoThread {
  const start = Date.parse('2025-11-21T09:00:00.000Z');
  let seq = 0;
  const at = (minutes: number, author: DemoAccount, text: string): DemoPost => {
    const createdAt = new Date(start + minutes * 60_000).toISOString();
    return { id: snowflake(createdAt, seq++), author, text, createdAt, metrics: { replies: 0, reposts: 0, likes: 1, views: 10 } };
  };
  const replies: DemoPost[] = [];
  for (let i = 0; i < 6; i++) {
    replies.push(at(10 + i * 0.4, { handle: `markup_fan${40213 + i * 7}`, name: 'Markup Fan', defaultAvatar: true }, HOSTILE_MARKUP));
  }
  replies.push(at(30, { handle: 'rtl_writer', name: '\u202Egnitirw\u202C RTL' }, HOSTILE_RTL));
  replies.push(at(45, { handle: 'long_writer', name: 'Long Writer' }, LONG_TEXT));
  // One post per remaining text and name, each from its own look-alike account: no new group of copies.
  const rest = HOSTILE_TEXTS.filter((t) => t !== HOSTILE_MARKUP && t !== HOSTILE_RTL && t !== LONG_TEXT);
  const names = HOSTILE_NAMES;
  for (let i = 0; i < Math.max(rest.length, names.length); i++) {
    const handle = `${HOSTILE_HANDLES.ascii[i % HOSTILE_HANDLES.ascii.length] ?? 'odd'}${i}`;
    replies.push(at(60 + i * 7, { handle, name: names[i % names.length] ?? 'Odd' }, rest[i % rest.length] ?? 'odd'));
  }
  return {
    slug: 'hostile-texts',
    title: 'Texts that must stay text',
    focal: at(
      0,
      { handle: 'threadlens_hostile', name: 'Threadlens robustness page', color: '#536471' },
      'Replies below carry markup, direction overrides and very long text.',
    ),
    replies,
  };
}
