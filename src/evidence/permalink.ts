// A post's address, shown as text in evidence (never as a link that loads). Threads carry post ids,
// not URLs, so the address is rebuilt from what each site's ids mean; where a site's id does not
// give one (an unknown site, a Mastodon thread without its page URL) there is none, and the report
// says so rather than guessing.
import type { Post, Thread } from '../shared/thread.ts';

const X_HOSTS = new Set(['x', 'twitter']);

export function permalink(thread: Thread, post: Post): string | null {
  // an adapter or importer may one day add the post's own URL: prefer it
  const own = (post as { url?: unknown }).url;
  if (typeof own === 'string' && /^https?:\/\//i.test(own)) return own;
  if (/^https?:\/\//i.test(post.id)) return post.id;
  const handle = post.author.handle.replace(/^@/, '');
  if (X_HOSTS.has(thread.site) && /^\d+$/.test(post.id) && handle !== '') return `https://x.com/${encodeURIComponent(handle)}/status/${post.id}`;
  if (thread.site === 'bluesky') {
    const m = /^at:\/\/([^/]+)\/app\.bsky\.feed\.post\/([^/]+)$/.exec(post.id);
    if (m) return `https://bsky.app/profile/${m[1]}/post/${m[2]}`;
  }
  if (thread.site === 'mastodon' && thread.url && /^\d+$/.test(post.id) && handle !== '') {
    try {
      // the instance the thread was read on shows remote statuses under its own ids
      return `${new URL(thread.url).origin}/@${handle}/${post.id}`;
    } catch {
      return null;
    }
  }
  return null;
}
