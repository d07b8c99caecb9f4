// The parents Mastodon's thread view names through its thread lines (selectors.ts says what the markup means, from
// status.jsx): a descendant drawn after another one, with a .status__line and without `status--first-in-thread`,
// answers the status drawn just before it. Every other descendant is left to the caller's fallback (the focal
// status). The DOM is read once, in readThreadLines; the rule itself is pure.
import { css } from './selectors.ts';

/** One item drawn below the focal status: a status (with its id) or a filtered one (no id in the thread view). */
export interface ThreadLineItem {
  id: string | undefined;
  firstInThread: boolean;
  line: boolean;
}

/** Post id -> parent id, for the descendants (in the order drawn) whose thread line names the parent. */
export function parentsFromThreadLines(descendants: readonly ThreadLineItem[]): Map<string, string> {
  const parents = new Map<string, string>();
  descendants.forEach((item, i) => {
    // The first descendant has no previousId: status.jsx never sets connectUp on it.
    const before = i === 0 ? undefined : descendants[i - 1];
    if (before?.id === undefined || item.id === undefined || item.id === before.id) return;
    if (item.line && !item.firstInThread) parents.set(item.id, before.id);
  });
  return parents;
}

/**
 * The items drawn after the focal status in its own list (the thread view's column), as ThreadLineItems: every
 * .status__wrapper counts, so one drawn without its .status (filtered, or collapsed) keeps its place with no id. Empty
 * when the focal status sits in no list (a page saved without it, a bare element): the caller falls back.
 */
export function readThreadLines(focal: Element): ThreadLineItem[] {
  const list = focal.closest(css('threadList'));
  if (list === null) return [];
  const itemCss = `${css('statusWrapper')}, ${css('post')}`;
  // a quoted status (4.4) and the .status inside its own wrapper are parts of an item, not items
  const drawn = Array.from(list.querySelectorAll(itemCss)).filter((item) => item.parentElement?.closest(itemCss) == null);
  const start = drawn.findIndex((item) => item === focal || item.contains(focal));
  if (start === -1) return [];
  return drawn.slice(start + 1).map((item) => {
    const status = item.matches(css('post')) ? item : Array.from(item.children).find((child) => child.matches(css('post')));
    return {
      id: status?.getAttribute('data-id') ?? undefined,
      firstInThread: status?.matches(css('firstInThread')) ?? false,
      line: status !== undefined && Array.from(status.children).some((child) => child.matches(css('threadLine'))),
    };
  });
}
