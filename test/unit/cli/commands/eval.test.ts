// `threadlens eval` output shape, on a few rows of each set (--limit) so the test stays quick.
// It reads ../shared/data in place; without that folder there is nothing to evaluate on.
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { EvalReport } from '../../../../src/classifier/evaluate.ts';
import { DEFAULT_DATA_DIR } from '../../../../src/cli/commands/eval.ts';
import { main } from '../../../../src/cli/main.ts';
import { MODEL_LABELS } from '../../../../src/shared/report.ts';
import type { LosoReport, UnseenReport } from '../../../../src/classifier/evaluate-unseen.ts';
import { SHIPPED_MODEL_DIR } from '../../../../src/classifier/node-classifier.ts';

const hasData = existsSync(`${DEFAULT_DATA_DIR}/corpora/dev.csv`);

async function evalCli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(['eval', ...args], { stdout: (t) => void (out += t), stderr: (t) => void (err += t), stdin: Readable.from([]) });
  return { code, out, err };
}

describe.skipIf(!hasData)('threadlens eval (needs ../shared/data)', () => {
  it('--json: per-label and per-source metrics, held-out propaganda articles, unseen ordinary sets', async () => {
    const { code, out } = await evalCli(['--json', '--limit', '300']);
    expect(code).toBe(0);
    const r = JSON.parse(out) as EvalReport;
    expect(r.model.id).toBe('threadlens-mini');
    for (const label of ['inauthentic', 'toxic', 'machine_generated'] as const) {
      const m = r.dev.labels[label];
      expect(m?.positives).toBeGreaterThan(0);
      expect(m?.auc).toBeGreaterThanOrEqual(0);
      expect(m?.auc).toBeLessThanOrEqual(1);
      expect(typeof m?.fpr).toBe('number');
    }
    expect(r.dev.sources.some((s) => s.label === undefined && typeof s.flagRate === 'number')).toBe(true);
    expect(r.dev.sources.some((s) => s.label === 'toxic' && typeof s.auc === 'number')).toBe(true);
    expect(r.propaganda.heldoutArticles.length).toBeGreaterThan(10);
    expect(r.propaganda.metrics.positives).toBeGreaterThan(0);
    expect(r.unseenOrdinary).toHaveLength(2);
    expect(Object.keys(r.thresholds).sort()).toEqual([...MODEL_LABELS].sort());
  });

  it('prints a readable report without --json', async () => {
    const { code, out } = await evalCli(['--limit', '100']);
    expect(code).toBe(0);
    expect(out).toMatch(/dev: .*dev\.csv/);
    expect(out).toMatch(/toxic\s+AUC \d\.\d{3}/);
    expect(out).toContain('held-out articles');
  });

  it('--unseen FILE: per-source AUCs, head weights by the rule, everyday flag rates; --write-weights refuses a partial run', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'threadlens-unseen-'));
    try {
      const rows = [
        ['toxicset', 'a', 'toxic', 'en', '0', 'you are a disgusting worthless idiot, shut up'],
        ['toxicset', 'a', 'toxic', 'en', '0', 'go to hell you stupid pathetic loser'],
        ['toxicset', 'a', 'ordinary', 'en', '0', 'thanks for the thoughtful reply, I learned something'],
        ['everyday', 'r', 'ordinary', 'en', '1', 'had a lovely walk in the park with my dog this morning'],
        ['everyday', 'r', 'ordinary', 'en', '1', 'the new bakery downtown makes great bread'],
        ['everyday', 'r', 'ordinary', 'de', '1', 'Ich kann nicht glauben, dass der Stadtrat das beschlossen hat'],
      ];
      const file = join(dir, 'unseen.csv');
      writeFileSync(file, ['source,part,label,language,everyday,text', ...rows.map((r) => r.map((f) => JSON.stringify(f)).join(','))].join('\n'));
      const model = join(dir, 'threadlens-mini');
      cpSync(SHIPPED_MODEL_DIR, model, { recursive: true });
      const { code, out } = await evalCli(['--json', '--limit', '50', '--model', model, '--unseen', file]);
      expect(code).toBe(0);
      const u = (JSON.parse(out) as { unseen: UnseenReport }).unseen;
      expect(u.notRead).toBe(1);
      expect(u.notReadBySource).toEqual({ everyday: 1 });
      expect(u.sources).toEqual([expect.objectContaining({ source: 'toxicset', head: 'toxic', positives: 2, ownNegatives: 1 })]);
      // listed per source, but 2 positives are too few to speak for the head
      expect(u.heads.toxic).toBeUndefined();
      expect(u.everyday.rows).toBe(2);
      const refused = await evalCli(['--limit', '50', '--model', model, '--unseen', file, '--write-weights']);
      expect(refused.code).toBe(2);
      // --loso: each group's rows scored by its own model folder, paths relative to the manifest
      writeFileSync(join(dir, 'loso.json'), JSON.stringify({ groups: [{ name: 'G1', model: 'threadlens-mini', unseen: 'unseen.csv' }] }));
      const loso = await evalCli(['--json', '--limit', '50', '--model', model, '--loso', join(dir, 'loso.json')]);
      expect(loso.code).toBe(0);
      const l = (JSON.parse(loso.out) as { loso: LosoReport }).loso;
      expect(l.groups.map((g) => g.name)).toEqual(['G1']);
      expect(l.groups[0]?.report.sources).toEqual(u.sources);
      expect(l.everyday.rows).toBe(2);
      writeFileSync(join(dir, 'bad.json'), JSON.stringify({ groups: [{ name: 'G1' }] }));
      const bad = await evalCli(['--limit', '50', '--model', model, '--loso', join(dir, 'bad.json')]);
      expect(bad.code).toBe(2);
      expect(bad.err).toContain('group 0 needs');
      const both = await evalCli(['--limit', '50', '--unseen', file, '--loso', join(dir, 'loso.json')]);
      expect(both.code).toBe(2);
      // (a full --write-weights run measures every dev row: minutes; the shipped config's weights are checked against the rule in head-weights.test.ts)
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 600_000);

  it('exit 2 naming the folder when the data is elsewhere', async () => {
    const { code, err } = await evalCli(['--data', '/nonexistent-threadlens-data']);
    expect(code).toBe(2);
    expect(err).toContain('/nonexistent-threadlens-data/corpora/dev.csv');
  });
});
