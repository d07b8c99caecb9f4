// Exit codes of ../shared/contracts/cli.md: 0 success, 2 bad usage or unreadable input
// (one line naming the file and what is wrong), 1 anything else.

/** Bad usage or input that cannot be read: exit 2 with this one-line message. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** A one-line message for input FILE: "FILE: what is wrong". */
export function inputError(file: string, problem: string): UsageError {
  return new UsageError(`${file === '-' ? 'standard input' : file}: ${problem}`);
}
