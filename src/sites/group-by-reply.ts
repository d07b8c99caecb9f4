// Threads from posts whose replyTo the page itself gives (Reddit's nesting, Bluesky's and Mastodon's thread views):
// a post starts a thread unless it answers a post of one already found. A post that answers a post the page does not
// show (a reply under a "load more" stub, a comment permalink without its parent) stays in the thread read so far,
// with its replyTo untouched, so the gap stays visible. The same post shown twice counts once, the first time.
import type { ParsedPost, ThreadGroup } from './site-adapter.ts';
import { threadGroup } from './thread-group.ts';

interface Building {
  items: ParsedPost[];
}

export function groupByReply(site: string, posts: readonly ParsedPost[], url?: string): ThreadGroup[] {
  const groups: Building[] = [];
  const groupOf = new Map<string, Building>();
  for (const item of posts) {
    if (groupOf.has(item.post.id)) continue;
    const replyTo = item.post.replyTo;
    let group = replyTo === undefined ? undefined : (groupOf.get(replyTo) ?? groups[groups.length - 1]);
    if (group === undefined) {
      group = { items: [] };
      groups.push(group);
    }
    group.items.push(item);
    groupOf.set(item.post.id, group);
  }
  return groups.flatMap(({ items }) => {
    const group = threadGroup(site, items, url);
    return group ? [group] : [];
  });
}
