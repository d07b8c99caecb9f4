// The text of a rendered rich-text block (Reddit's .md, Mastodon's status content) as the API's HTML reads through
// htmlToText: paragraphs one blank line apart, line breaks kept, the page's indentation and the whitespace between
// blocks dropped. Adapters and importers of the same post then give the same text.
import { richText } from './rich-text.ts';

/** Wrappers that hold blocks of their own (Reddit wraps its .md in a slot div): read as a block, recursively. */
const CONTAINERS = new Set(['div', 'section', 'article']);
const BLOCKS = new Set(['p', 'blockquote', 'pre', 'ul', 'ol', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'hr']);

export function blockText(root: Element, skip?: (element: Element) => boolean): string {
  const paragraphs: string[] = [];
  let inline = '';
  const flush = (): void => {
    const trimmed = inline.replace(/[ \t\r\f]*\n[ \t\r\f]*/g, '\n').trim();
    if (trimmed !== '') paragraphs.push(trimmed);
    inline = '';
  };
  for (const child of Array.from(root.childNodes)) {
    if (child.nodeType === 1 && CONTAINERS.has((child as Element).tagName.toLowerCase()) && !skip?.(child as Element)) {
      flush();
      inline = blockText(child as Element, skip);
      flush();
    } else if (child.nodeType === 1 && BLOCKS.has((child as Element).tagName.toLowerCase())) {
      flush();
      if (!skip?.(child as Element)) inline = richText(child as Element, skip);
      flush();
    } else if (child.nodeType === 3) {
      // Text between blocks is the page's own formatting (newlines, indentation) unless it carries letters.
      inline += child.nodeValue ?? '';
    } else if (child.nodeType === 1 && !skip?.(child as Element)) {
      inline += richText(child as Element, skip);
    }
  }
  flush();
  return paragraphs.join('\n\n');
}
