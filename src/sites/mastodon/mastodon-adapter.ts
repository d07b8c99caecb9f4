// The SiteAdapter for Mastodon's web UI on any instance. It has no fixed hosts: the extension runs it on the
// instances the reader adds in the options page and grants at run time (optional host permissions), and detect()
// recognises the web UI's markup. Thread view (/@user/<id>): the statuses above the focal one are its ancestors, one
// chain, and those below answer it: the UI draws deeper replies without naming the parent, so a reply to a reply is
// read as a reply to the focal status (README). Timelines: every status is its own thread.
import type { Post } from '../../shared/thread.ts';
import type { ParsedPost, SiteAdapter, ThreadGroup, UnloadedReplies } from '../site-adapter.ts';
import { parseMastodonPost, statusIdFromUrl } from './parse-post.ts';
import { css } from './selectors.ts';

const ELEMENT_NODE = 1;

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
  unloaded(root): UnloadedReplies[] {
    return Array.from(root.querySelectorAll(css('filtered')), () => ({ count: 1, reason: 'filtered' as const }));
  },
};

function groupThreads(posts: readonly ParsedPost[], pageUrl: URL): ThreadGroup[] {
  const seen = new Set<string>();
  const unique = posts.filter(({ post }) => !seen.has(post.id) && seen.add(post.id));
  const focusId = statusIdFromUrl(pageUrl.href, pageUrl);
  let focal = focusId === undefined ? -1 : unique.findIndex(({ post }) => post.id === focusId);
  if (focal === -1) focal = unique.findIndex(({ element }) => element.matches('.detailed-status'));
  if (focal === -1) return unique.map((item) => group([item]));
  const focalPostId = unique[focal]?.post.id;
  const threaded = unique.map((item, i): ParsedPost => {
    const replyTo = i === 0 ? undefined : i <= focal ? unique[i - 1]?.post.id : focalPostId;
    return replyTo === undefined ? item : { ...item, post: { ...item.post, replyTo } };
  });
  return [group(threaded, pageUrl.href)];
}

function group(items: readonly ParsedPost[], url?: string): ThreadGroup {
  const [first] = items;
  if (first === undefined) throw new Error('a thread needs a post');
  const posts: Post[] = items.map(({ post }) => post);
  return {
    key: first.post.id,
    thread: url === undefined ? { site: 'mastodon', posts } : { site: 'mastodon', url, posts },
    rootElement: first.element,
    elements: new Map(items.map(({ post, element }) => [post.id, element])),
  };
}
