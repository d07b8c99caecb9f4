import { UsageError } from './errors.ts';

/** What a command accepts: options that take a value, and boolean flags. */
export interface CommandSpec {
  name: string;
  usage: string;
  /** options that take a value, without the leading -- */
  values?: readonly string[];
  /** boolean flags, without the leading -- */
  flags?: readonly string[];
  /** how many positional arguments: [min, max] */
  positionals: readonly [number, number];
}

export interface ParsedArgs {
  values: Record<string, string>;
  flags: Set<string>;
  positionals: string[];
}

/** Parses `--name value`, `--name=value`, `--flag` and positionals; `-` is a positional (stdin). */
export function parseArgs(spec: CommandSpec, argv: readonly string[]): ParsedArgs {
  const values: Record<string, string> = {};
  const flags = new Set<string>();
  const positionals: string[] = [];
  const valueNames = new Set(spec.values ?? []);
  const flagNames = new Set(spec.flags ?? []);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--')) {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    if (valueNames.has(name)) {
      const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
      if (value === undefined || value === '') throw new UsageError(`--${name} needs a value. Usage: ${spec.usage}`);
      values[name] = value;
    } else if (flagNames.has(name) && eq === -1) {
      flags.add(name);
    } else {
      throw new UsageError(`unknown option --${name}. Usage: ${spec.usage}`);
    }
  }
  const [min, max] = spec.positionals;
  if (positionals.length < min) throw new UsageError(`missing argument. Usage: ${spec.usage}`);
  if (positionals.length > max) throw new UsageError(`too many arguments. Usage: ${spec.usage}`);
  return { values, flags, positionals };
}
