// link-flooding: the same link, site, hashtag set or @-mention pushed by many distinct accounts.
// What keeps ordinary threads quiet:
// - links inside the platform, GIF hosts and shorteners' hosts are not compared as sites;
// - @-mentions that only address people (at the start of a reply, of thread participants or of
//   accounts the root mentions: Mastodon and X add these to every reply) are not counted;
// - a thread about a topic shares its hashtag and its news sites honestly: a single hashtag is not
//   counted at all (only identical sets of two or more), a site weighs less than the very same link,
//   and links and hashtags the root itself carries are the thread's topic, not pushed by anyone;
// - people citing the same article over hours weigh less than accounts pushing it within minutes;
// - in a big thread a handful of accounts sharing a popular link is a small share, and weighs less;
// - accounts that post the link in the same informative words count as one voice: such copies are
//   duplicate-replies' evidence, and counting them here again would make one fact look like two
//   agreeing signals. Texts too short for duplicate-replies to weigh ("#DemDebate #DamnDebate" and
//   a link) are left to this signal, one voice per account;
// - replies are read in their own words (own-words.ts): a quote of the root or of the post replied
//   to is cut out with its links, and a reply that repeats the root or its parent pushes nothing.
// - a news thread is people passing the story on: an account that shares the link in its own
//   informative words about the thread's subject (at least two of the root's content words) is
//   someone passing the story on, and counts as a quarter of a voice; bare pushes of the link, and
//   words that have nothing to do with the thread ("they do not want you to see this"), count fully.
// Only the strongest key counts (a link and its site are the same evidence, not two).
import type { Post, Thread } from '../shared/thread.ts';
import { normaliseHandle } from '../shared/normalise-handle.ts';
import { DUPLICATE_REPLIES } from './duplicate-replies.ts';
import { MAX_TEXT_CHARS, wordCount } from './normalise-text.ts';
import { normaliseUrl } from './normalise-url.ts';
import type { OwnWords } from './own-words.ts';
import { ownWords } from './own-words.ts';
import type { Signal } from './signal.ts';
import { clamp01, notComputedSignal, quietSignal, round3 } from './signal.ts';
import { threadReplies } from './thread-replies.ts';
import { spanWeight, timeSpan } from './time-spread.ts';
import { defineSignal } from './signal-definition.ts';

export const LINK_FLOODING = {
  minAccounts: 3,
  weights: { url: 1, tags: 0.9, mention: 0.6, site: 0.3 },
  /** share of replies at which a key weighs fully; below, its weight falls with the square root */
  fullShare: 0.1,
  evidenceScale: 3,
  /** a voice passing the thread's story on in its own words counts this much */
  storyVoice: 0.25,
  /** content words (this long or longer, not common function words) a reply shares with the root to be on its story */
  storyWords: 2,
  contentWordLength: 5,
} as const;
type KeyKind = keyof typeof LINK_FLOODING.weights;

interface Key {
  kind: KeyKind;
  label: string;
  accounts: Set<string>;
  /** normalised texts of the posts: accounts saying it in the same words are one voice */
  wordings: Set<string>;
  /** the wordings that are about the root's story */
  storyWordings: Set<string>;
  posts: Post[];
}

const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>"]+/giu;
const HASHTAG = /(?:^|[^\p{L}\p{N}_&])#([\p{L}_][\p{L}\p{N}_]*)/gu;
const MENTION = /(?:^|[^\p{L}\p{N}_])@([\p{L}\p{N}_](?:[\p{L}\p{N}_.-]*[\p{L}\p{N}_])?(?:@[\p{L}\p{N}.-]+)?)/gu;
const LEADING_MENTIONS = /^(?:\s*@[\p{L}\p{N}_](?:[\p{L}\p{N}_.-]*[\p{L}\p{N}_])?(?:@[\p{L}\p{N}.-]+)?[\s,:]*)+/u;

