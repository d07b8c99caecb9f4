// How much one message may ask of the background. The background refuses a request beyond these
// with an error reply naming the limit (never a crash, never a silent cut), so one message can't
// keep the service worker busy for minutes or hold hundreds of megabytes. The content script stays
// well inside them (12 threads a message; posts only as the reader scrolls to them).

/** Threads in one content/score-threads request: the content script sends 12 at a time. */
export const MAX_THREADS_PER_REQUEST = 64;

/**
 * Posts in one thread: the largest thread the budgets are set for (issue 12: a 20,000-post thread
 * scored in under 2 s). A 5,000-reply page read to its end stays far below.
 */
export const MAX_POSTS_PER_THREAD = 20_000;

/**
 * Characters in one post's text as sent: X's long posts stop at 25,000 (Bluesky 300, Mastodon 500 by
 * default); a longer text (a Reddit submission may hold 40,000, a forged post any number) is cut
 * to this by the content script (withinTextLimit), since no signal reads past 4,000 characters,
 * so one huge reply can't blank a thread's label.
 */
export const MAX_TEXT_CHARS = 25_000;

/** Characters in one handle of content/allow-account: handles are short on every site (X 15, Mastodon's user@host under 100). */
export const MAX_HANDLE_CHARS = 320;

/** The thread with every post's text cut to MAX_TEXT_CHARS (the same thread when none is longer). */
export function withinTextLimit<T extends { posts: ReadonlyArray<{ text: string }> }>(thread: T): T {
  if (thread.posts.every((p) => p.text.length <= MAX_TEXT_CHARS)) return thread;
  return { ...thread, posts: thread.posts.map((p) => (p.text.length <= MAX_TEXT_CHARS ? p : { ...p, text: p.text.slice(0, MAX_TEXT_CHARS) })) };
}
