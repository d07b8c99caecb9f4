// The parent Mastodon's thread view names through its thread lines (selectors.ts says what the markup means, from
// status.jsx): a status with a .status__line and without `status--first-in-thread`, drawn after another status,
// answers that status (connectUp). Read by parsePost, so the parent travels with the Post even after the page lets
// go of the element; a status the lines say nothing certain about gets none (the adapter's fallback: the focal one).
import { css } from './selectors.ts';

/** What the thread view draws around one status. */
export interface ThreadLineHints {
  line: boolean;
  firstInThread: boolean;
  /** the id of the item drawn just before it in the same list, when that item is a status that shows its id */
  idBefore: string | undefined;
}

/** The status this one answers, when its thread line says so; never the status itself. */
export function threadLineParent(id: string, { line, firstInThread, idBefore }: ThreadLineHints): string | undefined {
  return line && !firstInThread && idBefore !== undefined && idBefore !== id ? idBefore : undefined;
}

/** The hints of one .status (or .detailed-status), read from the page; missing ones read as "no hint". */
export function readThreadLineHints(status: Element): ThreadLineHints {
  const line = Array.from(status.children).some((child) => child.matches(css('threadLine')));
  const firstInThread = status.matches(css('firstInThread'));
  return { line, firstInThread, idBefore: line && !firstInThread ? idDrawnBefore(status) : undefined };
}

/**
 * Each child of the thread view's list holds one item (a .status__wrapper, or the focal status's wrapper): the child
 * before this status's one holds the item drawn just before. A filtered or collapsed status (a .status__wrapper
 * without its .status) and the focal .detailed-status show no id there: undefined.
 */
function idDrawnBefore(status: Element): string | undefined {
  const list = status.closest(css('threadList'));
  if (list === null) return undefined;
  let child: Element = status;
  while (child.parentElement !== null && child.parentElement !== list) child = child.parentElement;
  const before = child.parentElement === list ? child.previousElementSibling : null;
  if (before === null) return undefined;
  const itemCss = `${css('statusWrapper')}, ${css('post')}`;
  const item = before.matches(itemCss) ? before : before.querySelector(itemCss);
  const shown = item !== null && item.matches(css('statusWrapper')) ? Array.from(item.children).find((c) => c.matches(css('post'))) : item;
  return shown?.matches('[data-id]') === true ? (shown.getAttribute('data-id') ?? undefined) : undefined;
}
