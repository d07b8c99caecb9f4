// The signals that come only from the classifier's per-post scores (inauthentic-style,
// toxic-language, propaganda-language): the same arithmetic, different label and wording.
import type { ModelLabel } from '../shared/report.ts';
import type { Thread } from '../shared/thread.ts';
import { flaggedReplies } from './flagged-replies.ts';
import { notReadReplies, withNotRead } from './not-read-replies.ts';
import { weightedByHead } from './model-head-weight.ts';
import type { Signal } from './signal.ts';
import { notComputedSignal, quietSignal, round3 } from './signal.ts';
import { threadReplies } from './thread-replies.ts';

/** `described` completes "N of M replies ..." */
export function modelLabelSignal(id: string, label: ModelLabel, described: string): Signal {
  return (thread: Thread, ctx) => {
    if (thread.posts.length === 0) return notComputedSignal(id, 'the thread has no posts');
    if (!ctx.postScores) return notComputedSignal(id, 'no classifier ran');
    const { replies } = threadReplies(thread, ctx);
    const result = flaggedReplies(replies, label, ctx);
    if (result.scored === 0) {
      const reason = notReadReplies(replies, ctx) > 0 ? 'the classifier read no reply (not read: language)' : 'the classifier scored no reply';
      return withNotRead(notComputedSignal(id, reason), replies, ctx);
    }
    if (result.score === 0) return withNotRead(quietSignal(id, `Too few of the ${result.scored} scored replies ${described} to matter.`), replies, ctx);
    const report = {
      id,
      score: round3(result.score),
      summary: `${result.flagged.length} of ${result.scored} replies ${described}, by the on-device model.`,
      posts: result.flagged.map((p) => p.id),
    };
    return withNotRead(weightedByHead(report, label, ctx), replies, ctx);
  };
}
