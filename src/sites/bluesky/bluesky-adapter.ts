// The SiteAdapter for bsky.app. On a thread page (/profile/<handle>/post/<rkey>) the posts above the focal one are its
// ancestors, one chain, and those below answer it: bsky.app draws deeper replies with lines (linear view) and
// indentation (tree view) that carry no testID, aria or data attribute (selectors.ts says where in social-app), so a
// reply to a reply is read as a reply to the focal post (README: what each adapter can see). Feeds: every item is its
// own thread.
import type { ParsedPost, SiteAdapter, ThreadGroup } from '../site-adapter.ts';
import { parseBlueskyPost, postRefFromHref } from './parse-post.ts';
import { css } from './selectors.ts';
import { threadAroundFocal, uniquePosts } from '../thread-group.ts';

const ELEMENT_NODE = 1;

export const blueskyAdapter: SiteAdapter = {
  id: 'bluesky',
  hosts: ['bsky.app'],
  detect(doc) {
    return doc.querySelector(css('post')) !== null;
  },
  findPostElements(root) {
    const found = Array.from(root.querySelectorAll(css('post')));
    if ((root as Node).nodeType === ELEMENT_NODE && (root as Element).matches(css('post'))) found.unshift(root as Element);
    // A post item never holds another (quotes are embeds): a nested match is the same post drawn twice.
    return found.filter((item) => item.parentElement?.closest(css('post')) == null);
  },
  parsePost: parseBlueskyPost,
  groupThreads,
};

function groupThreads(posts: readonly ParsedPost[], pageUrl: URL): ThreadGroup[] {
  const unique = uniquePosts(posts);
  const focalRef = postRefFromHref(pageUrl.href, pageUrl);
  const focal = focalRef === null ? -1 : unique.findIndex(({ post }) => post.id.endsWith(`/app.bsky.feed.post/${focalRef.rkey}`));
  return threadAroundFocal('bluesky', unique, focal, pageUrl.href);
}
