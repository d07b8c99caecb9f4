// The SiteAdapter for reddit.com: www.reddit.com's shreddit-* elements and old.reddit.com's div.thing markup.
import { groupByReply } from '../group-by-reply.ts';
import type { SiteAdapter } from '../site-adapter.ts';
import { parseRedditPost, unloadedReplies } from './parse-post.ts';
import { css } from './selectors.ts';

const ELEMENT_NODE = 1;
const POSTS = `${css('oldPost')}, ${css('newPost')}, ${css('newComment')}`;

export const redditAdapter: SiteAdapter = {
  id: 'reddit',
  hosts: ['reddit.com'],
  detect(doc) {
    return doc.querySelector(POSTS) !== null;
  },
  findPostElements(root) {
    const found = Array.from(root.querySelectorAll(POSTS));
    // The content script may hand over an added post element itself.
    if ((root as Node).nodeType === ELEMENT_NODE && (root as Element).matches(POSTS)) found.unshift(root as Element);
    return found;
  },
  parsePost: parseRedditPost,
  groupThreads(posts, pageUrl) {
    return groupByReply('reddit', posts, pageUrl.href);
  },
  unloaded: unloadedReplies,
};
