// One line on standard error for the replies a page or API answer holds back behind "load more" stubs: the Thread
// on standard output carries only the posts that are there (../shared/contracts/cli.md fixes its shape).
import type { UnloadedReplies } from '../sites/site-adapter.ts';

export function unloadedNote(all: readonly UnloadedReplies[]): string | undefined {
  const filtered = all.filter((stub) => stub.reason === 'filtered').length;
  const stubs = all.filter((stub) => stub.reason !== 'filtered');
  const hidden = filtered > 0 ? `${filtered} ${filtered === 1 ? 'post' : 'posts'} hidden by the reader's filters not read` : undefined;
  if (stubs.length === 0) return hidden;
  const counted = stubs.reduce((sum, stub) => sum + (stub.count ?? 0), 0);
  const uncounted = stubs.filter((stub) => stub.count === undefined).length;
  const replies = counted > 0 ? `${counted} ${counted === 1 ? 'reply' : 'replies'}` : 'replies';
  const more = uncounted > 0 && counted > 0 ? ' and more' : '';
  const note = `${stubs.length} "load more" ${stubs.length === 1 ? 'stub' : 'stubs'}: ${replies}${more} not read (not in this input)`;
  return hidden === undefined ? note : `${note}; ${hidden}`;
}
