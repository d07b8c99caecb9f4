// Every selector the X adapter uses, in one table, each with how often it matches on each fixture page
// (refined-github style: test/dom/x-selectors.test.ts counts them and fails on any drift or missing expectation).
// Only data-testid, aria-*, role, href and element structure: X's css-*/r-* class names change with every deploy.
//
// What the selectors rest on (read 2025-11, re-check when X changes its markup):
// - Saved x.com pages (../shared/fixtures/x/home-timeline.html, and the saved profile and status pages in
//   https://github.com/insin/control-panel-for-twitter/tree/master/examples): posts are article[data-testid="tweet"]
//   in [data-testid="cellInnerDiv"] cells; hrefs are absolute (https://x.com/...) in saved pages and site-relative
//   live; avatars' img src is rewritten to a local file on saving, the original URL survives in the background-image.
// - The permalink is the <a href="/<handle>/status/<id>"> around the post's <time>. Quoted posts have no permalink:
//   their time sits in a plain div, and the only links to them are photo links (/status/<id>/photo/1) or the
//   "Show more" link. Reposts ("X reposted" in [data-testid="socialContext"]) carry the original post's permalink,
//   User-Name and time, so nothing special is needed for them; on profiles the same socialContext says "Pinned".
// - The quoted post is a div[role="link"] holding its own User-Name, tweetText and time (Control Panel for Twitter's
//   getTweetType, script.js). Affiliate badges inside a User-Name are div[role="link"] too, hence the User-Name test.
// - Status pages: the focal post is the only article with tabindex="-1" (Control Panel for Twitter,
//   onIndividualTweetTimelineChange: `isFocusedTweet = $tweet.tabIndex == -1`); it shows its time as
//   "9:59 pm · 20 Nov 2025" and its views as text ("809 Views"), with no analytics link. Ancestors render above it,
//   replies below, then a "Discover more" heading (an h2 followed by a description) before unrelated posts.
// - Conversations are drawn with a 2px line: Control Panel for Twitter (isReplyToPreviousTweet) measures its computed
//   width; without CSS we read its place instead. A post that continues below has an empty div right after its
//   avatar; a post that continues one above has an empty line column before the spacer of its top row. Both are
//   seen in home-timeline.html (a hasufl -> cmsholdings -> hasufl conversation) and nowhere else there.
// - Metrics: buttons [data-testid="reply|retweet|like"] carry "2534 Replies. Reply", "4483 reposts. Repost",
//   "25616 Likes. Like" (unretweet/unlike once the reader has acted); the views link a[href$="/analytics"] carries
//   "2596467 views. View post analytics"; the [role="group"] around them sums all up ("1 reply, 4 likes, 809 views").
// - Community Notes render inside the article as [data-testid="birdwatch-pivot"] ("Readers added context they thought
//   people might want to know"), per userscripts that translate or strip them. [data-testid="previewInterstitial"]
//   is NOT a warning: home-timeline.html has 7 of them, all video/GIF previews ("Embedded video" + play button).
// - Sensitive-media warnings have no test id: a "Content warning: ..." text beside a plain [role="button"] "Show"
//   (https://github.com/ansanloms/browser-userscripts src/twitter-show-sensitive-content.user.ts clicks it by its
//   text; https://github.com/stdai1016/tweet_userscripts selects it as [role="button"]:not([data-testid])).
// - Link cards: [data-testid="card.wrapper"] holds an <a href="https://t.co/..." aria-label="domain title">; the
//   expanded URL is not in the page. Links in the text are t.co links whose text is the full URL split into visible
//   and aria-hidden spans plus an aria-hidden "…".
// - Checked again (2025-11) on the logged-out profile and status pages saved from x.com in the Control Panel for
//   Twitter examples (mario-zechner-twitter.html, mario-zechner-wow.html, bigtech-alert.html), which no test reads:
//   every post came out right. What they showed is in status-logged-out.html and profile-logged-out.html: a status
//   page with no canonical link (its URL only in the oEmbed link, see page-meta.ts), a quote linked only by its
//   photo, a quote whose link is a plain span, mentions wrapped in a div inside the text, an old post whose analytics
//   link has no count, a video inside a [data-testid="placementTracking"] (not an ad marker), the profile header's
//   t.co links outside any post. Pages saved as "HTML only" hold X's empty app shell and no post at all.

