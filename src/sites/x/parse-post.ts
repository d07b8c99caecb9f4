// One X post article -> Post. A handful of scoped querySelector calls per post (no document scans), so the content
// script can run it in 4 ms slices. Never throws: a post without an id is not readable (null); any other missing part
// is left out of the Post.
import { PLATFORM_LABELS } from '../../shared/thread.ts';
import type { Author, Post, PostMetrics } from '../../shared/thread.ts';
import { richText } from '../rich-text.ts';
import { countFromLabel, viewsFromGroupLabel } from './count-label.ts';
import { hashtags, outboundLinks } from './post-links.ts';
import { postScope } from './post-scope.ts';
import type { PostScope } from './post-scope.ts';
import { css } from './selectors.ts';
import type { XSelectorName } from './selectors.ts';
import { statusRefFromHref } from './status-url.ts';
import type { StatusRef } from './status-url.ts';

export function parsePost(article: Element, pageUrl: URL): Post | null {
  try {
    return readPost(postScope(article), pageUrl);
  } catch {
    // A page we do not understand must not break the others: this post is simply not read.
    return null;
  }
}

function readPost(scope: PostScope, pageUrl: URL): Post | null {
  // On timelines the time sits in User-Name; the focal post of a status page has it further down.
  const time = scope.userName?.querySelector(css('time')) ?? scope.own('time');
  const ref = permalinkOf(scope, time, pageUrl);
  if (ref === null) return null;
  const textElement = scope.own('text');
  const post: Post = {
    id: ref.id,
    author: authorOf(scope, ref.handle),
    // Not trimmed: X puts no whitespace around the text, and what is there (a BOM, an RTL mark) is the author's.
    text: textElement === null ? '' : richText(textElement, isShowMore),
  };
  const createdAt = isoTime(time?.getAttribute('datetime'));
  if (createdAt !== undefined) post.createdAt = createdAt;
  const quotes = quotedIdOf(scope, pageUrl);
  if (quotes !== undefined && quotes !== post.id) post.quotes = quotes;
  const links = outboundLinks(scope, textElement, pageUrl);
  if (links.length > 0) post.links = links;
  const tags = hashtags(textElement);
  if (tags.length > 0) post.hashtags = tags;
  const metrics = metricsOf(scope.article);
  if (Object.keys(metrics).length > 0) post.metrics = metrics;
  const labels = platformLabelsOf(scope, textElement);
  if (labels.length > 0) post.platformLabels = labels;
  return post;
}

/**
 * The post's own status: the link around its time, else its analytics link (/<handle>/status/<id>/analytics), else
 * the first of its own links to a status (/<handle>/status/<id>/photo/1, "Show more"). The last is for a post that
 * shows no time, such as a promoted post ("Ad" in place of the time): none was in the saved pages checked (2025-11).
 */
function permalinkOf(scope: PostScope, time: Element | null, pageUrl: URL): StatusRef | null {
  const around = time?.closest(css('statusLink')) ?? null;
  if (around !== null && scope.article.contains(around)) {
    const ref = statusRefFromHref(around.getAttribute('href'), pageUrl);
    if (ref !== null) return ref;
  }
  const views = statusRefFromHref(scope.article.querySelector(css('views'))?.getAttribute('href') ?? null, pageUrl);
  if (views !== null) return views;
  return firstStatusRef(scope.ownAll('statusLink'), pageUrl);
}

function authorOf(scope: PostScope, handleFromLink: string): Author {
  const author: Author = { handle: handleFromLink };
  const name = scope.userName;
  if (name !== null) {
    // The first dir=ltr block of User-Name is the display name (emoji as images), the next ones the check marks
    // and the @handle.
    const displayName = name.querySelector(css('nameParts'));
    const shown = displayName === null ? '' : richText(displayName).trim();
    if (shown !== '' && !shown.startsWith('@')) author.displayName = shown;
    author.verified = name.querySelector(css('verified')) !== null;
  }
  const avatar = scope.own('avatar');
  if (avatar !== null) author.defaultAvatar = showsDefaultPicture(avatar);
  return author;
}

