// How many replies the classifier left unread because its heads do not read their language
// (src/classifier/language.ts). The model signals say so, so "2 of 5 replies flagged" is not
// mistaken for "2 of the thread's 40 replies" when 35 were in a language the model cannot read.
import type { SignalReport } from '../shared/report.ts';
import type { Post } from '../shared/thread.ts';
import type { SignalContext } from './signal.ts';
import { plural } from './wording.ts';

export function notReadReplies(replies: readonly Post[], ctx: SignalContext): number {
  if (!ctx.postsNotRead || ctx.postsNotRead.size === 0) return 0;
  return replies.filter((p) => ctx.postsNotRead?.has(p.id)).length;
}

/** The report with its count of unread replies, in a field and at the end of its summary. */
export function withNotRead(report: SignalReport, replies: readonly Post[], ctx: SignalContext): SignalReport {
  const notRead = notReadReplies(replies, ctx);
  if (notRead === 0) return report;
  return { ...report, summary: `${report.summary} ${plural(notRead, 'reply was', 'replies were')} not read: language.`, notRead };
}
