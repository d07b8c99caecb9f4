// machine-generated: replies that carry chatbot output. The rule half finds pasted tells
// ("as an AI language model", "Regenerate response", refusals, knowledge-cutoff hedges) in ten
// languages; when the classifier ran, its share of machine-written replies is combined in
// (noisy-OR), so either kind of evidence alone shows, and both together show more. The model's
// half counts for half: it does not generalise to text generators it has not seen.
import type { Post, Thread } from '../shared/thread.ts';
import { CHATBOT_PHRASES } from './chatbot-phrases.ts';
import { flaggedReplies } from './flagged-replies.ts';
import { withNotRead } from './not-read-replies.ts';
import { modelHeadWeight } from './model-head-weight.ts';
import { MAX_TEXT_CHARS } from './normalise-text.ts';
import { phraseMatcher } from './phrase-matcher.ts';
import type { Signal } from './signal.ts';
import { clamp01, notComputedSignal, quietSignal, round3 } from './signal.ts';
import { threadReplies } from './thread-replies.ts';
import { plural, quote } from './wording.ts';
import { defineSignal } from './signal-definition.ts';

export const MACHINE_GENERATED = {
  strongWeight: 1,
  weakWeight: 0.4,
  /** summed tell weight at which the rule score reaches 1 - 1/e */
  evidenceScale: 1.3,
  /**
   * How much of the model's share counts. Held out of training, its machine_generated head scored
   * text from generators it had not seen at AUC 0.32-0.62 (models/threadlens-mini/MODEL_CARD.md,
   * `make -C models loso`): alone it may lift this signal to "low", never further.
   */
  modelShare: 0.5,
} as const;

const matcher = phraseMatcher(CHATBOT_PHRASES, (p) => p.text);

/** Chatbot tells sit at the start or the end of a pasted answer: a huge post is read at both ends. */
function ends(text: string): string {
  if (text.length <= MAX_TEXT_CHARS) return text;
  const half = MAX_TEXT_CHARS / 2;
  return `${text.slice(0, half)}\n${text.slice(-half)}`;
}

export const machineGenerated: Signal = (thread: Thread, ctx) => {
  const id = 'machine-generated';
  if (thread.posts.length === 0) return notComputedSignal(id, 'the thread has no posts');
  const { replies } = threadReplies(thread, ctx);
  let evidence = 0;
  const told: { post: Post; phrase: string }[] = [];
  for (const post of replies) {
    const found = matcher.find(ends(post.text));
    if (found.length === 0) continue;
    const strongest = found.find((p) => p.strong) ?? found[0];
    if (!strongest) continue;
    evidence += strongest.strong ? MACHINE_GENERATED.strongWeight : MACHINE_GENERATED.weakWeight;
    told.push({ post, phrase: strongest.text });
  }
  const ruleScore = clamp01(1 - Math.exp(-evidence / MACHINE_GENERATED.evidenceScale));
  const model = ctx.postScores ? flaggedReplies(replies, 'machine_generated', ctx) : undefined;
  // The head's weight (from its AUC on unseen generators) scales its half too.
  const modelScore = (model?.score ?? 0) * MACHINE_GENERATED.modelShare * modelHeadWeight('machine_generated', ctx);
  const modelPosts = modelScore > 0 ? (model?.flagged ?? []) : [];

  const parts: string[] = [];
  if (told.length > 0) {
    parts.push(`${plural(told.length, 'reply contains', 'replies contain')} pasted chatbot text such as ${quote(told[0]?.phrase ?? '', 40)}`);
  }
  if (model && modelScore > 0) {
    parts.push(`${modelPosts.length} of ${model.scored} replies read as machine-written to the on-device model`);
  }
  // The phrase rules read every language; only the model's half skips unread replies.
  if (parts.length === 0) return withNotRead(quietSignal(id, 'No reply shows signs of pasted chatbot text.'), replies, ctx);
  const score = 1 - (1 - ruleScore) * (1 - modelScore);
  const posts = [...new Set([...told.map((t) => t.post.id), ...modelPosts.map((p) => p.id)])];
  return withNotRead({ id, score: round3(score), summary: `${parts.join('; ')}.`, posts }, replies, ctx);
};

export const machineGeneratedSignal = defineSignal({
  id: 'machine-generated',
  name: 'Machine-written text',
  hint: 'text pasted from a chatbot (rules, and the classifier when loaded)',
  defaultWeight: 0.6,
  why: 'pasted chatbot output is a strong tell, but one reply quoting it in jest exists',
  needsModel: false,
  detect: machineGenerated,
});
