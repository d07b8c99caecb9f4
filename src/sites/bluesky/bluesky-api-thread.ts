// A Thread from a Bluesky `app.bsky.feed.getPostThread` answer: the parent chain first (top down),
// then the post asked for, then its replies depth first in the answer's order. Deleted and blocked
// posts (#notFoundPost, #blockedPost) have no text and are left out; replies below them keep their
// replyTo, so the gap stays visible.
import type { Result } from '../../shared/result.ts';
import { err, ok } from '../../shared/result.ts';
import type { Post, Thread } from '../../shared/thread.ts';
import { PLATFORM_LABELS } from '../../shared/thread.ts';
import type { JsonObject } from '../../shared/json-value.ts';
import { count, defined, definedOrNone, isObject, nonEmpty, objects, text, unique } from '../../shared/json-value.ts';

// Bluesky's label values, as the moderation service and self-labels write them, to ours.
const LABELS: Record<string, string | null> = {
  porn: PLATFORM_LABELS.sensitiveContent,
  sexual: PLATFORM_LABELS.sensitiveContent,
  'sexual-figurative': PLATFORM_LABELS.sensitiveContent,
  nudity: PLATFORM_LABELS.sensitiveContent,
  'graphic-media': PLATFORM_LABELS.sensitiveContent,
  gore: PLATFORM_LABELS.sensitiveContent,
  '!warn': PLATFORM_LABELS.sensitiveContent,
  '!hide': PLATFORM_LABELS.withheld,
  '!takedown': PLATFORM_LABELS.withheld,
  misleading: PLATFORM_LABELS.misleading,
  // visibility preferences the account set, not labels about its posts
  '!no-unauthenticated': null,
  '!no-promote': null,
};

export function importBlueskyThread(answer: unknown): Result<Thread> {
  const anchor = isObject(answer) && isObject(answer.thread) ? answer.thread : isObject(answer) && isObject(answer.post) ? answer : undefined;
  if (!anchor) return err('not an app.bsky.feed.getPostThread answer (no "thread" object)');
  if (!isObject(anchor.post)) {
    const why = anchor.blocked === true ? 'blocked' : anchor.notFound === true ? 'deleted or not found' : 'missing';
    return err(`the thread's own post is ${why}`);
  }
  const ancestors: JsonObject[] = [];
  for (let node = anchor.parent; isObject(node); node = node.parent) if (isObject(node.post)) ancestors.unshift(node.post);

  const posts: Post[] = [];
  for (const view of ancestors) posts.push(blueskyPost(view));
  // depth first without recursion: answers may nest up to 1000 levels
  const stack: JsonObject[] = [anchor];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node) break;
    if (isObject(node.post)) posts.push(blueskyPost(node.post));
    stack.push(...objects(node.replies).reverse());
  }
  const problem = posts.findIndex((p) => p.id === '' || p.author.handle === '');
  if (problem !== -1) return err(`post ${problem} has no uri or no author handle`);
  const url = postUrl(posts[ancestors.length]);
  return ok(defined({ site: 'bluesky', url, posts }));
}

function blueskyPost(view: JsonObject): Post {
  const author = isObject(view.author) ? view.author : {};
  const record = isObject(view.record) ? view.record : {};
  const reply = isObject(record.reply) && isObject(record.reply.parent) ? record.reply.parent : {};
  const facets = objects(record.facets).flatMap((f) => objects(f.features));
  const links = [...facets.filter((f) => f.$type === 'app.bsky.richtext.facet#link').map((f) => text(f.uri)), externalUri(record.embed)];
  const hashtags = [
    ...facets.filter((f) => f.$type === 'app.bsky.richtext.facet#tag').map((f) => text(f.tag)),
    ...(Array.isArray(record.tags) ? record.tags.map(text) : []),
  ];
  const labels = [...objects(view.labels), ...objects(author.labels)]
    .map((l) => text(l.val))
    .map((v) => (v === undefined ? null : v in LABELS ? (LABELS[v] ?? null) : v.toLowerCase()))
    .filter((v): v is string => v !== null);
  const verification = isObject(author.verification) ? author.verification : {};
  return defined({
    id: text(view.uri) ?? '',
    author: defined({
      handle: text(author.handle) ?? '',
      displayName: text(typeof author.displayName === 'string' ? author.displayName.trim() : undefined),
      verified: verification.verifiedStatus === 'valid' ? true : undefined,
      // Bluesky leaves `avatar` out for accounts that never set a picture
      defaultAvatar: text(author.avatar) === undefined,
      createdAt: text(author.createdAt),
    }),
    text: typeof record.text === 'string' ? record.text : '',
    createdAt: text(record.createdAt),
    replyTo: text(reply.uri),
    quotes: quotedUri(record.embed),
    links: nonEmpty(unique(links)),
    hashtags: nonEmpty(unique(hashtags)),
    metrics: definedOrNone({ replies: count(view.replyCount), reposts: count(view.repostCount), likes: count(view.likeCount) }),
    platformLabels: nonEmpty(unique(labels)),
  });
}

function externalUri(embed: unknown): string | undefined {
  if (!isObject(embed)) return undefined;
  if (embed.$type === 'app.bsky.embed.external' && isObject(embed.external)) return text(embed.external.uri);
  if (embed.$type === 'app.bsky.embed.recordWithMedia') return externalUri(embed.media);
  return undefined;
}

function quotedUri(embed: unknown): string | undefined {
  if (!isObject(embed) || !isObject(embed.record)) return undefined;
  if (embed.$type === 'app.bsky.embed.record') return text(embed.record.uri);
  if (embed.$type === 'app.bsky.embed.recordWithMedia' && isObject(embed.record.record)) return text(embed.record.record.uri);
  return undefined;
}

/** https://bsky.app/profile/HANDLE/post/RKEY for at://DID/app.bsky.feed.post/RKEY */
function postUrl(post: Post | undefined): string | undefined {
  const rkey = post?.id.match(/^at:\/\/[^/]+\/app\.bsky\.feed\.post\/([^/]+)$/)?.[1];
  return post && rkey ? `https://bsky.app/profile/${post.author.handle}/post/${rkey}` : undefined;
}
