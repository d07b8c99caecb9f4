// One line on standard error for the replies a page or API answer holds back behind "load more" stubs: the Thread
// on standard output carries only the posts that are there (../shared/contracts/cli.md fixes its shape).
import type { UnloadedReplies } from '../sites/site-adapter.ts';

export function unloadedNote(stubs: readonly UnloadedReplies[]): string | undefined {
  if (stubs.length === 0) return undefined;
  const counted = stubs.reduce((sum, stub) => sum + (stub.count ?? 0), 0);
  const uncounted = stubs.filter((stub) => stub.count === undefined).length;
  const replies = counted > 0 ? `${counted} ${counted === 1 ? 'reply' : 'replies'}` : 'replies';
  const more = uncounted > 0 && counted > 0 ? ' and more' : '';
  return `${stubs.length} "load more" ${stubs.length === 1 ? 'stub' : 'stubs'}: ${replies}${more} not read (not in this input)`;
}
