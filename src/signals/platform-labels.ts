// platform-labels: what the platform itself says about the posts. A community note or a
// "misleading" label on the root is about the very thing the thread discusses and weighs most;
// a sensitive-media warning says nothing about manipulation and weighs little, however many.
// Each kind of label adds up over posts (noisy-OR) up to its own cap, then kinds combine.
import type { Thread } from '../shared/thread.ts';
import { PLATFORM_LABELS } from '../shared/thread.ts';
import type { Signal } from './signal.ts';
import { clamp01, notComputedSignal, quietSignal, round3 } from './signal.ts';
import { threadReplies } from './thread-replies.ts';
import { listWords, plural } from './wording.ts';
import { defineSignal } from './signal-definition.ts';

interface LabelWeight {
  root: number;
  reply: number;
  /** most this kind of label can add, however many posts carry it */
  cap: number;
  words: string;
}

// One noted reply among many is a reply that misled, not a thread that is manipulated: alone it
// makes "low" (0.3 x the signal's weight 0.8 = 0.24 evidence); two or more make "elevated".
export const PLATFORM_LABEL_WEIGHTS: Record<string, LabelWeight> = {
  [PLATFORM_LABELS.communityNote]: { root: 1, reply: 0.3, cap: 1, words: 'a community note' },
  [PLATFORM_LABELS.misleading]: { root: 0.9, reply: 0.3, cap: 1, words: 'a "misleading" label' },
  [PLATFORM_LABELS.stateAffiliated]: { root: 0.5, reply: 0.3, cap: 0.7, words: 'a state-affiliated media label' },
  [PLATFORM_LABELS.automated]: { root: 0.3, reply: 0.15, cap: 0.6, words: 'an "automated account" label' },
  [PLATFORM_LABELS.withheld]: { root: 0.3, reply: 0.15, cap: 0.5, words: 'a "withheld" notice' },
  [PLATFORM_LABELS.sensitiveContent]: { root: 0.1, reply: 0.05, cap: 0.2, words: 'a sensitive-content warning' },
};
/** labels this code does not know yet: something was flagged, nothing more is known */
const OTHER: LabelWeight = { root: 0.15, reply: 0.05, cap: 0.3, words: 'other platform labels' };

export const platformLabels: Signal = (thread: Thread, ctx) => {
  const id = 'platform-labels';
  if (thread.posts.length === 0) return notComputedSignal(id, 'the thread has no posts');
  const { root, replies } = threadReplies(thread, ctx);
  const posts = root ? [root, ...replies] : replies;
  const kinds = new Map<string, { weight: LabelWeight; clean: number; onRoot: boolean; posts: string[] }>();
  for (const post of posts) {
    const isRoot = post === root;
    for (const label of new Set((post.platformLabels ?? []).map((l) => l.trim().toLowerCase()).filter((l) => l !== ''))) {
      const weight = PLATFORM_LABEL_WEIGHTS[label] ?? OTHER;
      const name = PLATFORM_LABEL_WEIGHTS[label] ? label : 'other';
      let kind = kinds.get(name);
      if (!kind) kinds.set(name, (kind = { weight, clean: 1, onRoot: false, posts: [] }));
      kind.clean *= 1 - (isRoot ? weight.root : weight.reply);
      kind.onRoot ||= isRoot;
      kind.posts.push(post.id);
    }
  }
  if (kinds.size === 0) return quietSignal(id, 'The platform shows no label on these posts.');
  let clean = 1;
  for (const kind of kinds.values()) clean *= 1 - Math.min(kind.weight.cap, 1 - kind.clean);
  const ranked = [...kinds.values()].sort((a, b) => a.clean - b.clean);
  const onRoot = ranked.filter((k) => k.onRoot).map((k) => k.weight.words);
  const onReplies = ranked.filter((k) => k.posts.length > (k.onRoot ? 1 : 0));
  const labelledReplies = new Set(onReplies.flatMap((k) => k.posts.filter((p) => p !== root?.id))).size;
  const what = listWords(onReplies.map((k) => k.weight.words.replace(/^an? /, '')));
  const repliesPart = labelledReplies > 0 ? `labelled ${plural(labelledReplies, 'reply', 'replies')} (${what})` : '';
  const summary =
    onRoot.length === 0
      ? `The platform ${repliesPart}.`
      : `The platform put ${listWords(onRoot)} on the original post${repliesPart === '' ? '' : `, and ${repliesPart}`}.`;
  return {
    id,
    score: round3(clamp01(1 - clean)),
    summary,
    posts: [...new Set(ranked.flatMap((k) => k.posts))],
  };
};

export const platformLabelsSignal = defineSignal({
  id: 'platform-labels',
  name: 'Platform labels',
  hint: 'community notes and other labels the site itself shows',
  defaultWeight: 0.8,
  why: `the platform's own finding; a community note on the root alone gives "elevated"`,
  needsModel: false,
  detect: platformLabels,
});
