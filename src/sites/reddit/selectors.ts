// Every selector the Reddit adapter uses, with how often it matches on each fixture page (site-selector.ts).
// Two markups, one adapter:
// - old.reddit.com (../shared/fixtures/reddit/old-reddit-thread-2018.html, saved 2018 and unchanged since): every
//   submission, comment and "load more comments" stub is a div.thing with data-fullname (t3_/t1_), data-type
//   (link, comment, morechildren) and data-author (absent on deleted comments). A comment's replies sit in its
//   div.child > div.sitetable#siteTable_<parent fullname>, the top-level comments in #siteTable_<t3 fullname>: the
//   table's id names the parent, so nesting needs no walking up through things. Times are time[datetime] in the
//   thing's own p.tagline (the live-timestamp; an edited-timestamp may follow). Collapsed comments (below the score
//   threshold) keep their body in the page.
// - www.reddit.com (2024-2026 "shreddit" web components, read from public scrapers and userscripts that select them:
//   attributes are what Reddit's own components consume, so they outlive restyling): <shreddit-post id="t3_…"
//   author post-title created-timestamp permalink content-href comment-count> with the body in
//   [slot="text-body"]; <shreddit-comment thingid="t1_…" author depth parentid postid permalink> nested inside its
//   parent, body in its own [slot="comment"], time in its own [slot="commentMeta"] faceplate-timeago[ts]. Deleted
//   comments carry author="[deleted]". "N more replies" loaders are faceplate-partial elements (src
//   /svc/shreddit/more-comments/…) with a button: reported, never read as posts.
import type { SiteSelector } from '../site-selector.ts';

