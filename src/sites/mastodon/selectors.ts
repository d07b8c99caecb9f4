// Every selector the Mastodon adapter uses, with how often it matches on each fixture page (site-selector.ts).
// Mastodon's web UI (app/javascript/mastodon/components/status.jsx, detailed_status.tsx, 4.x; the same on every
// instance unless an admin ships a custom theme, which restyles but keeps the class names):
// - in a column, each status sits in article[data-id] > .status__wrapper > .status[data-id]; the focal status of a
//   thread view is a .detailed-status (no data-id: its id is in the permalink .detailed-status__datetime);
// - the author is a.status__display-name / .detailed-status__display-name holding .display-name__account
//   ("@user" for local accounts, "@user@domain" for remote ones; some versions show the domain for local ones too);
// - times are time[datetime] inside the permalink a.status__relative-time; the detailed status shows only a
//   formatted date ("Nov 20, 2025, 10:05 AM") in its permalink: read to the minute, marked approximate;
// - a content warning shows .status__content__spoiler-text (4.0-4.2) or .content-warning (4.3+) before the hidden
//   .status__content__text; a post hidden by one of the reader's filters is a .status__wrapper--filtered with only
//   "Filtered: <filter>" and a button: no author, no text, reported rather than read.
// Reply nesting in the thread view (read 2026-12-02 in mastodon/mastodon; the legacy status page, the one 4.x serves):
// - app/javascript/mastodon/features/status/legacy.jsx (1964fe68), renderChildren() and render(): one list
//   (div.item-list.scrollable; div.scrollable in older 4.x) of ancestors, the detailed status, then the descendants,
//   each a <Status contextType="thread" previousId={list[i - 1]} rootId={statusId}>, one list child per item; no
//   wrapper names a parent and in_reply_to_id is nowhere in the DOM (the `status-reply` and `status__wrapper-reply`
//   classes say a status is a reply, not to which);
// - app/javascript/mastodon/selectors/contexts.ts (30d1354f), getDescendantsIds(): depth first, but the authors'
//   replies to themselves are then moved up before the first reply to someone else: order alone gives no parent;
// - app/javascript/mastodon/components/status/legacy/status.jsx (components/status.jsx before), render():
//   connectUp = previousId === in_reply_to_id, connectToRoot = rootId === in_reply_to_id, connectReply = the next
//   status answers this one; the .status gets `status--in-thread` when rootId is set and `status--first-in-thread`
//   when previousId && (!connectUp || connectToRoot), and holds a div.status__line (`--full` with connectReply) when
//   connectReply || connectUp || connectToRoot. So a status with a .status__line and without
//   `status--first-in-thread`, drawn after another status, answers that status (connectUp, not connectToRoot): the
//   one hint that names a parent (thread-lines.ts, read by parsePost). Any other descendant answers the focal status
//   or an earlier reply the markup does not name: read as the focal status. A filtered or collapsed status drawn
//   just before shows no id (its .status__wrapper holds no .status): no parent is read past it.
// - the redesign (components/status/status.tsx, features/status/redesign.tsx, behind isRedesignEnabled, 2025-12)
//   draws article[data-id] with CSS-module classes, no .status and no thread lines, and its status page shows the
//   focal status only: this table reads nothing there yet.
import type { SiteSelector } from '../site-selector.ts';

