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
  if (thread.site === 'reddit') return redditPermalink(thread, post);
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

const REDDIT_ID = /^t([13])_([0-9a-z]{1,13})$/;

/**
 * Reddit ids are fullnames: t3_<submission>, t1_<comment>. A comment's address is under its
 * submission's: the thread page's own address (with its title slug) when it is that submission's
 * comments page, else reddit.com/comments/<submission>/_/<comment>/ (Reddit reads any slug).
 */
function redditPermalink(thread: Thread, post: Post): string | null {
  const own = REDDIT_ID.exec(post.id);
  const root = thread.posts.find((p) => REDDIT_ID.exec(p.id)?.[1] === '3');
  const submission = root ? REDDIT_ID.exec(root.id)?.[2] : undefined;
  if (!own || submission === undefined) return null;
  const page = thread.url
    ? new RegExp(`^(https://(?:www\\.|old\\.|new\\.)?reddit\\.com/(?:r/[^/?#]+/)?comments/${submission})(/[^/?#]*)?`).exec(thread.url)
    : null;
  const base = page?.[1] ?? `https://www.reddit.com/comments/${submission}`;
  if (own[1] === '3') return own[2] === submission ? `${base}/` : null;
  return `${base}${page?.[2] && page[2] !== '/' ? page[2] : '/_'}/${own[2]}/`;
}
