// Reads what a reader sees in a bit of page markup, as plain text. Shared by the site adapters.
// Only standard DOM (childNodes, nodeType, getAttribute) so that it runs on the live page and on linkedom.

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Elements whose content is never shown as text. */
const INVISIBLE = new Set(['script', 'style', 'template', 'noscript']);

/**
 * The text of `root` as a reader would copy it: text nodes verbatim (RTL marks, zero-width characters and
 * markup-like text such as "<script>" stay exactly as they are), emoji images as their `alt`, `<br>` as a newline.
 * `skip` drops elements (and their content) that are not part of the text, such as a "Show more" link.
 * Sites draw a truncation ellipsis in an aria-hidden span after a shortened link; it is dropped so that the link reads
 * as its full URL (the hidden spans around it hold the rest of the URL).
 */
export function richText(root: Element, skip?: (element: Element) => boolean): string {
  let out = '';
  // An explicit stack: a hostile page can nest deeper than the call stack allows.
  const stack: Node[] = [];
  for (let i = root.childNodes.length - 1; i >= 0; i--) pushChild(stack, root.childNodes[i]);
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === undefined) break;
    if (node.nodeType === TEXT_NODE) {
      out += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const element = node as Element;
    const tag = element.tagName.toLowerCase();
    if (tag === 'img') {
      out += element.getAttribute('alt') ?? '';
      continue;
    }
    if (tag === 'br') {
      out += '\n';
      continue;
    }
    if (INVISIBLE.has(tag) || isTruncationEllipsis(element) || skip?.(element)) continue;
    for (let i = element.childNodes.length - 1; i >= 0; i--) pushChild(stack, element.childNodes[i]);
  }
  return out;
}

function pushChild(stack: Node[], node: Node | undefined): void {
  if (node !== undefined) stack.push(node);
}

function isTruncationEllipsis(element: Element): boolean {
  return element.getAttribute('aria-hidden') === 'true' && element.textContent === '…';
}
