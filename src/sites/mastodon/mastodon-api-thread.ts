// A Thread from Mastodon's API: a status and its `/api/v1/statuses/:id/context` answer, as
// `{status, context}`, or the context alone (`{ancestors, descendants}`), in which case the status
// itself is missing and the first post of the Thread is whatever the context starts with.
// Order: ancestors, the status, descendants, as the API gives them.
import type { Result } from '../../shared/result.ts';
import { err, ok } from '../../shared/result.ts';
import type { Post, Thread } from '../../shared/thread.ts';
import { PLATFORM_LABELS } from '../../shared/thread.ts';
import { htmlAnchors, htmlToText } from '../html-to-text.ts';
import type { JsonObject } from '../../shared/json-value.ts';
import { count, defined, definedOrNone, isObject, nonEmpty, objects, text, unique } from '../../shared/json-value.ts';

export function importMastodonThread(answer: unknown): Result<Thread> {
  if (!isObject(answer)) return err('not a Mastodon answer: expected {status, context} or {ancestors, descendants}');
  const context = isObject(answer.context) ? answer.context : answer;
  if (!Array.isArray(context.ancestors) || !Array.isArray(context.descendants)) {
    return err('not a Mastodon answer: expected {status, context} or a /context answer with "ancestors" and "descendants" arrays');
  }
  if (answer.status !== undefined && !isObject(answer.status)) return err('"status" must be a status object');
  const status = isObject(answer.status) ? answer.status : undefined;
  const statuses = [...objects(context.ancestors), ...(status ? [status] : []), ...objects(context.descendants)];
  const seen = new Set<string>();
  const posts: Post[] = [];
  for (const [i, s] of statuses.entries()) {
    const post = mastodonPost(s);
    if (post.id === '' || post.author.handle === '') return err(`status ${i} has no id or no account`);
    if (seen.has(post.id)) continue;
    seen.add(post.id);
    posts.push(post);
  }
  return ok(defined({ site: 'mastodon', url: status ? text(status.url) : undefined, posts }));
}

function mastodonPost(s: JsonObject): Post {
  const account = isObject(s.account) ? s.account : {};
  const content = typeof s.content === 'string' ? s.content : '';
  // mention and hashtag anchors point inside the fediverse; only the others are outbound links
  const links = htmlAnchors(content)
    .filter((a) => !a.classes.includes('mention') && !a.classes.includes('hashtag') && /^https?:\/\//i.test(a.href))
    .map((a) => a.href);
  const labels = [account.bot === true ? PLATFORM_LABELS.automated : undefined, s.sensitive === true ? PLATFORM_LABELS.sensitiveContent : undefined];
  return defined({
    id: typeof s.id === 'string' ? s.id : typeof s.id === 'number' ? String(s.id) : '',
    author: defined({
      handle: text(account.acct) ?? text(account.username) ?? '',
      displayName: text(typeof account.display_name === 'string' ? account.display_name.trim() : undefined),
      // Mastodon serves /avatars/original/missing.png to accounts without a picture
      defaultAvatar: typeof account.avatar === 'string' ? account.avatar.includes('missing.png') : undefined,
      createdAt: text(account.created_at),
      followers: count(account.followers_count),
      following: count(account.following_count),
    }),
    text: htmlToText(content),
    createdAt: text(s.created_at),
    replyTo: text(s.in_reply_to_id),
    quotes: quotedId(s.quote),
    links: nonEmpty(unique(links)),
    hashtags: nonEmpty(unique(objects(s.tags).map((t) => text(t.name)))),
    metrics: definedOrNone({ replies: count(s.replies_count), reposts: count(s.reblogs_count), likes: count(s.favourites_count) }),
    platformLabels: nonEmpty(unique(labels)),
  });
}

/** Mastodon 4.4 nests the quoted status in {state, quoted_status}; some forks put the status itself. */
function quotedId(quote: unknown): string | undefined {
  if (!isObject(quote)) return undefined;
  if (isObject(quote.quoted_status)) return text(quote.quoted_status.id);
  return text(quote.id);
}
