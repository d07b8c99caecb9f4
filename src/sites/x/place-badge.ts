// Where the overlay's badge goes on an X post: at the end of the author's name row, the first
// User-Name of the article (a quoted post's comes later). X lays that row out as a flex row on
// timelines (name, @handle, time) and a column on the focal post, so the badge sits after the
// time or under the handle. Without a User-Name it goes first in the article.
import { css } from './selectors.ts';

export function placeBadge(rootElement: Element, host: Element): void {
  const userName = rootElement.querySelector(css('userName'));
  if (userName) userName.append(host);
  else rootElement.prepend(host);
}
