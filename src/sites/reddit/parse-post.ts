// One Reddit post element (old.reddit div.thing or www.reddit shreddit-post / shreddit-comment) -> Post. Scoped
// queries only, never throws: a thing without a fullname is not readable (null); any other missing part is left out.
// Ids are fullnames (t3_ submissions, t1_ comments), as the .json API's `name` and `parent_id` give them.
import { PLATFORM_LABELS } from '../../shared/thread.ts';
import type { Author, Post } from '../../shared/thread.ts';
import { blockText } from '../block-text.ts';
import { isoFromEpoch, isoTime } from '../iso-time.ts';
import { richText } from '../rich-text.ts';
import type { UnloadedReplies } from '../site-adapter.ts';
import { css } from './selectors.ts';

/** What Reddit shows in place of the author or the text of a deleted or removed post. */
export const DELETED_MARKS = new Set(['[deleted]', '[removed]']);
const FULLNAME = /^t[13]_[a-z0-9]+$/i;

export function parseRedditPost(element: Element, pageUrl: URL): Post | null {
  try {
    const tag = element.tagName.toLowerCase();
    if (tag === 'shreddit-post') return readNewPost(element, pageUrl);
    if (tag === 'shreddit-comment') return readNewComment(element, pageUrl);
    return readOldThing(element, pageUrl);
  } catch {
    // A page we do not understand must not break the others: this post is simply not read.
    return null;
  }
}

/** A submission's text: its title, then its body when it has one (as the importer writes it). */
export function submissionText(title: string, body: string): string {
  const t = title.trim();
  const b = DELETED_MARKS.has(body.trim()) ? '' : body.trim();
  return b === '' ? t : t === '' ? b : `${t}\n\n${b}`;
}

/** A comment's text: empty when Reddit shows only "[deleted]" or "[removed]" in its place. */
export function commentText(body: string): string {
  const trimmed = body.trim();
  return DELETED_MARKS.has(trimmed) ? '' : trimmed;
}

// ---- old.reddit.com ----

function readOldThing(thing: Element, pageUrl: URL): Post | null {
  const id = thing.getAttribute('data-fullname') ?? '';
  const type = thing.getAttribute('data-type');
  if (!FULLNAME.test(id) || (type !== 'link' && type !== 'comment')) return null;
  const entry = childMatching(thing, css('oldEntry'));
  // Replies sit beside the entry (in .child), so whatever the entry holds is the thing's own.
  const tagline = entry?.querySelector(css('oldTagline')) ?? null;
  const body = entry?.querySelector(css('oldBody')) ?? null;
  const bodyText = body === null ? '' : blockText(body);
  let text: string;
  if (type === 'link') {
    const title = entry?.querySelector(css('oldTitle')) ?? null;
    text = submissionText(title === null ? '' : richText(title), bodyText);
  } else {
    text = commentText(bodyText);
  }
  const post: Post = { id, author: { handle: oldAuthor(thing, tagline) }, text };
  const createdAt = isoTime(entry?.querySelector(css('oldTime'))?.getAttribute('datetime')) ?? isoFromEpoch(thing.getAttribute('data-timestamp'), 'ms');
  if (createdAt !== undefined) post.createdAt = createdAt;
  const replyTo = type === 'comment' ? oldParent(thing) : undefined;
  if (replyTo !== undefined) post.replyTo = replyTo;
  const links = outbound(body, pageUrl);
  const linked = type === 'link' ? absolute(thing.getAttribute('data-url'), pageUrl) : undefined;
  if (linked !== undefined && !isReddit(linked)) links.unshift(linked);
  if (links.length > 0) post.links = [...new Set(links)];
  const comments = Number(thing.getAttribute('data-comments-count'));
  if (type === 'link' && Number.isInteger(comments) && comments >= 0 && thing.hasAttribute('data-comments-count')) {
    post.metrics = { replies: comments };
  }
  const labels: string[] = [];
  if (thing.getAttribute('data-nsfw') === 'true' || thing.classList.contains('over18')) labels.push(PLATFORM_LABELS.sensitiveContent);
  if (labels.length > 0) post.platformLabels = labels;
  return post;
}

/** data-author, absent on deleted comments, whose tagline says "[deleted]". */
function oldAuthor(thing: Element, tagline: Element | null): string {
  const author = thing.getAttribute('data-author');
  if (author) return author;
  const link = tagline?.querySelector('a.author');
  return link?.textContent?.trim() || '[deleted]';
}

/** The fullname in the id of the reply table holding the thing (siteTable_t1_abc -> t1_abc). */
function oldParent(thing: Element): string | undefined {
  const table = thing.parentElement?.closest(css('oldSiteTable'));
  const parent = table?.getAttribute('id')?.slice('siteTable_'.length);
  return parent !== undefined && FULLNAME.test(parent) ? parent : undefined;
}

function childMatching(parent: Element, selector: string): Element | null {
  for (const child of Array.from(parent.children)) if (child.matches(selector)) return child;
  return null;
}

// ---- www.reddit.com (shreddit) ----

