// A Thread from the answer of a Reddit comments page's .json endpoint (https://www.reddit.com/r/SUB/comments/ID.json):
// an array of two Listings, the submission (kind t3) and its comment tree (kind t1, replies nested in each comment's
// `replies` Listing, or "" when it has none). Order: the submission, then the comments depth first, as a page shows
// them. "more" children (the API's "load more comments" and "continue this thread" stubs) are returned apart as
// unloaded replies: reported, never invented. Ids are fullnames (`name`: t3_…, t1_…), replyTo is `parent_id`, as the
// page adapter reads them from the markup.
import type { Result } from '../../shared/result.ts';
import { err, ok } from '../../shared/result.ts';
import type { Post, Thread } from '../../shared/thread.ts';
import { PLATFORM_LABELS } from '../../shared/thread.ts';
import { decodeEntities, htmlAnchors, htmlToText } from '../html-to-text.ts';
import { isoFromEpoch } from '../iso-time.ts';
import type { JsonObject } from '../../shared/json-value.ts';
import { count, defined, definedOrNone, isObject, nonEmpty, objects, text, unique } from '../../shared/json-value.ts';
import type { UnloadedReplies } from '../site-adapter.ts';
import { commentText, submissionText } from './parse-post.ts';

export interface RedditImport {
  thread: Thread;
  unloaded: UnloadedReplies[];
}

export function readRedditJson(answer: unknown): Result<RedditImport> {
  if (!Array.isArray(answer) || answer.length < 2 || !isObject(answer[0]) || !isObject(answer[1])) {
    return err('not a Reddit comments .json answer (expected an array of two Listings: the submission and its comments)');
  }
  const [submissionListing, commentListing] = answer as [JsonObject, JsonObject];
  const submission = children(submissionListing).find((child) => child.kind === 't3');
  if (submission === undefined || !isObject(submission.data)) return err('the first Listing holds no submission (kind t3)');
  const posts: Post[] = [submissionPost(submission.data)];
  const unloaded: UnloadedReplies[] = [];
  const seen = new Set<string>(posts.map((p) => p.id));
  // depth first without recursion: a hostile answer may nest deeper than the call stack allows
  const stack: JsonObject[] = children(commentListing).reverse();
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === undefined) break;
    const data = isObject(node.data) ? node.data : {};
    if (node.kind === 'more') {
      unloaded.push(moreStub(data));
      continue;
    }
    if (node.kind !== 't1') continue;
    const post = commentPost(data);
    if (post.id === '' || seen.has(post.id)) continue;
    seen.add(post.id);
    posts.push(post);
    if (isObject(data.replies)) stack.push(...children(data.replies).reverse());
  }
  const problem = posts.findIndex((p) => p.id === '');
  if (problem !== -1) return err(`post ${problem} has no name (fullname)`);
  const permalink = text(submission.data.permalink);
  const url = permalink === undefined ? undefined : new URL(permalink, 'https://www.reddit.com/').href;
  return ok({ thread: defined({ site: 'reddit', url, posts }), unloaded });
}

export function importRedditThread(answer: unknown): Result<Thread> {
  const read = readRedditJson(answer);
  return read.ok ? ok(read.value.thread) : read;
}

function children(listing: JsonObject): JsonObject[] {
  return isObject(listing.data) ? objects(listing.data.children) : [];
}

function submissionPost(d: JsonObject): Post {
  const body = bodyText(d.selftext_html, d.selftext);
  const linked = text(d.url_overridden_by_dest) ?? (d.is_self === true ? undefined : text(d.url));
  const links = [linked !== undefined && !isReddit(linked) ? linked : undefined, ...outbound(d.selftext_html)];
  return defined({
    id: text(d.name) ?? '',
    author: { handle: text(d.author) ?? '[deleted]' },
    text: submissionText(decodeEntities(text(d.title) ?? ''), body),
    createdAt: isoFromEpoch(d.created_utc),
    links: nonEmpty(unique(links)),
    metrics: definedOrNone({ replies: count(d.num_comments) }),
    platformLabels: d.over_18 === true ? [PLATFORM_LABELS.sensitiveContent] : undefined,
  });
}

function commentPost(d: JsonObject): Post {
  return defined({
    id: text(d.name) ?? '',
    author: { handle: text(d.author) ?? '[deleted]' },
    text: commentText(bodyText(d.body_html, d.body)),
    createdAt: isoFromEpoch(d.created_utc),
    replyTo: text(d.parent_id),
    links: nonEmpty(unique(outbound(d.body_html))),
  });
}

/** body_html is entity-escaped HTML ("&lt;div class=\"md\"&gt;…"); the markdown body is the fallback. */
function bodyText(html: unknown, markdown: unknown): string {
  const escaped = text(html);
  if (escaped !== undefined) return htmlToText(decodeEntities(escaped));
  return typeof markdown === 'string' ? markdown.trim() : '';
}

function outbound(html: unknown): string[] {
  const escaped = text(html);
  if (escaped === undefined) return [];
  return htmlAnchors(decodeEntities(escaped))
    .map((a) => a.href)
    .filter((href) => /^https?:\/\//i.test(href) && !isReddit(href));
}

function isReddit(href: string): boolean {
  try {
    const host = new URL(href).hostname;
    return host === 'reddit.com' || host.endsWith('.reddit.com');
  } catch {
    return false;
  }
}

/** {count, children: [ids], parent_id}: "continue this thread" stubs have count 0 and no children. */
function moreStub(d: JsonObject): UnloadedReplies {
  const stub: UnloadedReplies = {};
  const parent = text(d.parent_id);
  if (parent !== undefined) stub.parentId = parent;
  const n = count(d.count);
  if (n !== undefined && n > 0) stub.count = n;
  return stub;
}
