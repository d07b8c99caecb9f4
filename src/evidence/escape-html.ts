// The one way page text gets into an evidence report. Everything a post, an account or a signal
// sentence says goes through pageText (or escapeHtml for text that must stay byte for byte, such
// as a URL shown as text). Nothing from a page is ever put in a tag name, an attribute name or a URL
// attribute: the report has no links that load anything.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes the five characters that can end a text node or an attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

// Characters that change how text around them is shown without being seen themselves: bidi
// overrides and isolates (an RTL override can make "evil.com/moc.elgoog" read as a trusted
// domain), zero-width spaces and joiners (used to dodge copy detectors), the BOM, the soft hyphen,
// and C0/C1 controls other than tab and newline. In evidence they are shown, not obeyed.
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- these characters are what it finds
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u061C\u115F\u1160\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\u3164\uFEFF\uFFF9-\uFFFB]/g;

const codeName = (c: string): string => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** Plain text with each invisible or direction-changing character replaced by a visible [U+XXXX]. */
export function revealInvisibles(text: string): string {
  return text.replace(INVISIBLE, (c) => `[${codeName(c)}]`);
}

/** True when the text holds a character revealInvisibles would show. */
export function hasInvisibles(text: string): boolean {
  INVISIBLE.lastIndex = 0;
  const found = INVISIBLE.test(text);
  INVISIBLE.lastIndex = 0;
  return found;
}

/**
 * Page text as HTML: escaped, each invisible or bidi control shown as a marked [U+XXXX], inside
 * <bdi> so that right-to-left text stays in its own box and cannot reorder what follows it.
 */
export function pageText(text: string): string {
  return `<bdi>${pageTextInline(text)}</bdi>`;
}

/** pageText without the <bdi> box, for pieces of one text (the words of a diff). */
export function pageTextInline(text: string): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(INVISIBLE)) {
    const at = match.index ?? 0;
    out += escapeHtml(text.slice(last, at));
    out += `<span class="ctl">[${codeName(match[0])}]</span>`;
    last = at + match[0].length;
  }
  out += escapeHtml(text.slice(last));
  return out;
}