export const linkFlooding: Signal = (thread: Thread, ctx) => {
  const id = 'link-flooding';
  if (thread.posts.length === 0) return notComputedSignal(id, 'the thread has no posts');
  const { root, replies } = threadReplies(thread, ctx);
  if (replies.length < LINK_FLOODING.minAccounts) return quietSignal(id, 'Too few replies to compare.');
  const siteHosts = threadHosts(thread.url);
  const addressed = new Set(thread.posts.map((p) => normaliseHandle(p.author.handle)));
  if (root) for (const m of mentionsIn(root.text)) addressed.add(m);

  const rootKeys = new Set(root ? postKeys(root, siteHosts, new Set()).map(([kind, label]) => `${kind}\u0000${label}`) : []);
  const own = ownWords(thread, root);
  const rootWords = contentWords(root ? (own.get(root)?.normalised ?? '') : '');
  const keys = new Map<string, Key>();
  for (const post of replies) {
    const words = own.get(post);
    if (words?.echo) continue;
    const author = normaliseHandle(post.author.handle);
    const normalised = words?.normalised ?? '';
    // a text duplicate-replies ignores is this account's own voice
    const informative = wordCount(normalised) > DUPLICATE_REPLIES.genericWords;
    const wording = informative ? normalised : `\u0000${author}`;
    const onStory = informative && sharedWords(contentWords(normalised), rootWords) >= LINK_FLOODING.storyWords;
    for (const [kind, label] of postKeys(post, siteHosts, addressed, words)) {
      const k = `${kind}\u0000${label}`;
      if (rootKeys.has(k)) continue;
      let key = keys.get(k);
      if (!key) keys.set(k, (key = { kind, label, accounts: new Set(), wordings: new Set(), storyWordings: new Set(), posts: [] }));
      key.accounts.add(author);
      key.wordings.add(wording);
      if (onStory) key.storyWordings.add(wording);
      key.posts.push(post);
    }
  }

  let best: { key: Key; evidence: number } | undefined;
  for (const key of keys.values()) {
    const accounts = key.accounts.size;
    if (accounts < LINK_FLOODING.minAccounts) continue;
    const story = key.storyWordings.size;
    const voices = Math.min(accounts, key.wordings.size - story + LINK_FLOODING.storyVoice * story);
    const shareWeight = Math.sqrt(clamp01(accounts / replies.length / LINK_FLOODING.fullShare));
    const timeWeight = spanWeight(timeSpan(key.posts, ctx.now));
    const evidence = Math.max(0, voices - LINK_FLOODING.minAccounts + 1) * LINK_FLOODING.weights[key.kind] * shareWeight * timeWeight;
    if (evidence > 0 && (!best || evidence > best.evidence)) best = { key, evidence };
  }
  if (!best) return quietSignal(id, 'No link, site, set of hashtags or mention pushed by 3 or more accounts.');
  const score = clamp01(1 - Math.exp(-best.evidence / LINK_FLOODING.evidenceScale));
  return { id, score: round3(score), summary: describe(best.key), posts: [...new Set(best.key.posts.map((p) => p.id))] };
};

/** The distinct keys one post pushes, in its own words when they are known. */
function postKeys(post: Post, siteHosts: readonly string[], addressed: ReadonlySet<string>, words?: OwnWords): [KeyKind, string][] {
  const text = (words?.text ?? post.text).slice(0, MAX_TEXT_CHARS);
  const out = new Map<string, [KeyKind, string]>();
  const put = (kind: KeyKind, label: string): void => void out.set(`${kind}\u0000${label}`, [kind, label]);
  // the post's link list cannot say which link sat in a quote that was cut out: then only the text's links count
  const listed = words?.quoted ? [] : (post.links ?? []);
  const links = [...listed, ...Array.from(text.matchAll(URL_IN_TEXT), (m) => m[0])];
  for (const link of links) {
    const url = normaliseUrl(link, siteHosts);
    if (!url) continue;
    put('url', url.url);
    if (url.hostCounts) put('site', url.host);
  }
  const tags = new Set((post.hashtags ?? []).map((t) => t.replace(/^#/, '').toLowerCase()));
  for (const m of text.matchAll(HASHTAG)) tags.add((m[1] ?? '').toLowerCase());
  tags.delete('');
  if (tags.size >= 2)
    put(
      'tags',
      [...tags]
        .sort()
        .map((t) => `#${t}`)
        .join(' '),
    );
  const body = text.replace(LEADING_MENTIONS, '');
  for (const m of mentionsIn(body)) if (!addressed.has(m)) put('mention', `@${m}`);
  return [...out.values()];
}

// common words of five letters or more that say nothing about a story (English; other languages
// have few function words this long, and a missed one only makes a voice count fully, as before)
const FUNCTION_WORDS = new Set(
  'about above after again against along among another because before being below between could doing during every having might never other others ought quite rather really shall should since still their theirs there these thing things think those though through under until where which while would yours'.split(
    ' ',
  ),
);

function contentWords(normalised: string): Set<string> {
  return new Set(normalised.split(' ').filter((w) => w.length >= LINK_FLOODING.contentWordLength && !FUNCTION_WORDS.has(w) && !/^\d+$/.test(w)));
}

function sharedWords(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n;
}

function mentionsIn(text: string): string[] {
  return Array.from(text.slice(0, MAX_TEXT_CHARS).matchAll(MENTION), (m) => normaliseHandle(m[1] ?? '')).filter((m) => m !== '');
}

function threadHosts(url: string | undefined): string[] {
  if (url === undefined) return [];
  try {
    return [new URL(url).hostname.toLowerCase().replace(/^www\./, '')];
  } catch {
    return [];
  }
}

function describe(key: Key): string {
  const n = key.accounts.size;
  switch (key.kind) {
    case 'url':
      return `${n} accounts posted the same link (${key.label}).`;
    case 'site':
      return `${n} accounts linked to the same site (${key.label}).`;
    case 'tags':
      return `${n} accounts used the same set of hashtags (${key.label}).`;
    case 'mention':
      return `${n} accounts drew in the same account (${key.label}).`;
  }
}

export const linkFloodingSignal = defineSignal({
  id: 'link-flooding',
  name: 'Link flooding',
  hint: 'the same link, site, hashtags or mention pushed by many accounts',
  defaultWeight: 0.5,
  why: 'alone it can reach "elevated" only when many accounts push one link within minutes in different words',
  needsModel: false,
  detect: linkFlooding,
});
