// A whole page at once, for Node (`threadlens parse`, benchmarks): every readable post in page order, each with
// the replyTo its adapter's grouping found. The content script does the same in time slices instead.
import type { Post } from '../shared/thread.ts';
import type { ParsedPost, SiteAdapter } from './site-adapter.ts';

export function parsePage(adapter: SiteAdapter, root: ParentNode, pageUrl: URL): Post[] {
  const parsed: ParsedPost[] = [];
  for (const element of adapter.findPostElements(root)) {
    const post = adapter.parsePost(element, pageUrl);
    if (post !== null) parsed.push({ post, element });
  }
  const grouped = new Map<string, Post>();
  for (const group of adapter.groupThreads(parsed, pageUrl)) {
    for (const post of group.thread.posts) grouped.set(post.id, post);
  }
  const posts: Post[] = [];
  const seen = new Set<string>();
  for (const { post } of parsed) {
    if (seen.has(post.id)) continue;
    seen.add(post.id);
    posts.push(grouped.get(post.id) ?? post);
  }
  return posts;
}
