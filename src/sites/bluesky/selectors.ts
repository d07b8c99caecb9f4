// Every selector the Bluesky adapter uses, with how often it matches on each fixture page (site-selector.ts).
// bsky.app is React Native for Web: no semantic markup and generated class names (css-175oi2r…), so only the testIDs
// the open-source social-app sets (rendered as data-testid), hrefs and img src are used. Read from social-app's
// src/view/com/post-thread/PostThreadItem.tsx and scripts that select them (2025-11):
// - a post in a thread view is [data-testid="postThreadItem-by-<handle>"], in a feed [data-testid="feedItem-by-<handle>"];
// - its text is [data-testid="postText"] (a quoted post's text is inside the quote's embed, further down);
// - reply posts carry a link to themselves (/profile/<handle>/post/<rkey>) around their relative time ("2h"), whose
//   title/aria-label is the full date (niceDate: "November 20, 2025 at 10:05 AM", the reader's locale and time zone);
//   the focal post (the one the URL names) shows that full date as plain text and has no link to itself. Both show
//   indexedAt, rounded to the minute: times are approximate (Post.createdAtApproximate);
// - the author's picture is an img from cdn.bsky.app whose path holds the account's DID (…/plain/did:plc:…/…);
//   accounts without a picture get none, so ids built from it match the API's at://<did>/… ids when there is one;
// - moderation: a content warning hides the post behind [data-testid="contentHider-post"] (a button naming the label);
// - a quoted post is an embed with its own link to /profile/<handle>/post/<rkey>; a deleted one says so, without link.
// Reply nesting (read 2026-12-02 in bluesky-social/social-app): nothing in the thread markup names a reply's parent or
// depth, so the adapter reads every reply as answering the focal post (README).
// - src/screens/PostThread/index.tsx (00b0a508), renderItem(): parents (depth < 0) are ThreadPost, the anchor
//   ThreadAnchor, the replies ThreadReply (tree view, opt-in in HeaderDropdown) or ThreadPost (linear view, the
//   default); the list's cells carry no depth, uri or parent;
// - components/ThreadItemPost.tsx (0260f135, linear): the only testID is PostHider's postThreadItem-by-<handle>; the
//   lines to the item above and below (ThreadItemPostParentReplyLine, item.ui.showParentReplyLine and
//   showChildReplyLine) are plain Views with a width and a background colour: no testID, no aria, no data attribute;
// - components/ThreadItemTreePost.tsx (01a21c60, tree): ThreadItemTreePostOuterWrapper draws item.ui.indent - 1 empty
//   spacer Views (borderRightWidth, width TREE_INDENT + TREE_AVI_WIDTH / 2) before the post and InnerWrapper an elbow
//   View when indent > 1: depth shows only as a count of anonymous divs and their styles (generated classes on the
//   web), which this table does not read.
import type { SiteSelector } from '../site-selector.ts';

export const BLUESKY_SELECTORS = {
  post: {
    css: '[data-testid^="postThreadItem-by-"], [data-testid^="feedItem-by-"]',
    why: 'one post; the handle is in the test id',
    matches: { redditOld2018: 0, redditOwnOld: 0, redditOwnNew: 0, blueskyOwnThread: 6, mastodonOwnThread: 0, mastodonOwnNested: 0, xOwnStatus: 0 },
  },
  text: {
    css: '[data-testid="postText"]',
    why: "the post's text; the first one in the item is its own, a quoted post's comes inside the embed after it",
    matches: { redditOld2018: 0, redditOwnOld: 0, redditOwnNew: 0, blueskyOwnThread: 5, mastodonOwnThread: 0, mastodonOwnNested: 0, xOwnStatus: 0 },
  },
  postLink: {
    css: 'a[href*="/post/"]',
    why: 'links to posts (/profile/<handle>/post/<rkey>): the post itself (around its time), or a quoted post',
    matches: { redditOld2018: 0, redditOwnOld: 0, redditOwnNew: 0, blueskyOwnThread: 6, mastodonOwnThread: 0, mastodonOwnNested: 0, xOwnStatus: 0 },
  },
  avatar: {
    css: 'a[href*="/profile/"] img[src*="/did:"]',
    why: "the author's picture (in the link to the author's profile; a quoted post's author has one too), whose URL holds the account's DID",
    matches: { redditOld2018: 0, redditOwnOld: 0, redditOwnNew: 0, blueskyOwnThread: 5, mastodonOwnThread: 0, mastodonOwnNested: 0, xOwnStatus: 0 },
  },
  dateText: {
    css: '[dir="auto"]',
    why: 'text blocks: on the focal post, the one whose whole text is a full date is its time',
    matches: { redditOld2018: 0, redditOwnOld: 0, redditOwnNew: 0, blueskyOwnThread: 34, mastodonOwnThread: 0, mastodonOwnNested: 0, xOwnStatus: 9 },
  },
  contentWarning: {
    css: '[data-testid="contentHider-post"]',
    why: 'a moderation label or self-label hides the post behind a warning',
    matches: { redditOld2018: 0, redditOwnOld: 0, redditOwnNew: 0, blueskyOwnThread: 1, mastodonOwnThread: 0, mastodonOwnNested: 0, xOwnStatus: 0 },
  },
} as const satisfies Record<string, SiteSelector>;

export type BlueskySelectorName = keyof typeof BLUESKY_SELECTORS;

export function css(name: BlueskySelectorName): string {
  return BLUESKY_SELECTORS[name].css;
}
