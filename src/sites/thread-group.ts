// Building blocks the site adapters share for turning parsed posts into ThreadGroups: one post id
// counts once (the first time the page shows it), a group is its posts with their elements, and a
// thread page whose focal post is known reads as the chain above the focal post plus its replies, each answering
// the parent the adapter found in the markup, or the focal post when the markup does not say.
import type { Post } from '../shared/thread.ts';
import type { ParsedPost, ThreadGroup } from './site-adapter.ts';

/** The posts with each id kept once, the first time the page shows it. */
export function uniquePosts(posts: readonly ParsedPost[]): ParsedPost[] {
  const seen = new Set<string>();
  return posts.filter(({ post }) => !seen.has(post.id) && seen.add(post.id));
}

/** One thread of `items` (in page order; the first is its root), or null for none. */
export function threadGroup(site: string, items: readonly ParsedPost[], url?: string): ThreadGroup | null {
  const [first] = items;
  if (first === undefined) return null;
  const posts: Post[] = items.map(({ post }) => post);
  return {
    key: first.post.id,
    thread: url === undefined ? { site, posts } : { site, url, posts },
    rootElement: first.element,
    elements: new Map(items.map(({ post, element }) => [post.id, element])),
  };
}

/**
 * A thread page read around its focal post (index `focal` of `unique`): each post above it answers
 * the one before (the ancestor chain the page shows); each post below answers the parent its adapter's
 * parsePost found in the markup (its replyTo), else the focal post (the page gives no deeper nesting
 * for it). Without a focal post (-1), every post is its own thread.
 */
export function threadAroundFocal(site: string, unique: readonly ParsedPost[], focal: number, url: string): ThreadGroup[] {
  const single = (item: ParsedPost): ThreadGroup[] => {
    const group = threadGroup(site, [item]);
    return group ? [group] : [];
  };
  if (focal === -1) return unique.flatMap(single);
  const focalId = unique[focal]?.post.id;
  const threaded = unique.map((item, i): ParsedPost => {
    const replyTo = i === 0 ? undefined : i <= focal ? unique[i - 1]?.post.id : (item.post.replyTo ?? focalId);
    return replyTo === undefined ? item : { ...item, post: { ...item.post, replyTo } };
  });
  const group = threadGroup(site, threaded, url);
  return group ? [group] : [];
}
