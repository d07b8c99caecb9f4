// shared/ is what every context and the CLI meet on: it depends on none of them (STYLE.md, issue 8).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SHARED = join(import.meta.dirname, '../../../src/shared');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

describe('src/shared', () => {
  it('imports nothing from the folders that build on it', () => {
    const offending: string[] = [];
    for (const file of files(SHARED)) {
      for (const [, spec] of readFileSync(file, 'utf8').matchAll(/from '([^']+)'/g)) {
        if (spec && spec.startsWith('.') && !join(file, '..', spec).startsWith(SHARED)) offending.push(`${relative(SHARED, file)} imports ${spec}`);
      }
    }
    expect(offending).toEqual([]);
  });
});
