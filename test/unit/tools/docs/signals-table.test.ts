// Every signal carries its own test, its docs section and its rows in the generated tables: adding
// one without them fails here (refined-github's build/features.test.ts habit).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, signalTables, withTable } from '../../../../tools/docs/signals-table.ts';
import { SIGNALS } from '../../../../src/signals/registry.ts';

describe('the signals tables and docs', () => {
  it('are up to date in README.md and docs/scoring.md (run npm run docs)', () => {
    for (const [file, current, wanted] of signalTables()) expect(current, `${file} is stale: run npm run docs`).toBe(wanted);
  });

  it('list a changed definition (a stale table would be caught)', () => {
    const changed = SIGNALS.map((s) => (s.id === 'reply-burst' ? { ...s, defaultWeight: 0.05 } : s));
    const stale = signalTables(REPO_ROOT, changed).filter(([, current, wanted]) => current !== wanted);
    expect(stale.map(([file]) => file).sort()).toEqual(['README.md', 'docs/scoring.md']);
  });

  it('replace only what lies between the markers', () => {
    const text = 'before\n<!-- signals-table:x start (generated) -->\nold\n<!-- signals-table:x end -->\nafter\n';
    expect(withTable(text, 'x', 'new')).toBe('before\n<!-- signals-table:x start (generated) -->\nnew\n<!-- signals-table:x end -->\nafter\n');
    expect(() => withTable('no markers', 'x', 'new')).toThrow(/markers/);
  });

  const scoringDoc = readFileSync(join(REPO_ROOT, 'docs/scoring.md'), 'utf8');
  for (const signal of SIGNALS) {
    it(`${signal.id} has a test file and a docs section`, () => {
      expect(existsSync(join(REPO_ROOT, 'test/unit/signals', `${signal.id}.test.ts`)), `test/unit/signals/${signal.id}.test.ts`).toBe(true);
      expect(scoringDoc, `### ${signal.id} in docs/scoring.md`).toMatch(new RegExp(`^### ${signal.id}$`, 'm'));
    });
  }

  it('has well-formed definitions: kebab-case ids, one line hints, weights in [0, 1]', () => {
    expect(new Set(SIGNALS.map((s) => s.id)).size).toBe(SIGNALS.length);
    for (const s of SIGNALS) {
      expect(s.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(s.hint).not.toMatch(/\n/);
      expect(s.defaultWeight).toBeGreaterThanOrEqual(0);
      expect(s.defaultWeight).toBeLessThanOrEqual(1);
      expect(existsSync(join(REPO_ROOT, 'src/signals', `${s.id}.ts`)), `src/signals/${s.id}.ts`).toBe(true);
    }
  });
});
