// The SiteAdapter for bsky.app. On a thread page (/profile/<handle>/post/<rkey>) the posts above the focal one are its
// ancestors, one chain, and those below answer it: bsky.app draws deeper replies with lines and indentation that carry
// no hook, so a reply to a reply is read as a reply to the focal post (README: what each adapter can see). Feeds:
// every item is its own thread.
import type { Post } from '../../shared/thread.ts';
import type { ParsedPost, SiteAdapter, ThreadGroup } from '../site-adapter.ts';
import { parseBlueskyPost, postRefFromHref } from './parse-post.ts';
import { css } from './selectors.ts';

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
  const seen = new Set<string>();
  const unique = posts.filter(({ post }) => !seen.has(post.id) && seen.add(post.id));
  const focalRef = postRefFromHref(pageUrl.href, pageUrl);
  const focal = focalRef === null ? -1 : unique.findIndex(({ post }) => post.id.endsWith(`/app.bsky.feed.post/${focalRef.rkey}`));
  if (focal === -1) return unique.map((item) => group([item]));
  const focalId = unique[focal]?.post.id;
  const threaded = unique.map((item, i): ParsedPost => {
    const replyTo = i === 0 ? undefined : i <= focal ? unique[i - 1]?.post.id : focalId;
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
    thread: url === undefined ? { site: 'bluesky', posts } : { site: 'bluesky', url, posts },
    rootElement: first.element,
    elements: new Map(items.map(({ post, element }) => [post.id, element])),
  };
}
