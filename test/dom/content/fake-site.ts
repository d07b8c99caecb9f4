// A site adapter for the content script's DOM tests: posts are <article data-post="id"
// data-reply-to="id">text</article>, threads are a root post and the replies to it.
import type { ParsedPost, SiteAdapter, ThreadGroup } from '../../../src/sites/site-adapter.ts';

export const fakeAdapter: SiteAdapter = {
  id: 'x',
  hosts: ['x.com'],
  detect: () => true,
  findPostElements(root) {
    const found = [...root.querySelectorAll('article[data-post]')];
    return root instanceof Object && 'matches' in root && (root as Element).matches('article[data-post]') ? [root as Element, ...found] : found;
  },
  parsePost(element) {
    const id = element.getAttribute('data-post');
    const text = element.textContent?.trim() ?? '';
    if (!id || text === '') return null;
    const replyTo = element.getAttribute('data-reply-to') ?? undefined;
    return { id, author: { handle: `user${id}` }, text, ...(replyTo ? { replyTo } : {}) };
  },
  groupThreads(posts: readonly ParsedPost[]): ThreadGroup[] {
    const groups = new Map<string, ThreadGroup>();
    for (const { post, element } of posts) {
      const key = post.replyTo ?? post.id;
      let group = groups.get(key);
      if (!group) {
        group = { key, thread: { site: 'x', posts: [] }, rootElement: element, elements: new Map() };
        groups.set(key, group);
      }
      group.thread.posts.push(post);
      group.elements.set(post.id, element);
      if (post.id === key) group.rootElement = element;
    }
    return [...groups.values()];
  },
};
