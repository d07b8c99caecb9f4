// What every `threadlens` command exports; its own module so that commands and main never import each other.
import type { CommandSpec, ParsedArgs } from './args.ts';
import type { CliIO } from './io.ts';

export interface Command {
  spec: CommandSpec;
  run: (args: ParsedArgs, io: CliIO) => Promise<number>;
}
