// Outbound links and hashtags of one post. X shows a link as a t.co redirect whose text spells the full URL
// (https:// and the tail in aria-hidden spans, then an aria-hidden "…"); cards only give the t.co URL.
import { richText } from '../rich-text.ts';
import type { PostScope } from './post-scope.ts';
import { css } from './selectors.ts';
import { parseUrl } from './status-url.ts';

const X_HOSTS = new Set(['x.com', 'www.x.com', 'mobile.x.com', 'twitter.com', 'www.twitter.com', 'mobile.twitter.com']);

/** Absolute outbound URLs in the post's own text and link card, in page order, without duplicates. */
export function outboundLinks(scope: PostScope, text: Element | null, pageUrl: URL): string[] {
  const links: string[] = [];
  const seenHrefs = new Set<string>();
  const anchors = text === null ? [] : Array.from(text.querySelectorAll(css('textLink')));
  for (const anchor of [...anchors, ...scope.ownAll('card')]) {
    const href = parseUrl(anchor.getAttribute('href') ?? '', pageUrl);
    // A card repeats the t.co link of the text it belongs to: keep the expanded form read from the text.
    if (href === null || isInternal(href, pageUrl) || seenHrefs.has(href.href)) continue;
    seenHrefs.add(href.href);
    const url = href.hostname === 't.co' ? (expandedUrl(anchor) ?? href.href) : href.href;
    if (!links.includes(url)) links.push(url);
  }
  return links;
}

/** Hashtags linked in the post's own text, without the #, in order, without duplicates. */
export function hashtags(text: Element | null): string[] {
  if (text === null) return [];
  const tags: string[] = [];
  for (const anchor of text.querySelectorAll(css('hashtag'))) {
    const tag = (anchor.textContent ?? '').trim().replace(/^[#＃]/, '');
    if (tag !== '' && !tags.includes(tag)) tags.push(tag);
  }
  return tags;
}

/** Links to X itself (profiles, hashtags, statuses) and to the page's own site are not outbound. */
function isInternal(url: URL, pageUrl: URL): boolean {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return true;
  return X_HOSTS.has(url.hostname) || url.host === pageUrl.host;
}

/** The URL a t.co link stands for: its full text when that is a URL, else its title (older markup). */
function expandedUrl(anchor: Element): string | undefined {
  for (const candidate of [richText(anchor).trim(), anchor.getAttribute('title') ?? '']) {
    if (!/^https?:\/\/\S+$/i.test(candidate)) continue;
    const url = parseUrl(candidate);
    if (url !== null) return url.href;
  }
  return undefined;
}
