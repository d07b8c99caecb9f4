// Plain text and links from the small, sanitised HTML that Mastodon puts in a status's `content`.
// A tag stripper rather than a DOM: the text never goes back into a page, nothing is executed,
// and the importers stay pure. Entities are decoded after the tags are gone, so "&lt;b&gt;" comes
// out as the literal text "<b>", never as a tag.

// a tag, with quoted attribute values that may hold ">"
const TAG = /<(?:[^>"']|"[^"]*"|'[^']*')*>/g;
const DROPPED = /<(script|style|template)\b(?:[^>"']|"[^"]*"|'[^']*')*>[\s\S]*?<\/\1\s*>/gi;
const ANCHOR = /<a\b((?:[^>"']|"[^"]*"|'[^']*')*)>/gi;
const ATTRIBUTE = /([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
    }
    return NAMED[name.toLowerCase()] ?? whole;
  });
}

export function htmlToText(html: string): string {
  return decodeEntities(
    html
      .replace(DROPPED, '')
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<\/p>\s*<p\b[^>]*>/gi, '\n\n')
      .replace(TAG, ''),
  )
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export interface Anchor {
  href: string;
  classes: string[];
}

export function htmlAnchors(html: string): Anchor[] {
  const out: Anchor[] = [];
  for (const m of html.matchAll(ANCHOR)) {
    const attributes = new Map<string, string>();
    for (const a of (m[1] ?? '').matchAll(ATTRIBUTE)) attributes.set((a[1] ?? '').toLowerCase(), decodeEntities(a[2] ?? a[3] ?? a[4] ?? ''));
    const href = attributes.get('href');
    if (href) out.push({ href, classes: (attributes.get('class') ?? '').split(/\s+/).filter((c) => c !== '') });
  }
  return out;
}
