// The SiteAdapter for x.com (and twitter.com, which redirects there).
import type { SiteAdapter } from '../site-adapter.ts';
import { groupThreads, xGroupingFacts } from './group-threads.ts';
import { parsePost } from './parse-post.ts';
import { placeBadge } from './place-badge.ts';
import { css } from './selectors.ts';

const ELEMENT_NODE = 1;

export const xAdapter: SiteAdapter = {
  id: 'x',
  hosts: ['x.com', 'twitter.com', 'mobile.x.com', 'mobile.twitter.com'],
  detect(doc) {
    if (doc.querySelector(css('post')) !== null) return true;
    // A page from x.com with no post in view (an empty profile, a deleted status) is still X's markup.
    const siteName = doc.querySelector(css('siteName'))?.getAttribute('content') ?? '';
    return /^X\b|Twitter/.test(siteName);
  },
  findPostElements(root) {
    const found = Array.from(root.querySelectorAll(css('post')));
    // The content script may hand over an added article itself.
    if (isElement(root) && root.matches(css('post'))) found.unshift(root);
    // An unavailable quoted post is an article nested in its quoter: it is part of that post.
    return found.filter((article) => article.parentElement?.closest(css('post')) == null);
  },
  parsePost,
  groupThreads,
  groupingFacts: xGroupingFacts,
  placeBadge,
};

function isElement(node: ParentNode): node is Element {
  return (node as Node).nodeType === ELEMENT_NODE;
}
