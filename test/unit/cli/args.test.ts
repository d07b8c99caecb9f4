import { describe, expect, it } from 'vitest';
import { parseArgs, type CommandSpec } from '../../../src/cli/args.ts';
import { UsageError } from '../../../src/cli/errors.ts';

const spec: CommandSpec = { name: 't', usage: 'threadlens t [--site S] [--json] FILE', values: ['site'], flags: ['json'], positionals: [1, 1] };

describe('parseArgs', () => {
  it('reads values, flags and positionals, with - as stdin', () => {
    expect(parseArgs(spec, ['--site', 'x', '--json', 'a.html'])).toEqual({ values: { site: 'x' }, flags: new Set(['json']), positionals: ['a.html'] });
    expect(parseArgs(spec, ['--site=auto', '-']).positionals).toEqual(['-']);
  });

  it('refuses unknown options, missing values and wrong counts', () => {
    expect(() => parseArgs(spec, ['--nope', 'a'])).toThrow(UsageError);
    expect(() => parseArgs(spec, ['a', '--site'])).toThrow(/needs a value/);
    expect(() => parseArgs(spec, [])).toThrow(/missing argument/);
    expect(() => parseArgs(spec, ['a', 'b'])).toThrow(/too many/);
    expect(() => parseArgs(spec, ['--json=1', 'a'])).toThrow(/unknown option/);
  });
});