export const REDDIT_SELECTORS = {
  oldThing: {
    css: 'div.thing[data-fullname]',
    why: 'old.reddit: a submission, comment or "load more" stub; data-type says which',
    matches: { redditOld2018: 200, redditOwnOld: 8, redditOwnNew: 0, blueskyOwnThread: 0, mastodonOwnThread: 0, mastodonOwnNested: 0, xOwnStatus: 0 },
  },
  oldPost: {
    css: 'div.thing[data-fullname][data-type="link"], div.thing[data-fullname][data-type="comment"]',
    why: 'old.reddit: the things that are posts (submissions and comments, deleted ones included)',
    matches: { redditOld2018: 198, redditOwnOld: 7, redditOwnNew: 0, blueskyOwnThread: 0, mastodonOwnThread: 0, mastodonOwnNested: 0, xOwnStatus: 0 },
  },
  oldMore: {
    css: 'div.thing[data-type="morechildren"]',
    why: 'old.reddit: a "load more comments (N replies)" stub; its count is in span.gray',
    matches: { redditOld2018: 2, redditOwnOld: 1, redditOwnNew: 0, blueskyOwnThread: 0, mastodonOwnThread: 0, mastodonOwnNested: 0, xOwnStatus: 0 },
  },
  oldEntry: {
    css: 'div.thing > div.entry',
    why: "old.reddit: a thing's own tagline, title and body; its replies sit beside it in div.child",
    matches: { redditOld2018: 200, redditOwnOld: 8, redditOwnNew: 0, blueskyOwnThread: 0, mastodonOwnThread: 0, mastodonOwnNested: 0, xOwnStatus: 0 },
  },
  oldTagline: {
    css: 'div.entry p.tagline',
    why: "old.reddit: author link and time; a thing's .entry holds its own (replies sit beside the entry, in .child)",
    matches: { redditOld2018: 200, redditOwnOld: 8, redditOwnNew: 0, blueskyOwnThread: 0, mastodonOwnThread: 0, mastodonOwnNested: 0, xOwnStatus: 0 },
  },
  oldTime: {
    css: 'p.tagline > time[datetime]:not(.edited-timestamp)',
    why: 'old.reddit: publication time (the edited-timestamp beside it is not)',
    matches: { redditOld2018: 198, redditOwnOld: 7, redditOwnNew: 0, blueskyOwnThread: 0, mastodonOwnThread: 0, mastodonOwnNested: 0, xOwnStatus: 0 },
  },
  oldBody: {
    css: 'div.usertext-body > div.md',
    why: 'old.reddit: the text of a comment or self post',
    matches: { redditOld2018: 198, redditOwnOld: 7, redditOwnNew: 0, blueskyOwnThread: 0, mastodonOwnThread: 0, mastodonOwnNested: 0, xOwnStatus: 0 },
  },
  oldTitle: {
    css: 'p.title > a.title',
    why: "old.reddit: a submission's title",
    matches: { redditOld2018: 1, redditOwnOld: 1, redditOwnNew: 0, blueskyOwnThread: 0, mastodonOwnThread: 0, mastodonOwnNested: 0, xOwnStatus: 0 },
  },
  oldSiteTable: {
    css: 'div.sitetable[id^="siteTable_t"]',
    why: 'old.reddit: the list of replies to the thing its id names (siteTable_<fullname>)',
    matches: { redditOld2018: 67, redditOwnOld: 4, redditOwnNew: 0, blueskyOwnThread: 0, mastodonOwnThread: 0, mastodonOwnNested: 0, xOwnStatus: 0 },
  },
  newPost: {
    css: 'shreddit-post',
    why: 'www.reddit: a submission (id="t3_…" or thingid), with author, post-title and created-timestamp attributes',
    matches: { redditOld2018: 0, redditOwnOld: 0, redditOwnNew: 1, blueskyOwnThread: 0, mastodonOwnThread: 0, mastodonOwnNested: 0, xOwnStatus: 0 },
  },
  newComment: {
    css: 'shreddit-comment',
    why: 'www.reddit: a comment (thingid, author, depth, parentid), nested inside the comment it answers',
    matches: { redditOld2018: 0, redditOwnOld: 0, redditOwnNew: 6, blueskyOwnThread: 0, mastodonOwnThread: 0, mastodonOwnNested: 0, xOwnStatus: 0 },
  },
  newPostBody: {
    css: '[slot="text-body"]',
    why: "www.reddit: a text submission's body",
    matches: { redditOld2018: 0, redditOwnOld: 0, redditOwnNew: 1, blueskyOwnThread: 0, mastodonOwnThread: 0, mastodonOwnNested: 0, xOwnStatus: 0 },
  },
  newCommentBody: {
    css: '[slot="comment"]',
    why: "www.reddit: a comment's body; the first whose closest shreddit-comment is the comment itself is its own",
    matches: { redditOld2018: 0, redditOwnOld: 0, redditOwnNew: 6, blueskyOwnThread: 0, mastodonOwnThread: 0, mastodonOwnNested: 0, xOwnStatus: 0 },
  },
  newCommentTime: {
    css: '[slot="commentMeta"] faceplate-timeago[ts]',
    why: "www.reddit: a comment's time (ts attribute; the <time> inside it is filled in by script)",
    matches: { redditOld2018: 0, redditOwnOld: 0, redditOwnNew: 6, blueskyOwnThread: 0, mastodonOwnThread: 0, mastodonOwnNested: 0, xOwnStatus: 0 },
  },
  newMore: {
    css: 'faceplate-partial[src*="more-comments"]',
    why: 'www.reddit: an "N more replies" loader: reported, never read as posts',
    matches: { redditOld2018: 0, redditOwnOld: 0, redditOwnNew: 1, blueskyOwnThread: 0, mastodonOwnThread: 0, mastodonOwnNested: 0, xOwnStatus: 0 },
  },
} as const satisfies Record<string, SiteSelector>;

export type RedditSelectorName = keyof typeof REDDIT_SELECTORS;

export function css(name: RedditSelectorName): string {
  return REDDIT_SELECTORS[name].css;
}