/**
 * X's default picture lives under /sticky/default_profile_images/default_profile_*.png; saved pages rename the img
 * file (default_profile_normal.png) but keep the original URL in the background-image style.
 */
function showsDefaultPicture(avatar: Element): boolean {
  const sources = [avatar.querySelector(css('avatarImage'))?.getAttribute('src') ?? ''];
  for (const styled of avatar.querySelectorAll(css('avatarBackground'))) sources.push(styled.getAttribute('style') ?? '');
  return sources.some((source) => /default_profile/.test(source));
}

/** The quoted post's id, when the quote links to it (photo or "Show more" links); quotes often have no link at all. */
function quotedIdOf(scope: PostScope, pageUrl: URL): string | undefined {
  if (scope.quote === null) return undefined;
  return firstStatusRef(scope.quote.querySelectorAll(css('statusLink')), pageUrl)?.id;
}

function firstStatusRef(links: Iterable<Element>, pageUrl: URL): StatusRef | null {
  for (const link of links) {
    const ref = statusRefFromHref(link.getAttribute('href'), pageUrl);
    if (ref !== null) return ref;
  }
  return null;
}

/**
 * The counts sit in the action group. Quoted posts never carry one, so it is searched in the whole article: in
 * ../shared/fixtures/x/status-quote-video.html unclosed divs put the bar inside the quote container, and a browser
 * parses it the same way.
 */
function metricsOf(article: Element): PostMetrics {
  const metrics: PostMetrics = {};
  const group = article.querySelector(css('replies'))?.closest(css('actionGroup')) ?? article.querySelector(css('actionGroup'));
  if (group === null) return metrics;
  const label = (name: XSelectorName): string | null | undefined => group.querySelector(css(name))?.getAttribute('aria-label');
  const replies = countFromLabel(label('replies'));
  if (replies !== undefined) metrics.replies = replies;
  const reposts = countFromLabel(label('reposts'));
  if (reposts !== undefined) metrics.reposts = reposts;
  const likes = countFromLabel(label('likes'));
  if (likes !== undefined) metrics.likes = likes;
  // The focal post of a status page has no analytics link: its views are only in the group label.
  const views = countFromLabel(label('views')) ?? viewsFromGroupLabel(group.getAttribute('aria-label'));
  if (views !== undefined) metrics.views = views;
  return metrics;
}

/** English only: X's warning text is the only hook (see selectors.ts). */
const SENSITIVE_WARNING = /\b(?:content warning|sensitive content|potentially sensitive)\b/i;

function platformLabelsOf(scope: PostScope, text: Element | null): string[] {
  const labels: string[] = [];
  if (scope.own('communityNote') !== null) labels.push(PLATFORM_LABELS.communityNote);
  if (hasSensitiveWarning(scope, text)) labels.push(PLATFORM_LABELS.sensitiveContent);
  return labels;
}

/** A plain "Show" button whose surrounding box (not reaching the post's text) carries the warning text. */
function hasSensitiveWarning(scope: PostScope, text: Element | null): boolean {
  for (const button of scope.ownAll('plainButton')) {
    let box = button.parentElement;
    for (let depth = 0; box !== null && depth < 3 && box !== scope.article; depth++, box = box.parentElement) {
      if (text !== null && box.contains(text)) break;
      if (SENSITIVE_WARNING.test(box.textContent ?? '')) return true;
    }
  }
  return false;
}

function isShowMore(element: Element): boolean {
  return element.matches(css('showMore'));
}

/**
 * Already what toISOString gives (X's datetime attributes are): returned as it is, without a Date
 * (issue #12, content-script budget, 2026-12). Days 29-31 take the slow path: V8 rolls an invalid
 * date such as 02-30 over into March, and the output must not change.
 */
const CANONICAL_ISO = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|1\d|2[0-8])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{3}Z$/;

function isoTime(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  if (CANONICAL_ISO.test(value)) return value;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}
