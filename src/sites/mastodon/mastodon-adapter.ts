// The SiteAdapter for Mastodon's web UI on any instance. It has no fixed hosts: the extension runs it on the
// instances the reader adds in the options page and grants at run time (optional host permissions), and detect()
// recognises the web UI's markup. Thread view (/@user/<id>): the statuses above the focal one are its ancestors, one
// chain; one below answers the status drawn just before it when its thread line says so (thread-lines.ts), else the
// focal status (parsePost reads the line, threadAroundFocal falls back): the UI names no other parent, so such a reply
// to a reply is read as a reply to the focal status (README). Timelines: every status is its own thread.
import type { ParsedPost, SiteAdapter, ThreadGroup, UnloadedReplies } from '../site-adapter.ts';
import { parseMastodonPost, statusIdFromUrl } from './parse-post.ts';
import { css } from './selectors.ts';
import { threadAroundFocal, uniquePosts } from '../thread-group.ts';

const ELEMENT_NODE = 1;
/** the focal status of a thread view, when the URL does not name it */
const DETAILED = '.detailed-status';

export const mastodonAdapter: SiteAdapter = {
  id: 'mastodon',
  hosts: [],
  detect(doc) {
    const siteName = doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content') ?? '';
    return doc.querySelector(css('post')) !== null && (doc.getElementById('mastodon') !== null || /mastodon/i.test(siteName));
  },
  findPostElements(root) {
    const found = Array.from(root.querySelectorAll(css('post')));
    if ((root as Node).nodeType === ELEMENT_NODE && (root as Element).matches(css('post'))) found.unshift(root as Element);
    // A quoted status (4.4) is a .status inside its quoter: part of that post.
    return found.filter((status) => status.parentElement?.closest(css('post')) == null);
  },
  parsePost: parseMastodonPost,
  groupThreads,
  groupingFacts: (element) => ({ detailed: element.matches(DETAILED) }),
  unloaded(root): UnloadedReplies[] {
    return Array.from(root.querySelectorAll(css('filtered')), () => ({ count: 1, reason: 'filtered' as const }));
  },
};

function groupThreads(posts: readonly ParsedPost[], pageUrl: URL): ThreadGroup[] {
  const unique = uniquePosts(posts);
  const focusId = statusIdFromUrl(pageUrl.href, pageUrl);
  let focal = focusId === undefined ? -1 : unique.findIndex(({ post }) => post.id === focusId);
  if (focal === -1) focal = unique.findIndex((item) => (item.facts ? item.facts.detailed === true : item.element.matches(DETAILED)));
  return threadAroundFocal('mastodon', unique, focal, pageUrl.href);
}
