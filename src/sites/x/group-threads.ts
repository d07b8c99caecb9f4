// Parsed posts of one page -> its threads.
// Status page (/<handle>/status/<id>, or the tabindex=-1 focal article when the URL says nothing): the posts above the
// focal post are its ancestors, one chain; the posts below answer it, or answer the post above them when X draws the
// conversation line between them; after the "Discover more" heading come unrelated posts, read like a timeline.
// Timelines and profiles: every post is its own thread, except that a post joined to the one above it by the
// conversation line (a self-thread, or a reply shown under its parent) answers that post. We use the line because it
// is what X draws for exactly this relation; "Replying to @x" only names an account, not the post answered.
// Where X hides posts in the middle of a conversation ("Show replies"), the answer is linked to the nearest post
// shown above it.
import type { GroupingFacts, ParsedPost, ThreadGroup } from '../site-adapter.ts';
import type { Post } from '../../shared/thread.ts';
import { css } from './selectors.ts';
import { statusRefFromPath } from './status-url.ts';

interface Entry {
  item: ParsedPost;
  replyTo?: string;
}

export function groupThreads(posts: readonly ParsedPost[], pageUrl: URL): ThreadGroup[] {
  const unique = uniqueById(posts);
  const focal = focalIndex(unique, pageUrl);
  const groups: ThreadGroup[] = [];
  let start = 0;
  if (focal !== -1) {
    start = conversationEnd(unique, focal);
    groups.push(toGroup(statusEntries(unique.slice(0, start), focal), pageUrl.href));
  }
  let current: Entry[] = [];
  for (let i = start; i < unique.length; i++) {
    const item = unique[i];
    const previous = unique[i - 1];
    if (item === undefined) continue;
    if (previous !== undefined && i > start && current.length > 0 && joinedByLine(previous, item)) {
      current.push({ item, replyTo: previous.post.id });
      continue;
    }
    if (current.length > 0) groups.push(toGroup(current));
    current = [{ item }];
  }
  if (current.length > 0) groups.push(toGroup(current));
  return groups;
}

/** Ancestors chain down to the focal post; below it, a post answers the one above when joined by the line. */
function statusEntries(posts: readonly ParsedPost[], focal: number): Entry[] {
  const focalId = posts[focal]?.post.id;
  return posts.map((item, i) => {
    const previous = posts[i - 1];
    if (previous === undefined) return { item };
    if (i <= focal || joinedByLine(previous, item)) return { item, replyTo: previous.post.id };
    return { item, replyTo: focalId };
  });
}

function toGroup(entries: readonly Entry[], url?: string): ThreadGroup {
  const posts: Post[] = entries.map(({ item, replyTo }) => (replyTo === undefined || item.post.replyTo !== undefined ? item.post : { ...item.post, replyTo }));
  const [first] = entries;
  if (first === undefined) throw new Error('a thread needs a post');
  return {
    key: first.item.post.id,
    thread: url === undefined ? { site: 'x', posts } : { site: 'x', url, posts },
    rootElement: first.item.element,
    elements: new Map(entries.map(({ item }) => [item.post.id, item.element])),
  };
}

/** The same post can show twice (reposted by two accounts): the first one counts. */
function uniqueById(posts: readonly ParsedPost[]): ParsedPost[] {
  const seen = new Set<string>();
  const unique: ParsedPost[] = [];
  for (const item of posts) {
    if (seen.has(item.post.id)) continue;
    seen.add(item.post.id);
    unique.push(item);
  }
  return unique;
}

function focalIndex(posts: readonly ParsedPost[], pageUrl: URL): number {
  const fromUrl = statusRefFromPath(pageUrl.pathname)?.id;
  const byUrl = fromUrl === undefined ? -1 : posts.findIndex(({ post }) => post.id === fromUrl);
  if (byUrl !== -1) return byUrl;
  return posts.findIndex((item) => (item.facts ? item.facts.focal === true : item.element.matches(css('focalPost'))));
}

/** What grouping reads from a post's element (kept by the content script when X removes the cell). */
export function xGroupingFacts(article: Element): GroupingFacts {
  return { focal: article.matches(css('focalPost')), lineAbove: lineAbove(article), lineBelow: lineBelow(article) };
}

/** Index of the first post after the focal one that follows the "Discover more" heading, else the number of posts. */
function conversationEnd(posts: readonly ParsedPost[], focal: number): number {
  for (let i = focal + 1; i < posts.length; i++) {
    const upper = posts[i - 1];
    const lower = posts[i];
    if (upper !== undefined && lower !== undefined && headingBetween(upper.element, lower.element)) return i;
  }
  return posts.length;
}

function joinedByLine(upper: ParsedPost, lower: ParsedPost): boolean {
  // Read from the elements while the page holds them, and only as far as needed (each is a DOM walk).
  const below = upper.facts ? upper.facts.lineBelow === true : lineBelow(upper.element);
  return below || (lower.facts ? lower.facts.lineAbove === true : lineAbove(lower.element));
}

/** The line is an empty sibling right after the avatar (located first, then checked against the table). */
function lineBelow(article: Element): boolean {
  const candidate = article.querySelector(css('avatar'))?.nextElementSibling ?? null;
  return candidate !== null && candidate.matches(css('connectorBelow'));
}

/**
 * The line above is the only child of the first column of the article's top row: walked to directly, because a
 * structural selector run over the whole article costs a millisecond a post on linkedom.
 */
function lineAbove(article: Element): boolean {
  let candidate: Element | null = article;
  for (let depth = 0; depth < 6 && candidate !== null; depth++) candidate = candidate.firstElementChild;
  return candidate !== null && candidate.matches(css('connectorAbove'));
}

/** Whether the "Discover more" heading cell lies between the cells of two posts. */
function headingBetween(upper: Element, lower: Element): boolean {
  const from = upper.closest(css('cell'));
  const to = lower.closest(css('cell'));
  // Cells are siblings in one timeline container; anything else is not a layout this reads.
  if (from === null || to === null || from.parentElement !== to.parentElement) return false;
  for (let cell = from.nextElementSibling; cell !== null && cell !== to; cell = cell.nextElementSibling) {
    if (cell.querySelector(css('discoverMore')) !== null) return true;
  }
  return false;
}