function readNewPost(element: Element, pageUrl: URL): Post | null {
  const id = element.getAttribute('id') ?? element.getAttribute('thingid') ?? '';
  if (!FULLNAME.test(id)) return null;
  const body = element.querySelector(css('newPostBody'));
  const post: Post = {
    id,
    author: newAuthor(element),
    text: submissionText(element.getAttribute('post-title') ?? '', body === null ? '' : blockText(body)),
  };
  const createdAt = isoTime(element.getAttribute('created-timestamp'));
  if (createdAt !== undefined) post.createdAt = createdAt;
  const links = outbound(body, pageUrl);
  const linked = absolute(element.getAttribute('content-href'), pageUrl);
  if (linked !== undefined && !isReddit(linked)) links.unshift(linked);
  if (links.length > 0) post.links = [...new Set(links)];
  const comments = Number(element.getAttribute('comment-count'));
  if (element.hasAttribute('comment-count') && Number.isInteger(comments) && comments >= 0) post.metrics = { replies: comments };
  if (element.hasAttribute('nsfw')) post.platformLabels = [PLATFORM_LABELS.sensitiveContent];
  return post;
}

function readNewComment(element: Element, pageUrl: URL): Post | null {
  const id = element.getAttribute('thingid') ?? '';
  if (!FULLNAME.test(id)) return null;
  const body = ownNew(element, css('newCommentBody'));
  const post: Post = { id, author: newAuthor(element), text: commentText(body === null ? '' : blockText(body)) };
  const time = ownNew(element, css('newCommentTime'));
  const createdAt = isoTime(time?.getAttribute('ts')) ?? isoTime(element.getAttribute('created'));
  if (createdAt !== undefined) post.createdAt = createdAt;
  const replyTo = newParent(element);
  if (replyTo !== undefined) post.replyTo = replyTo;
  const links = outbound(body, pageUrl);
  if (links.length > 0) post.links = [...new Set(links)];
  return post;
}

function newAuthor(element: Element): Author {
  const handle = element.getAttribute('author')?.trim();
  return { handle: handle || '[deleted]' };
}

/** parentid when given; else the comment it is nested in; else (depth 0) the page's submission. */
function newParent(comment: Element): string | undefined {
  const given = comment.getAttribute('parentid');
  if (given !== null && FULLNAME.test(given)) return given;
  const outer = comment.parentElement?.closest(css('newComment'))?.getAttribute('thingid');
  if (outer && FULLNAME.test(outer)) return outer;
  const postId = comment.getAttribute('postid');
  if (postId !== null && FULLNAME.test(postId)) return postId;
  const submission = comment.ownerDocument.querySelector(css('newPost'));
  const fromPage = submission?.getAttribute('id') ?? submission?.getAttribute('thingid');
  return fromPage && FULLNAME.test(fromPage) ? fromPage : undefined;
}

function ownNew(comment: Element, selector: string): Element | null {
  for (const found of comment.querySelectorAll(selector)) if (found.closest(css('newComment')) === comment) return found;
  return null;
}

// ---- both ----

function outbound(body: Element | null, pageUrl: URL): string[] {
  if (body === null) return [];
  const links: string[] = [];
  for (const anchor of body.querySelectorAll('a[href]')) {
    const href = absolute(anchor.getAttribute('href'), pageUrl);
    if (href !== undefined && /^https?:/.test(href) && !isReddit(href)) links.push(href);
  }
  return links;
}

function absolute(href: string | null, pageUrl: URL): string | undefined {
  if (!href) return undefined;
  try {
    return new URL(href, pageUrl).href;
  } catch {
    return undefined;
  }
}

/** Links to Reddit itself (users, subreddits, its image hosts are outbound) are not outbound. */
function isReddit(href: string): boolean {
  try {
    const host = new URL(href).hostname;
    return host === 'reddit.com' || host.endsWith('.reddit.com');
  } catch {
    return false;
  }
}

/** The page's "load more" stubs: old.reddit's morechildren things, www.reddit's more-comments loaders. */
export function unloadedReplies(root: ParentNode): UnloadedReplies[] {
  const found: UnloadedReplies[] = [];
  for (const stub of root.querySelectorAll(css('oldMore'))) {
    const item: UnloadedReplies = {};
    const parent = stub.parentElement?.closest(css('oldSiteTable'))?.getAttribute('id')?.slice('siteTable_'.length);
    if (parent !== undefined && FULLNAME.test(parent)) item.parentId = parent;
    const count = replyCount(stub.textContent ?? '');
    if (count !== undefined) item.count = count;
    found.push(item);
  }
  for (const loader of root.querySelectorAll(css('newMore'))) {
    const item: UnloadedReplies = {};
    const parent = loader.parentElement?.closest(css('newComment'))?.getAttribute('thingid');
    if (parent && FULLNAME.test(parent)) item.parentId = parent;
    const count = replyCount(loader.textContent ?? '');
    if (count !== undefined) item.count = count;
    found.push(item);
  }
  return found;
}

/** "load more comments (3 replies)", "12 more replies" */
function replyCount(label: string): number | undefined {
  const match = /(\d[\d,]*)\s*(?:more\s+)?(?:repl(?:y|ies)|comments?)/i.exec(label);
  return match?.[1] === undefined ? undefined : Number(match[1].replace(/,/g, ''));
}