/** The pages every selector is counted on; test/dom/x-fixtures.ts maps them to files. */
export type XFixture =
  'homeTimeline' | 'statusQuote' | 'statusQuoteVideo' | 'oldReddit' | 'ownStatus' | 'ownProfile' | 'ownTimeline' | 'ownLoggedOutStatus' | 'ownLoggedOutProfile';

export interface XSelector {
  css: string;
  /** what the adapter reads with it, and why this hook */
  why: string;
  /** how many elements it matches in the whole of each fixture page */
  matches: Record<XFixture, number>;
}

export const X_SELECTORS = {
  post: {
    css: 'article[data-testid="tweet"]',
    why: 'one post; quoted posts are not articles (except unavailable ones, nested inside their quoter)',
    matches: {
      homeTimeline: 20,
      statusQuote: 1,
      statusQuoteVideo: 1,
      oldReddit: 0,
      ownStatus: 8,
      ownProfile: 5,
      ownTimeline: 4,
      ownLoggedOutStatus: 1,
      ownLoggedOutProfile: 5,
    },
  },
  focalPost: {
    css: 'article[data-testid="tweet"][tabindex="-1"]',
    why: 'the focal post of a status page, when the page URL is unknown',
    matches: {
      homeTimeline: 0,
      statusQuote: 0,
      statusQuoteVideo: 0,
      oldReddit: 0,
      ownStatus: 1,
      ownProfile: 0,
      ownTimeline: 0,
      ownLoggedOutStatus: 1,
      ownLoggedOutProfile: 0,
    },
  },
  userName: {
    css: '[data-testid="User-Name"]',
    why: 'display name, @handle and verified mark; the second one in an article belongs to the quoted post',
    matches: {
      homeTimeline: 29,
      statusQuote: 2,
      statusQuoteVideo: 2,
      oldReddit: 0,
      ownStatus: 8,
      ownProfile: 5,
      ownTimeline: 5,
      ownLoggedOutStatus: 2,
      ownLoggedOutProfile: 6,
    },
  },
  nameParts: {
    css: '[data-testid="User-Name"] [dir="ltr"]',
    why: 'inside User-Name: the first is the display name (emoji as img alt), then check marks, @handle, time',
    matches: {
      homeTimeline: 145,
      statusQuote: 10,
      statusQuoteVideo: 10,
      oldReddit: 0,
      ownStatus: 38,
      ownProfile: 25,
      ownTimeline: 25,
      ownLoggedOutStatus: 7,
      ownLoggedOutProfile: 30,
    },
  },
  quoteContainer: {
    css: 'div[role="link"]',
    why: 'the quoted post is the div[role=link] holding a User-Name (affiliate badges are div[role=link] too)',
    matches: {
      homeTimeline: 25,
      statusQuote: 1,
      statusQuoteVideo: 1,
      oldReddit: 0,
      ownStatus: 2,
      ownProfile: 0,
      ownTimeline: 1,
      ownLoggedOutStatus: 1,
      ownLoggedOutProfile: 1,
    },
  },
  nestedPost: {
    css: 'article[data-testid="tweet"] article',
    why: 'an unavailable quoted post ("This post is unavailable") is an article nested in its quoter',
    matches: {
      homeTimeline: 0,
      statusQuote: 0,
      statusQuoteVideo: 0,
      oldReddit: 0,
      ownStatus: 0,
      ownProfile: 0,
      ownTimeline: 0,
      ownLoggedOutStatus: 0,
      ownLoggedOutProfile: 0,
    },
  },
  text: {
    css: '[data-testid="tweetText"]',
    why: "the post's text; the one inside the quote container is the quoted post's",
    matches: {
      homeTimeline: 25,
      statusQuote: 2,
      statusQuoteVideo: 2,
      oldReddit: 0,
      ownStatus: 8,
      ownProfile: 5,
      ownTimeline: 5,
      ownLoggedOutStatus: 2,
      ownLoggedOutProfile: 6,
    },
  },
  textLink: {
    css: '[data-testid="tweetText"] a[href]',
    why: 'links in the text: t.co links spelling out the full URL, mentions, hashtags',
    matches: {
      homeTimeline: 3,
      statusQuote: 0,
      statusQuoteVideo: 1,
      oldReddit: 0,
      ownStatus: 5,
      ownProfile: 1,
      ownTimeline: 1,
      ownLoggedOutStatus: 0,
      ownLoggedOutProfile: 3,
    },
  },
  showMore: {
    css: '[data-testid="tweet-text-show-more-link"]',
    why: '"Show more" after truncated text: never part of the text; inside a quote it links to the quoted post',
    matches: {
      homeTimeline: 7,
      statusQuote: 0,
      statusQuoteVideo: 0,
      oldReddit: 0,
      ownStatus: 0,
      ownProfile: 1,
      ownTimeline: 0,
      ownLoggedOutStatus: 0,
      ownLoggedOutProfile: 0,
    },
  },
  time: {
    css: 'time[datetime]',
    why: "publication time; the one wrapped in a status link is the post's own, the quoted post's is not",
    matches: {
      homeTimeline: 29,
      statusQuote: 2,
      statusQuoteVideo: 2,
      oldReddit: 206,
      ownStatus: 8,
      ownProfile: 5,
      ownTimeline: 5,
      ownLoggedOutStatus: 2,
      ownLoggedOutProfile: 6,
    },
  },
  statusLink: {
    css: 'a[href*="/status/"]',
    why: 'permalinks (/<handle>/status/<id>), photo and analytics links; inside a quote they name the quoted post, outside it the post itself (its id when it shows no time)',
    matches: {
      homeTimeline: 50,
      statusQuote: 3,
      statusQuoteVideo: 2,
      oldReddit: 0,
      ownStatus: 15,
      ownProfile: 10,
      ownTimeline: 9,
      ownLoggedOutStatus: 3,
      ownLoggedOutProfile: 14,
    },
  },
  views: {
    css: 'a[href$="/analytics"]',
    why: 'views count in its aria-label ("1178 views. View post analytics"); absent on the focal post',
    matches: {
      homeTimeline: 20,
      statusQuote: 1,
      statusQuoteVideo: 1,
      oldReddit: 0,
      ownStatus: 7,
      ownProfile: 5,
      ownTimeline: 4,
      ownLoggedOutStatus: 0,
      ownLoggedOutProfile: 5,
    },
  },
  actionGroup: {
    css: '[role="group"][aria-label]',
    why: 'all counts in one label ("1 reply, 4 likes, 809 views"); read for the focal post\'s views only',
    matches: {
      homeTimeline: 20,
      statusQuote: 1,
      statusQuoteVideo: 1,
      oldReddit: 0,
      ownStatus: 8,
      ownProfile: 5,
      ownTimeline: 4,
      ownLoggedOutStatus: 1,
      ownLoggedOutProfile: 5,
    },
  },
  replies: {
    css: '[data-testid="reply"]',
    why: 'replies count in its aria-label ("12 Replies. Reply")',
    matches: {
      homeTimeline: 20,
      statusQuote: 1,
      statusQuoteVideo: 1,
      oldReddit: 0,
      ownStatus: 8,
      ownProfile: 5,
      ownTimeline: 4,
      ownLoggedOutStatus: 1,
      ownLoggedOutProfile: 5,
    },
  },
  reposts: {
    css: '[data-testid="retweet"], [data-testid="unretweet"]',
    why: 'reposts count in its aria-label ("4483 reposts. Repost"); unretweet once the reader reposted',
    matches: {
      homeTimeline: 20,
      statusQuote: 1,
      statusQuoteVideo: 1,
      oldReddit: 0,
      ownStatus: 8,
      ownProfile: 5,
      ownTimeline: 4,
      ownLoggedOutStatus: 1,
      ownLoggedOutProfile: 5,
    },
  },
  likes: {
    css: '[data-testid="like"], [data-testid="unlike"]',
    why: 'likes count in its aria-label ("25616 Likes. Like"); unlike once the reader liked',
    matches: {
      homeTimeline: 20,
      statusQuote: 1,
      statusQuoteVideo: 1,
      oldReddit: 0,
      ownStatus: 8,
      ownProfile: 5,
      ownTimeline: 4,
      ownLoggedOutStatus: 1,
      ownLoggedOutProfile: 5,
    },
  },
  verified: {
    css: '[data-testid="icon-verified"]',
    why: "any check mark; counted only inside the post's own User-Name",
    matches: {
      homeTimeline: 32,
      statusQuote: 2,
      statusQuoteVideo: 2,
      oldReddit: 0,
      ownStatus: 2,
      ownProfile: 5,
      ownTimeline: 1,
      ownLoggedOutStatus: 1,
      ownLoggedOutProfile: 7,
    },
  },
  avatar: {
    css: '[data-testid="Tweet-User-Avatar"]',
    why: "the author's picture (default_profile in its img src or background-image means the default one)",
    matches: {
      homeTimeline: 29,
      statusQuote: 2,
      statusQuoteVideo: 2,
      oldReddit: 0,
      ownStatus: 8,
      ownProfile: 5,
      ownTimeline: 5,
      ownLoggedOutStatus: 2,
      ownLoggedOutProfile: 6,
    },
  },
  avatarImage: {
    css: '[data-testid="Tweet-User-Avatar"] img',
    why: "its src names X's default picture (default_profile_images), also in saved pages that renamed the file",
    matches: {
      homeTimeline: 29,
      statusQuote: 2,
      statusQuoteVideo: 2,
      oldReddit: 0,
      ownStatus: 8,
      ownProfile: 5,
      ownTimeline: 5,
      ownLoggedOutStatus: 2,
      ownLoggedOutProfile: 6,
    },
  },
  avatarBackground: {
    css: '[data-testid="Tweet-User-Avatar"] [style*="background-image"]',
    why: 'the original picture URL, kept in the style when a saved page rewrote the img src to a local file',
    matches: {
      homeTimeline: 29,
      statusQuote: 2,
      statusQuoteVideo: 2,
      oldReddit: 0,
      ownStatus: 8,
      ownProfile: 5,
      ownTimeline: 5,
      ownLoggedOutStatus: 2,
      ownLoggedOutProfile: 6,
    },
  },
  avatarHandle: {
    css: '[data-testid^="UserAvatar-Container-"]',
    why: 'the handle in the test id (UserAvatar-Container-<handle>), when no link names it',
    matches: {
      homeTimeline: 36,
      statusQuote: 2,
      statusQuoteVideo: 2,
      oldReddit: 0,
      ownStatus: 8,
      ownProfile: 6,
      ownTimeline: 5,
      ownLoggedOutStatus: 2,
      ownLoggedOutProfile: 7,
    },
  },
  hashtag: {
    css: 'a[href*="/hashtag/"]',
    why: 'hashtags in the text',
    matches: {
      homeTimeline: 0,
      statusQuote: 0,
      statusQuoteVideo: 0,
      oldReddit: 0,
      ownStatus: 2,
      ownProfile: 1,
      ownTimeline: 0,
      ownLoggedOutStatus: 0,
      ownLoggedOutProfile: 0,
    },
  },
  card: {
    css: '[data-testid="card.wrapper"] a[href]',
    why: 'link cards: an outbound t.co link',
    matches: {
      homeTimeline: 0,
      statusQuote: 0,
      statusQuoteVideo: 0,
      oldReddit: 0,
      ownStatus: 1,
      ownProfile: 1,
      ownTimeline: 0,
      ownLoggedOutStatus: 0,
      ownLoggedOutProfile: 1,
    },
  },
  communityNote: {
    css: '[data-testid="birdwatch-pivot"]',
    why: 'a Community Note ("Readers added context") shown on the post',
    matches: {
      homeTimeline: 0,
      statusQuote: 0,
      statusQuoteVideo: 0,
      oldReddit: 0,
      ownStatus: 1,
      ownProfile: 0,
      ownTimeline: 0,
      ownLoggedOutStatus: 0,
      ownLoggedOutProfile: 0,
    },
  },
  plainButton: {
    css: '[role="button"]:not([data-testid]):not([aria-label])',
    why: 'the "Show" button of a sensitive-media warning, next to the warning text',
    matches: {
      homeTimeline: 1,
      statusQuote: 0,
      statusQuoteVideo: 0,
      oldReddit: 0,
      ownStatus: 0,
      ownProfile: 0,
      ownTimeline: 1,
      ownLoggedOutStatus: 0,
      ownLoggedOutProfile: 0,
    },
  },
  connectorBelow: {
    css: '[data-testid="Tweet-User-Avatar"] + div:empty',
    why: 'the conversation line under an avatar: the next post on the page answers this one',
    matches: {
      homeTimeline: 2,
      statusQuote: 0,
      statusQuoteVideo: 0,
      oldReddit: 0,
      ownStatus: 3,
      ownProfile: 2,
      ownTimeline: 1,
      ownLoggedOutStatus: 0,
      ownLoggedOutProfile: 0,
    },
  },
  connectorAbove: {
    css: 'article[data-testid="tweet"] > div > div > div:first-child > div > div:first-child:not(:last-child) > div:empty:only-child',
    why: 'the conversation line above an avatar (first column of the top row): this post answers the one before',
    matches: {
      homeTimeline: 2,
      statusQuote: 0,
      statusQuoteVideo: 0,
      oldReddit: 0,
      ownStatus: 3,
      ownProfile: 2,
      ownTimeline: 1,
      ownLoggedOutStatus: 0,
      ownLoggedOutProfile: 0,
    },
  },
  cell: {
    css: '[data-testid="cellInnerDiv"]',
    why: 'one timeline cell: a post, a heading or a "Show more" row; a heading cell between two posts splits threads',
    matches: {
      homeTimeline: 21,
      statusQuote: 1,
      statusQuoteVideo: 1,
      oldReddit: 0,
      ownStatus: 9,
      ownProfile: 5,
      ownTimeline: 4,
      ownLoggedOutStatus: 2,
      ownLoggedOutProfile: 5,
    },
  },
  discoverMore: {
    css: 'h2[role="heading"] + div[dir]',
    why: 'the "Discover more" heading and its description: later posts on a status page are not replies (other headings have no description: Control Panel for Twitter, onIndividualTweetTimelineChange). A profile\'s app bar (name, "97K posts") matches too, outside any cell: only cells between two posts are looked at',
    matches: {
      homeTimeline: 0,
      statusQuote: 0,
      statusQuoteVideo: 0,
      oldReddit: 0,
      ownStatus: 1,
      ownProfile: 0,
      ownTimeline: 0,
      ownLoggedOutStatus: 0,
      ownLoggedOutProfile: 1,
    },
  },
  siteName: {
    css: 'meta[property="og:site_name"]',
    why: 'detect(): x.com pages name themselves "X (formerly Twitter)"',
    matches: {
      homeTimeline: 1,
      statusQuote: 0,
      statusQuoteVideo: 0,
      oldReddit: 1,
      ownStatus: 1,
      ownProfile: 1,
      ownTimeline: 1,
      ownLoggedOutStatus: 1,
      ownLoggedOutProfile: 1,
    },
  },
} as const satisfies Record<string, XSelector>;

export type XSelectorName = keyof typeof X_SELECTORS;

/** The CSS of one selector, for querySelector. */
export function css(name: XSelectorName): string {
  return X_SELECTORS[name].css;
}
