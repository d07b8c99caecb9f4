// `threadlens eval` output shape, on a few rows of each set (--limit) so the test stays quick.
// It reads ../shared/data in place; without that folder there is nothing to evaluate on.
import { existsSync } from 'node:fs';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { EvalReport } from '../../../../src/classifier/evaluate.ts';
import { DEFAULT_DATA_DIR } from '../../../../src/cli/commands/eval.ts';
import { main } from '../../../../src/cli/main.ts';
import { MODEL_LABELS } from '../../../../src/shared/report.ts';

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

  it('exit 2 naming the folder when the data is elsewhere', async () => {
    const { code, err } = await evalCli(['--data', '/nonexistent-threadlens-data']);
    expect(code).toBe(2);
    expect(err).toContain('/nonexistent-threadlens-data/corpora/dev.csv');
  });
});
