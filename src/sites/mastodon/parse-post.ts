// One Mastodon status element -> Post (selectors.ts says what each hook is). Never throws: a status without an id or
// an author is not readable (null); any other missing part is left out.
import { PLATFORM_LABELS } from '../../shared/thread.ts';
import type { Post } from '../../shared/thread.ts';
import { blockText } from '../block-text.ts';
import { isoTime } from '../iso-time.ts';
import { richText } from '../rich-text.ts';
import { css } from './selectors.ts';
import { readThreadLineHints, threadLineParent } from './thread-lines.ts';

const STATUS_PATH = /\/@[^/]+\/(\d+)\/?$/;

export function parseMastodonPost(element: Element, pageUrl: URL): Post | null {
  try {
    return readPost(element, pageUrl);
  } catch {
    return null;
  }
}

/** The status id a URL names (/@user/<id>, /@user@domain/<id>), if any. */
export function statusIdFromUrl(href: string | null | undefined, pageUrl: URL): string | undefined {
  if (!href) return undefined;
  try {
    return STATUS_PATH.exec(new URL(href, pageUrl).pathname)?.[1];
  } catch {
    return undefined;
  }
}

function readPost(element: Element, pageUrl: URL): Post | null {
  const permalink = element.querySelector(css('permalink'));
  const id = element.getAttribute('data-id') ?? statusIdFromUrl(permalink?.getAttribute('href'), pageUrl);
  const handle = handleOf(element, pageUrl);
  if (!id || handle === undefined) return null;
  const textElement = element.querySelector(css('text'));
  const post: Post = { id, author: { handle }, text: textElement === null ? '' : blockText(textElement) };
  const name = element.querySelector(css('displayName'));
  const shown = name === null ? '' : richText(name).trim();
  if (shown !== '') post.author.displayName = shown;
  const avatar = element.querySelector(css('avatar'))?.getAttribute('src');
  if (avatar) post.author.defaultAvatar = avatar.includes('missing.png');
  const datetime = isoTime(permalink?.querySelector(css('time'))?.getAttribute('datetime'));
  if (datetime !== undefined) post.createdAt = datetime;
  else {
    // The detailed status shows a formatted local date only ("Nov 20, 2025, 10:05 AM"): minute precision.
    const shownDate = permalink?.textContent?.trim();
    const parsed = shownDate ? Date.parse(shownDate.replace(/\u202f/g, ' ')) : Number.NaN;
    if (!Number.isNaN(parsed)) {
      post.createdAt = new Date(parsed).toISOString();
      post.createdAtApproximate = true;
    }
  }
  const parent = threadLineParent(id, readThreadLineHints(element));
  if (parent !== undefined) post.replyTo = parent;
  const links = outbound(textElement, pageUrl);
  if (links.length > 0) post.links = links;
  const tags = hashtags(textElement);
  if (tags.length > 0) post.hashtags = tags;
  if (element.querySelector(css('contentWarning')) !== null) post.platformLabels = [PLATFORM_LABELS.sensitiveContent];
  return post;
}

/** "@user" -> user; "@user@this.instance" -> user (as the API's acct names local accounts); "@user@other" kept. */
function handleOf(element: Element, pageUrl: URL): string | undefined {
  const shown = element.querySelector(css('account'))?.textContent?.trim().replace(/^@/, '');
  if (!shown) return undefined;
  const [user, domain] = shown.split('@');
  return domain !== undefined && domain.toLowerCase() === pageUrl.hostname.toLowerCase() ? user : shown;
}

/** Mentions and hashtags link inside the fediverse; the others are outbound (as in the API importer). */
function outbound(text: Element | null, pageUrl: URL): string[] {
  if (text === null) return [];
  const out: string[] = [];
  for (const anchor of text.querySelectorAll('a[href]')) {
    if (anchor.classList.contains('mention') || anchor.classList.contains('hashtag')) continue;
    try {
      const url = new URL(anchor.getAttribute('href') ?? '', pageUrl);
      if (/^https?:$/.test(url.protocol)) out.push(url.href);
    } catch {
      // not a URL
    }
  }
  return [...new Set(out)];
}

function hashtags(text: Element | null): string[] {
  if (text === null) return [];
  const tags = Array.from(text.querySelectorAll('a.hashtag'), (a) => (a.textContent ?? '').trim().replace(/^#/, ''));
  return [...new Set(tags.filter((t) => t !== ''))];
}
