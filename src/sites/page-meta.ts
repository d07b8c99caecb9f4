// Where and when a saved page was read, from what the page itself carries:
// - the page's own <link rel="canonical"> / og:url (X keeps them current as you navigate);
// - the oEmbed discovery link's url parameter: X sets no canonical link on a status page seen logged out
//   ("Save page as" of x.com/badlogicgames/status/1991612272289161300, 2025-11, in
//   https://github.com/insin/control-panel-for-twitter/tree/master/examples: mario-zechner-wow.html) but names the
//   status in <link rel="alternate" type="application/json+oembed" href="https://publish.x.com/oembed?url=...">;
// - the browser's "<!-- saved from url=(0024)https://x.com/home -->" mark;
// - SingleFile's "<!-- Page saved with SingleFile url: ... saved date: ... -->" comment;
// - Save Page WE's <meta name="savepage-url"> and <meta name="savepage-date">.

export interface PageMeta {
  url?: string;
  /** ISO 8601 */
  capturedAt?: string;
}

/** Only the head of a page holds these marks; looking further would scan megabytes of markup. */
const HEAD_CHARS = 20_000;

export function pageMeta(doc: Document, html: string): PageMeta {
  const head = html.slice(0, HEAD_CHARS);
  const meta: PageMeta = {};
  const url =
    absoluteUrl(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')) ??
    absoluteUrl(doc.querySelector('meta[property="og:url"]')?.getAttribute('content')) ??
    absoluteUrl(oembedTarget(doc.querySelector('link[type="application/json+oembed"]')?.getAttribute('href'))) ??
    absoluteUrl(/<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(head)?.[1]) ??
    absoluteUrl(/Page saved with SingleFile[\s\S]*?\burl:\s*(\S+)/i.exec(head)?.[1]) ??
    absoluteUrl(doc.querySelector('meta[name="savepage-url"]')?.getAttribute('content'));
  if (url !== undefined) meta.url = url;
  const capturedAt =
    isoDate(/Page saved with SingleFile[\s\S]*?\bsaved date:\s*([^\n]+?)\s*(?:\n|-->)/i.exec(head)?.[1]) ??
    isoDate(doc.querySelector('meta[name="savepage-date"]')?.getAttribute('content'));
  if (capturedAt !== undefined) meta.capturedAt = capturedAt;
  return meta;
}

/** The page an oEmbed endpoint link describes: its url query parameter. */
function oembedTarget(href: string | null | undefined): string | undefined {
  if (!href) return undefined;
  try {
    return new URL(href).searchParams.get('url') ?? undefined;
  } catch {
    return undefined;
  }
}

function absoluteUrl(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Dates as browsers print them ("Thu Nov 20 2025 21:48:07 GMT+0100 (Central European Standard Time)") or ISO. */
function isoDate(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const time = Date.parse(value.replace(/\s*\([^)]*\)\s*$/, ''));
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}
