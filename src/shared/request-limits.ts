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
 * Characters in one post's text: X's long posts stop at 25,000, the longest of the supported
 * sites (Bluesky 300, Mastodon 500 by default), so only a forged or broken post reaches it.
 */
export const MAX_TEXT_CHARS = 25_000;
