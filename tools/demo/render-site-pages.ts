// The demo threads written in Reddit's (shreddit), Bluesky's and Mastodon's web markup, as the adapters in
// src/sites/<site>/ read them (the same hooks as test/fixtures/<site>/): the end-to-end tests label them on the demo
// server, where the test build picks the adapter by markup. Self-contained: no script, no remote image or font.
import type { DemoPost, DemoThread } from './demo-thread.ts';
import { escapeHtml } from './x-post-markup.ts';

export type DemoSite = 'reddit' | 'bluesky' | 'mastodon';

const PAGE_CSS =
  'body{font:15px system-ui,sans-serif;margin:0;background:#fff;color:#0f1419}main{max-width:640px;margin:0 auto;padding:12px}' +
  '.post{display:block;border-top:1px solid #ddd;padding:10px 4px;position:relative}.meta{color:#536471;font-size:13px}' +
  '.demo-note{background:#fff4cc;padding:6px 10px;border-radius:6px;font-size:13px}';

/** Bluesky record keys are base32-sortable strings: the demo post's number, in that alphabet. */
export function demoRkey(id: string): string {
  return `3l${BigInt(id)
    .toString(32)
    .replace(/[0-1]/g, (d) => (d === '0' ? 'a' : 'b'))}`;
}

export function sitePath(site: DemoSite, thread: DemoThread): string {
  const { focal } = thread;
  if (site === 'reddit') return `/r/threadlens_demo/comments/${base36(focal.id)}/${thread.slug.replace(/-/g, '_')}/`;
  if (site === 'bluesky') return `/profile/${focal.author.handle}.bsky.social/post/${demoRkey(focal.id)}`;
  return `/@${focal.author.handle}/${focal.id}`;
}

export function renderSitePage(site: DemoSite, thread: DemoThread): string {
  const body = site === 'reddit' ? reddit(thread) : site === 'bluesky' ? bluesky(thread) : mastodon(thread);
  const name = { reddit: 'Reddit', bluesky: 'Bluesky', mastodon: 'Mastodon' }[site];
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(`${thread.title} (${name} demo)`)}</title>
<meta property="og:site_name" content="${name}"><style>${PAGE_CSS}</style></head>
<body>${site === 'mastodon' ? '<div id="mastodon">' : '<div id="root">'}<main>
<p class="demo-note">Demo thread written by the Threadlens project in ${name}'s page markup. This is not ${name}.</p>
${body}
</main></div></body></html>
`;
}

function base36(id: string): string {
  return BigInt(id).toString(36);
}

/** The post a demo reply answers: its replyTo, else the focal post. */
function parentOf(post: DemoPost, thread: DemoThread): DemoPost {
  return [thread.focal, ...thread.replies].find((p) => p.id === post.replyTo) ?? thread.focal;
}

function paragraphs(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

function reddit(thread: DemoThread): string {
  const { focal } = thread;
  const postId = `t3_${base36(focal.id)}`;
  const comment = (post: DemoPost): string => {
    const parent = parentOf(post, thread);
    const parentId = parent.id === focal.id ? postId : `t1_${base36(parent.id)}`;
    const id = `t1_${base36(post.id)}`;
    return `<shreddit-comment class="post" author="${escapeHtml(post.author.handle)}" thingid="${id}" depth="${parent.id === focal.id ? 0 : 1}" parentid="${parentId}" postid="${postId}">
<div slot="commentMeta" class="meta"><a href="/user/${escapeHtml(post.author.handle)}/">${escapeHtml(post.author.handle)}</a> · <faceplate-timeago ts="${post.createdAt}"><time datetime="${post.createdAt}">${post.createdAt.slice(11, 16)}</time></faceplate-timeago></div>
<div slot="comment" id="${id}-comment-rtjson-content"><div class="md">${paragraphs(post.text)}</div></div></shreddit-comment>`;
  };
  const [title = '', ...rest] = focal.text.split('\n');
  return `<shreddit-post class="post" id="${postId}" author="${escapeHtml(focal.author.handle)}" post-title="${escapeHtml(title)}" created-timestamp="${focal.createdAt}" comment-count="${thread.replies.length}">
<h1 slot="title">${escapeHtml(title)}</h1><div slot="text-body"><div class="md">${paragraphs(rest.join('\n').trim())}</div></div></shreddit-post>
<shreddit-comment-tree>${thread.replies.map(comment).join('\n')}</shreddit-comment-tree>`;
}

function niceDate(iso: string): string {
  return new Date(iso).toLocaleString('en-US', { dateStyle: 'long', timeStyle: 'short' });
}

function bluesky(thread: DemoThread): string {
  const item = (post: DemoPost, focal: boolean): string => {
    const handle = `${post.author.handle}.bsky.social`;
    const href = `/profile/${handle}/post/${demoRkey(post.id)}`;
    const when = focal
      ? `<div dir="auto" class="meta">${escapeHtml(niceDate(post.createdAt))}</div>`
      : `<a href="${href}" title="${escapeHtml(niceDate(post.createdAt))}" aria-label="${escapeHtml(niceDate(post.createdAt))}" class="meta">1h</a>`;
    return `<div data-testid="postThreadItem-by-${escapeHtml(handle)}" class="post"><a href="/profile/${escapeHtml(handle)}" class="meta"><div dir="auto">${escapeHtml(post.author.name)}</div></a> ${focal ? '' : when}
<div data-testid="postText" dir="auto">${escapeHtml(post.text)}</div>${focal ? when : ''}</div>`;
  };
  return [item(thread.focal, true), ...thread.replies.map((reply) => item(reply, false))].join('\n');
}

function mastodon(thread: DemoThread): string {
  const { focal } = thread;
  const shown = (iso: string) => new Date(iso).toLocaleString('en-US', { month: 'short', day: 'numeric', year: 'numeric', hour: 'numeric', minute: '2-digit' });
  const account = (post: DemoPost) =>
    `<a href="/@${escapeHtml(post.author.handle)}" class="status__display-name"><span class="display-name"><bdi><strong class="display-name__html">${escapeHtml(post.author.name)}</strong></bdi> <span class="display-name__account">@${escapeHtml(post.author.handle)}</span></span></a>`;
  const text = (post: DemoPost) => `<div class="status__content"><div class="status__content__text">${paragraphs(post.text)}</div></div>`;
  const detailed = `<div class="detailed-status post">${account(focal)}${text(focal)}<div class="meta"><a class="detailed-status__datetime" href="/@${escapeHtml(focal.author.handle)}/${focal.id}"><span>${escapeHtml(shown(focal.createdAt))}</span></a></div></div>`;
  const status = (post: DemoPost) =>
    `<article data-id="${post.id}"><div class="status__wrapper"><div class="status post" data-id="${post.id}"><div class="status__info meta"><a href="/@${escapeHtml(post.author.handle)}/${post.id}" class="status__relative-time"><time datetime="${post.createdAt}">1h</time></a>${account(post)}</div>${text(post)}</div></div></article>`;
  return [detailed, ...thread.replies.map(status)].join('\n');
}
