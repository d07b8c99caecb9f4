// One post article, split into what belongs to the post itself and what belongs to the post it quotes.
// Everything the parser reads goes through `own`, so a quoted post's text, time, author or note never leaks in.
import { css } from './selectors.ts';
import type { XSelectorName } from './selectors.ts';

export interface PostScope {
  article: Element;
  /** the quoted post's container, when the post quotes one */
  quote: Element | null;
  /** the post's own User-Name block (display name, @handle, check mark, and on timelines the time) */
  userName: Element | null;
  /** the first element matching a selector of the table that belongs to the post itself */
  own(name: XSelectorName): Element | null;
  /** every element matching a selector of the table that belongs to the post itself */
  ownAll(name: XSelectorName): Element[];
}

export function postScope(article: Element): PostScope {
  const quote = quoteOf(article);
  const mine = (element: Element): boolean => quote === null || !quote.contains(element);
  return {
    article,
    quote,
    // Without a quote the first User-Name is the post's own: one query that stops there, not a list.
    userName: quote === null ? article.querySelector(css('userName')) : (Array.from(article.querySelectorAll(css('userName'))).find(mine) ?? null),
    own: (name) => {
      // Most posts quote nothing: then the first match is the post's own (one query, not a list).
      if (quote === null) return article.querySelector(css(name));
      for (const element of article.querySelectorAll(css(name))) if (mine(element)) return element;
      return null;
    },
    ownAll: (name) => Array.from(article.querySelectorAll(css(name))).filter(mine),
  };
}

/** The quoted post: the div[role=link] around a User-Name, or a nested article (X's "This post is unavailable"). */
function quoteOf(article: Element): Element | null {
  // Most posts quote nothing: one query inside the article rules a container out, where `closest`
  // from each User-Name would climb to the document root (issue #12, content-script budget, 2026-12).
  if (article.querySelector(css('quoteContainer')) !== null) {
    for (const name of article.querySelectorAll(css('userName'))) {
      const container = name.closest(css('quoteContainer'));
      if (container !== null && container !== article && article.contains(container)) return container;
    }
  }
  return article.querySelector(css('nestedPost'));
}
