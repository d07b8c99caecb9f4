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

// C0 and C1 controls (ESC starts terminal escape sequences) and the bidirectional embeddings,
// overrides and isolates, which reorder what a terminal shows. File names, column names and JSON
// excerpts in messages come from the input, so they must not steer the user's terminal.
const LINE_BREAKS = /[\r\n\t\v\f\u0085\u2028\u2029]+/gu;
// eslint-disable-next-line no-control-regex -- matching control characters is the point: they are stripped
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/** A message as one printable line: line breaks become spaces, other control characters are dropped. */
export function printable(message: string): string {
  return message.replace(LINE_BREAKS, ' ').replace(CONTROLS, '');
}