export const MASTODON_SELECTORS = {
  post: {
    css: '.status[data-id], .detailed-status',
    why: 'one status in a column (its id in data-id), or the focal status of a thread view',
    matches: { redditOld2018: 0, redditOwnOld: 0, redditOwnNew: 0, blueskyOwnThread: 0, mastodonOwnThread: 5, mastodonOwnNested: 6, xOwnStatus: 0 },
  },
  filtered: {
    css: '.status__wrapper--filtered',
    why: 'a status hidden by one of the reader\'s filters: "Filtered: <filter>", nothing else',
    matches: { redditOld2018: 0, redditOwnOld: 0, redditOwnNew: 0, blueskyOwnThread: 0, mastodonOwnThread: 1, mastodonOwnNested: 0, xOwnStatus: 0 },
  },
  account: {
    css: '.display-name__account',
    why: 'the author\'s "@user" or "@user@domain"',
    matches: { redditOld2018: 0, redditOwnOld: 0, redditOwnNew: 0, blueskyOwnThread: 0, mastodonOwnThread: 5, mastodonOwnNested: 6, xOwnStatus: 0 },
  },
  displayName: {
    css: '.display-name__html',
    why: "the author's display name (custom emoji as img alt)",
    matches: { redditOld2018: 0, redditOwnOld: 0, redditOwnNew: 0, blueskyOwnThread: 0, mastodonOwnThread: 5, mastodonOwnNested: 6, xOwnStatus: 0 },
  },
  permalink: {
    css: 'a.status__relative-time, a.detailed-status__datetime',
    why: 'the link to the status itself (/@user/<id>), around its time',
    matches: { redditOld2018: 0, redditOwnOld: 0, redditOwnNew: 0, blueskyOwnThread: 0, mastodonOwnThread: 5, mastodonOwnNested: 6, xOwnStatus: 0 },
  },
  time: {
    css: 'time[datetime]',
    why: 'publication time (inside the permalink)',
    matches: { redditOld2018: 206, redditOwnOld: 7, redditOwnNew: 6, blueskyOwnThread: 0, mastodonOwnThread: 4, mastodonOwnNested: 5, xOwnStatus: 8 },
  },
  text: {
    css: '.status__content__text',
    why: "the status's text (present, hidden, under a content warning)",
    matches: { redditOld2018: 0, redditOwnOld: 0, redditOwnNew: 0, blueskyOwnThread: 0, mastodonOwnThread: 4, mastodonOwnNested: 6, xOwnStatus: 0 },
  },
  contentWarning: {
    css: '.status__content__spoiler-text, .content-warning',
    why: 'a content warning the author set (4.0-4.2 and 4.3+ markup)',
    matches: { redditOld2018: 0, redditOwnOld: 0, redditOwnNew: 0, blueskyOwnThread: 0, mastodonOwnThread: 1, mastodonOwnNested: 0, xOwnStatus: 0 },
  },
  avatar: {
    css: '.account__avatar img',
    why: "the author's picture: /avatars/original/missing.png is the default one",
    matches: { redditOld2018: 0, redditOwnOld: 0, redditOwnNew: 0, blueskyOwnThread: 0, mastodonOwnThread: 5, mastodonOwnNested: 6, xOwnStatus: 0 },
  },
  threadList: {
    css: '.item-list, .scrollable',
    why: "the thread view's list: div.item-list.scrollable (legacy.jsx today), div.scrollable (older 4.x); hints are read only in the focal status's own",
    matches: { redditOld2018: 0, redditOwnOld: 0, redditOwnNew: 0, blueskyOwnThread: 0, mastodonOwnThread: 1, mastodonOwnNested: 1, xOwnStatus: 0 },
  },
  statusWrapper: {
    css: '.status__wrapper',
    why: 'one drawn item of a list (status.jsx wraps every status, a filtered one too): the order that says which was drawn before',
    matches: { redditOld2018: 0, redditOwnOld: 0, redditOwnNew: 0, blueskyOwnThread: 0, mastodonOwnThread: 5, mastodonOwnNested: 5, xOwnStatus: 0 },
  },
  firstInThread: {
    css: '.status--first-in-thread',
    why: 'a descendant that does not answer the status drawn before it, or answers the focal one (status.jsx)',
    matches: { redditOld2018: 0, redditOwnOld: 0, redditOwnNew: 0, blueskyOwnThread: 0, mastodonOwnThread: 0, mastodonOwnNested: 1, xOwnStatus: 0 },
  },
  threadLine: {
    css: '.status__line',
    why: 'the line joining a status to the one drawn before it (its parent, or the focal status) or to its first reply',
    matches: { redditOld2018: 0, redditOwnOld: 0, redditOwnNew: 0, blueskyOwnThread: 0, mastodonOwnThread: 0, mastodonOwnNested: 5, xOwnStatus: 0 },
  },
  siteName: {
    css: 'meta[property="og:site_name"], #mastodon',
    why: 'detect(): the React root of the web UI is div#mastodon',
    matches: { redditOld2018: 1, redditOwnOld: 1, redditOwnNew: 1, blueskyOwnThread: 1, mastodonOwnThread: 2, mastodonOwnNested: 2, xOwnStatus: 1 },
  },
} as const satisfies Record<string, SiteSelector>;

export type MastodonSelectorName = keyof typeof MASTODON_SELECTORS;

export function css(name: MastodonSelectorName): string {
  return MASTODON_SELECTORS[name].css;
}
