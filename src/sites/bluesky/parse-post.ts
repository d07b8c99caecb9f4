// One bsky.app post item -> Post (selectors.ts says what each hook is). Never throws: an item whose own post link
// cannot be found (neither its time link nor the page URL) is not readable (null); any other missing part is left out.
import { PLATFORM_LABELS } from '../../shared/thread.ts';
import type { Post } from '../../shared/thread.ts';
import { richText } from '../rich-text.ts';
import { niceDateToIso } from './bsky-date.ts';
import { css } from './selectors.ts';

export interface PostRef {
  handle: string;
  rkey: string;
}

const POST_PATH = /^\/profile\/([^/]+)\/post\/([a-z0-9]+)\/?$/i;
const DID = /\/(did:[a-z0-9]+:[A-Za-z0-9._:%-]+)\//;

export function postRefFromHref(href: string | null | undefined, pageUrl: URL): PostRef | null {
  if (!href) return null;
  try {
    const url = new URL(href, pageUrl);
    if (url.hostname !== pageUrl.hostname && url.hostname !== 'bsky.app') return null;
    const match = POST_PATH.exec(url.pathname);
    return match?.[1] && match[2] ? { handle: decodeURIComponent(match[1]), rkey: match[2] } : null;
  } catch {
    return null;
  }
}

export function handleOf(item: Element): string {
  return (item.getAttribute('data-testid') ?? '').replace(/^(?:postThreadItem|feedItem)-by-/, '');
}

export function parseBlueskyPost(item: Element, pageUrl: URL): Post | null {
  try {
    return readPost(item, pageUrl);
  } catch {
    return null;
  }
}

function readPost(item: Element, pageUrl: URL): Post | null {
  const handle = handleOf(item);
  if (handle === '') return null;
  const timeLink = ownTimeLink(item, pageUrl);
  const focal = postRefFromHref(pageUrl.href, pageUrl);
  const ref = timeLink?.ref ?? (focal !== null && sameHandle(focal.handle, handle) ? focal : null) ?? linkByAuthor(item, handle, pageUrl);
  if (ref === null) return null;
  const did = didOf(item, handle);
  const textElement = item.querySelector(css('text'));
  const post: Post = {
    id: `at://${did ?? ref.handle}/app.bsky.feed.post/${ref.rkey}`,
    author: { handle, defaultAvatar: did === undefined },
    text: textElement === null ? '' : richText(textElement),
  };
  const createdAt = timeLink?.time ?? (timeLink === null ? shownDate(item) : undefined);
  if (createdAt !== undefined) {
    post.createdAt = createdAt;
    post.createdAtApproximate = true;
  }
  const quoted = quotedRef(item, ref, textElement, pageUrl);
  if (quoted !== undefined) post.quotes = quoted;
  const links = outboundLinks(textElement, pageUrl);
  if (links.length > 0) post.links = links;
  if (item.querySelector(css('contentWarning')) !== null) post.platformLabels = [PLATFORM_LABELS.sensitiveContent];
  return post;
}

/** The link to the post itself: the one around its relative time, whose title or aria-label is the full date. */
function ownTimeLink(item: Element, pageUrl: URL): { ref: PostRef; time: string | undefined } | null {
  for (const link of item.querySelectorAll(css('postLink'))) {
    const time = niceDateToIso(link.getAttribute('title')) ?? niceDateToIso(link.getAttribute('aria-label'));
    if (time === undefined) continue;
    const ref = postRefFromHref(link.getAttribute('href'), pageUrl);
    if (ref !== null) return { ref, time };
  }
  return null;
}

/** A date in a locale we do not read: the first link to a post of the item's own author is the post's own. */
function linkByAuthor(item: Element, handle: string, pageUrl: URL): PostRef | null {
  for (const link of item.querySelectorAll(css('postLink'))) {
    const ref = postRefFromHref(link.getAttribute('href'), pageUrl);
    if (ref !== null && sameHandle(ref.handle, handle)) return ref;
  }
  return null;
}

/** The focal post shows its full date as a text block of its own. */
function shownDate(item: Element): string | undefined {
  for (const block of item.querySelectorAll(css('dateText'))) {
    const time = niceDateToIso(block.textContent);
    if (time !== undefined) return time;
  }
  return undefined;
}

/** From the picture in the link to the author's own profile: a quoted post's author has a picture too. */
function didOf(item: Element, handle: string): string | undefined {
  for (const image of item.querySelectorAll(css('avatar'))) {
    const profile = image.closest('a')?.getAttribute('href') ?? '';
    if (!profile.toLowerCase().endsWith(`/profile/${handle.toLowerCase()}`)) continue;
    const did = DID.exec(image.getAttribute('src') ?? '')?.[1];
    if (did !== undefined) return did;
  }
  return undefined;
}

/** A link to another post after the post's own text: the quoted post (a deleted quote has none). */
function quotedRef(item: Element, own: PostRef, text: Element | null, pageUrl: URL): string | undefined {
  for (const link of item.querySelectorAll(css('postLink'))) {
    if (text !== null && text.contains(link)) continue;
    const ref = postRefFromHref(link.getAttribute('href'), pageUrl);
    if (ref === null || ref.rkey === own.rkey) continue;
    return `at://${ref.handle}/app.bsky.feed.post/${ref.rkey}`;
  }
  return undefined;
}

function outboundLinks(text: Element | null, pageUrl: URL): string[] {
  if (text === null) return [];
  const out: string[] = [];
  for (const anchor of text.querySelectorAll('a[href]')) {
    try {
      const url = new URL(anchor.getAttribute('href') ?? '', pageUrl);
      if (/^https?:$/.test(url.protocol) && url.hostname !== pageUrl.hostname && url.hostname !== 'bsky.app') out.push(url.href);
    } catch {
      // not a URL: not a link
    }
  }
  return [...new Set(out)];
}

function sameHandle(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
