// One post written in X's markup, with the hooks the X adapter reads (src/sites/x/selectors.ts): the cell, the
// article, Tweet-User-Avatar, User-Name, the time permalink, tweetText, the action buttons' labels and the
// conversation lines. Classes are our own (X's generated ones mean nothing outside x.com).
import type { DemoAccount, DemoPost } from './demo-thread.ts';

export interface PostMarkupOptions {
  /** the status page's focal post: bigger text, full date and view count at the bottom, tabindex=-1 */
  focal?: boolean;
  /** draw the conversation line from the post above */
  lineAbove?: boolean;
  /** draw the conversation line down to the next post */
  lineBelow?: boolean;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function renderPostCell(post: DemoPost, options: PostMarkupOptions = {}): string {
  const { author, id } = post;
  const permalink = `/${author.handle}/status/${id}`;
  const top = options.lineAbove ? '<div class="line-col"><div class="line"></div></div><div class="spacer"></div>' : '<div class="spacer"></div>';
  const time = `<a href="${permalink}" dir="ltr" aria-label="${escapeHtml(options.focal ? focalDate(post.createdAt) : shortDate(post.createdAt))}" role="link" class="time"><time datetime="${post.createdAt}">${escapeHtml(options.focal ? focalDate(post.createdAt) : shortDate(post.createdAt))}</time></a>`;
  return `<div data-testid="cellInnerDiv"><div class="cell${options.lineBelow ? ' joined' : ''}"><div>
<article aria-labelledby="${id}-name ${id}-text" role="article" tabindex="${options.focal ? '-1' : '0'}" data-testid="tweet" class="post${options.focal ? ' focal' : ''}"><div><div>
<div><div class="top-row">${top}</div></div>
<div class="main-row"><div class="avatar-col"><div data-testid="Tweet-User-Avatar">${avatar(author)}</div>${options.lineBelow ? '<div class="line-below"></div>' : ''}</div>
<div class="content">
<div class="header">${userName(author, id, options.focal ? '' : time)}</div>
<div dir="auto" lang="en" id="${id}-text" data-testid="tweetText" class="text">${renderPostText(post.text)}</div>
${post.communityNote === undefined ? '' : communityNote(post.communityNote)}
${options.focal ? `<div class="focal-meta">${time}<span aria-hidden="true"> · </span><span><b>${compact(post.metrics.views)}</b> Views</span></div>` : ''}
${actions(post, permalink, options.focal === true)}
</div></div></div></div></article></div></div></div>`;
}

function userName(author: DemoAccount, id: string, time: string): string {
  const check = author.verified
    ? `<div dir="ltr" class="badge"><svg viewBox="0 0 22 22" aria-label="Verified account" role="img" data-testid="icon-verified">${ICONS.verified}</svg></div>`
    : '';
  return `<div data-testid="User-Name" id="${id}-name"><div><a href="/${author.handle}" role="link" class="name"><div dir="ltr"><span>${escapeHtml(author.name)}</span></div>${check}</a></div><div class="handle-row"><a href="/${author.handle}" role="link" tabindex="-1"><div dir="ltr"><span>@${escapeHtml(author.handle)}</span></div></a>${time === '' ? '' : `<div dir="ltr" aria-hidden="true"><span>·</span></div>${time}`}</div></div>`;
}

/** A coloured initial, or X's grey default silhouette; inline SVG so that the page loads nothing from elsewhere. */
function avatar(author: DemoAccount): string {
  const svg = author.defaultAvatar
    ? // Stands in for abs.twimg.com/sticky/default_profile_images/default_profile_normal.png, whose name the adapter reads.
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40"><!-- default_profile_images/default_profile_normal --><rect width="40" height="40" fill="#ccd6dd"/><circle cx="20" cy="15" r="7" fill="#fff"/><path d="M6 38c1-9 7-13 14-13s13 4 14 13z" fill="#fff"/></svg>'
    : `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40"><rect width="40" height="40" fill="${author.color ?? '#536471'}"/><text x="20" y="26" font-family="sans-serif" font-size="18" text-anchor="middle" fill="#fff">${escapeHtml((author.name.trim()[0] ?? '?').toUpperCase())}</text></svg>`;
  return `<div data-testid="UserAvatar-Container-${escapeHtml(author.handle)}" class="avatar"><a href="/${author.handle}" aria-hidden="true" role="link" tabindex="-1"><img alt="" draggable="true" src="data:image/svg+xml,${encodeURIComponent(svg)}"></a></div>`;
}

/** Text with X's links: URLs shown shortened (full URL in aria-hidden parts), #hashtags and @mentions. */
export function renderPostText(text: string): string {
  const pattern = /(https?:\/\/[^\s]+)|(#[\p{L}\p{N}_]+)|(@[A-Za-z0-9_]{1,15})/gu;
  let html = '';
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const [, url, tag, mention] = match;
    html += `<span>${escapeHtml(text.slice(last, match.index))}</span>`;
    if (url !== undefined) html += shortenedLink(url);
    else if (tag !== undefined)
      html += `<span><a dir="ltr" href="/hashtag/${encodeURIComponent(tag.slice(1))}?src=hashtag_click" role="link">${escapeHtml(tag)}</a></span>`;
    else if (mention !== undefined) html += `<div class="mention"><a dir="ltr" href="/${mention.slice(1)}" role="link">${escapeHtml(mention)}</a></div>`;
    last = match.index + match[0].length;
  }
  return html + `<span>${escapeHtml(text.slice(last))}</span>`;
}

function shortenedLink(url: string): string {
  const scheme = /^https?:\/\//.exec(url)?.[0] ?? '';
  const rest = url.slice(scheme.length);
  const shown = rest.slice(0, 23);
  const hidden = rest.slice(23);
  return `<a dir="ltr" href="${escapeHtml(url)}" rel="noopener noreferrer nofollow" target="_blank" role="link"><span aria-hidden="true" class="hidden-part">${scheme}</span>${escapeHtml(shown)}${
    hidden === '' ? '' : `<span aria-hidden="true" class="hidden-part">${escapeHtml(hidden)}</span><span aria-hidden="true">…</span>`
  }</a>`;
}

function communityNote(note: string): string {
  return `<div data-testid="birdwatch-pivot" role="link" tabindex="0" class="note"><div class="note-head"><span>Readers added context they thought people might want to know</span></div><div dir="ltr" class="note-text"><span>${escapeHtml(note)}</span></div></div>`;
}

function actions(post: DemoPost, permalink: string, focal: boolean): string {
  const m = post.metrics;
  const label = [`${m.replies} ${m.replies === 1 ? 'reply' : 'replies'}`, `${m.reposts} reposts`, `${m.likes} likes`, `${m.views} views`].join(', ');
  const button = (testId: string, aria: string, count: number, icon: string): string =>
    `<div class="action"><button aria-label="${aria}" role="button" data-testid="${testId}" type="button">${icon}<span data-testid="app-text-transition-container">${count > 0 ? compact(count) : ''}</span></button></div>`;
  return `<div aria-label="${label}" role="group" class="actions">${button('reply', `${m.replies} ${m.replies === 1 ? 'Reply' : 'Replies'}. Reply`, m.replies, ICONS.reply)}${button(
    'retweet',
    `${m.reposts} ${m.reposts === 1 ? 'repost' : 'reposts'}. Repost`,
    m.reposts,
    ICONS.repost,
  )}${button('like', `${m.likes} ${m.likes === 1 ? 'Like' : 'Likes'}. Like`, m.likes, ICONS.like)}${
    focal
      ? ''
      : `<div class="action"><a href="${permalink}/analytics" aria-label="${m.views} views. View post analytics" role="link">${ICONS.views}<span data-testid="app-text-transition-container">${compact(m.views)}</span></a></div>`
  }</div>`;
}

const ICONS = {
  verified:
    '<path fill-rule="evenodd" d="M11 1.5l2.6 1.9 3.2-.2 1 3 2.7 1.8-.9 3.1 1 3-2.7 1.9-1 3-3.2-.2L11 20.5l-2.6-1.9-3.2.2-1-3-2.7-1.9.9-3-1-3.1 2.7-1.8 1-3 3.2.2zM9.7 14.9l-3.4-3.4 1.3-1.3 2.1 2.1 4.4-4.8 1.3 1.2z"/>',
  reply:
    '<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M1.8 10c0-4.4 3.6-8 8-8h4.4c4.5 0 8.1 3.6 8.1 8.1 0 3-1.6 5.7-4.2 7.1l-8 4.5v-3.7C5.5 18.1 1.8 14.5 1.8 10z"/></svg>',
  repost:
    '<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M4.5 3.9l4.4 4.1-1.4 1.5-2-1.9V16c0 1.1.9 2 2 2H13v2H7.5c-2.2 0-4-1.8-4-4V7.6l-2.1 1.9L0 8z M16.5 6H11V4h5.5c2.2 0 4 1.8 4 4v8.5l2.1-1.9 1.4 1.5-4.4 4.1-4.4-4.1 1.4-1.5 2 1.9V8c0-1.1-.9-2-2-2z"/></svg>',
  like: '<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M16.7 5.5c-1.2-.1-2.7.5-3.9 2.2l-.8 1.1-.8-1.1C9.9 6 8.5 5.4 7.3 5.5 4.9 5.7 3.1 8.3 4.7 11.2 5.8 13.2 8 15.5 12 17.8c4-2.3 6.2-4.6 7.2-6.6 1.6-2.9-.1-5.5-2.5-5.7z"/></svg>',
  views: '<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M8.8 21V3h2v18zM18 21V8.5h2V21zM4 21l.004-10h2L6 21zm9.2 0v-7h2v7z"/></svg>',
};

/** "1.2K", "31K", "2.5M": X's compact counts (English). */
function compact(n: number): string {
  if (n < 1000) return String(n);
  if (n < 1_000_000) return `${trim(n / 1000)}K`;
  return `${trim(n / 1_000_000)}M`;
}

function trim(value: number): string {
  return value >= 10 ? String(Math.floor(value)) : String(Math.floor(value * 10) / 10);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Nov 18", as X dates posts older than a day (UTC, so that pages render the same everywhere). */
function shortDate(iso: string): string {
  const date = new Date(iso);
  return `${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}`;
}

/** "3:02 PM · Nov 18, 2025", as X dates the focal post. */
function focalDate(iso: string): string {
  const date = new Date(iso);
  const hours = date.getUTCHours();
  const minutes = String(date.getUTCMinutes()).padStart(2, '0');
  return `${hours % 12 === 0 ? 12 : hours % 12}:${minutes} ${hours < 12 ? 'AM' : 'PM'} · ${shortDate(iso)}, ${date.getUTCFullYear()}`;
}
