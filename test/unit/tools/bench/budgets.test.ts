import { describe, expect, it } from 'vitest';
import { BUDGETS, judgeBudgets, loadWarning, type BudgetFigures, type BudgetVerdict } from '../../../../tools/bench/budgets.ts';
import type { Spread } from '../../../../tools/bench/spread.ts';

const s = (median: number, min = median, max = median): Spread => ({ median, min, max });

/** Figures that meet every budget. */
function passing(): BudgetFigures {
  return {
    extension: {
      cold_start_ms: s(435, 413, 644),
      per_post_ms: s(0.8),
      content_ms_per_100_posts: s(4.2),
      longest_task_ms: s(0),
      longest_task_without_extension_ms: s(0),
      sw_heap_mb: s(6.3),
      zip_mb: s(6.3),
    },
    scoring: { posts_20000_ms: s(837) },
    memory: { replies_100_added_ms: s(0.85), replies_1000_added_ms: s(4.1) },
    classifier_node: { speedup_vs_reference: 59 },
  };
}

function verdictOf(verdicts: BudgetVerdict[], figure: string): BudgetVerdict {
  const v = verdicts.find((x) => x.figure === figure);
  if (!v) throw new Error(`no verdict for ${figure}`);
  return v;
}

describe('judgeBudgets', () => {
  it('gives one verdict per budget, in order, each naming a figure of the bench JSON', () => {
    const verdicts = judgeBudgets(passing());
    expect(verdicts.map((v) => v.figure)).toEqual(BUDGETS.map((b) => b.figure));
    expect(verdicts.every((v) => v.verdict === 'holds')).toBe(true);
    const figures = passing() as unknown as Record<string, Record<string, unknown>>;
    for (const b of BUDGETS) {
      const [part, key] = b.figure.split('.');
      expect(figures[part ?? '']).toHaveProperty(key ?? '');
    }
  });

  it('has the eight budgets of issue #12 and the memory budget of issue #9', () => {
    expect(BUDGETS.map((b) => `${b.figure} ${b.comparison} ${b.limit}`)).toEqual([
      'extension.per_post_ms under 1',
      'extension.cold_start_ms under 1000',
      'extension.content_ms_per_100_posts under 5',
      'extension.longest_task_ms at most 50',
      'extension.sw_heap_mb under 80',
      'extension.zip_mb under 15',
      'scoring.posts_20000_ms under 2000',
      'memory.replies_100_added_ms under 5',
      'memory.replies_1000_added_ms under 5',
      'classifier_node.speedup_vs_reference at least 30',
    ]);
  });

  it('misses a figure over its limit, and holds one exactly at an "at least" limit but not at an "under" one', () => {
    const f = passing();
    f.extension.content_ms_per_100_posts = s(14.1);
    f.extension.per_post_ms = s(1);
    f.classifier_node.speedup_vs_reference = 30;
    const verdicts = judgeBudgets(f);
    expect(verdictOf(verdicts, 'extension.content_ms_per_100_posts')).toMatchObject({ verdict: 'misses', measured: 14.1 });
    expect(verdictOf(verdicts, 'extension.per_post_ms').verdict).toBe('misses');
    expect(verdictOf(verdicts, 'classifier_node.speedup_vs_reference').verdict).toBe('holds');
    f.classifier_node.speedup_vs_reference = 29.9;
    expect(verdictOf(judgeBudgets(f), 'classifier_node.speedup_vs_reference').verdict).toBe('misses');
  });

  it('judges the median, and says when the worst run missed', () => {
    const f = passing();
    f.extension.cold_start_ms = s(579, 445, 1041);
    const v = verdictOf(judgeBudgets(f), 'extension.cold_start_ms');
    expect(v.verdict).toBe('holds');
    expect(v.detail).toContain('the worst run (1041 ms) missed it');
  });

  it('says "not measured" for a null figure, never holds or misses', () => {
    const f = passing();
    f.extension.sw_heap_mb = null;
    f.classifier_node.speedup_vs_reference = null;
    const verdicts = judgeBudgets(f);
    expect(verdictOf(verdicts, 'extension.sw_heap_mb')).toMatchObject({ verdict: 'not measured', measured: null });
    expect(verdictOf(verdicts, 'classifier_node.speedup_vs_reference').verdict).toBe('not measured');
  });

  describe('the longest task while scrolling', () => {
    const judge = (withExt: Spread | null, without: Spread | null): BudgetVerdict => {
      const f = passing();
      f.extension.longest_task_ms = withExt;
      f.extension.longest_task_without_extension_ms = without;
      return verdictOf(judgeBudgets(f), 'extension.longest_task_ms');
    };

    it('holds at 50 ms or less, whatever the page does alone', () => {
      expect(judge(s(50), null).verdict).toBe('holds');
      expect(judge(s(0), s(67)).verdict).toBe('holds');
    });

    it('holds over 50 ms when the page alone makes tasks as long (its own layout work)', () => {
      expect(judge(s(66), s(60, 55, 67))).toMatchObject({ verdict: 'holds', measured: 66 });
    });

    it('misses when the task is longer than any the page made alone', () => {
      const v = judge(s(80, 76, 100), s(67, 60, 70));
      expect(v.verdict).toBe('misses');
      expect(v.detail).toContain('10 ms longer than the page makes by itself');
    });

    it('cannot tell whose a long task was without the page measured alone', () => {
      expect(judge(s(80), null).verdict).toBe('not measured');
      expect(judge(null, s(67)).verdict).toBe('not measured');
    });
  });
});

describe('loadWarning', () => {
  it('warns only when the load average is over the cores', () => {
    expect(loadWarning(12.3, 2)).toContain('load average 12.3 on 2 cores');
    expect(loadWarning(2, 2)).toBeNull();
    expect(loadWarning(0.4, 2)).toBeNull();
  });

  it('says the memory budget was not measured when the memory figures are absent', () => {
    const f = passing();
    delete f.memory;
    expect(verdictOf(judgeBudgets(f), 'memory.replies_100_added_ms').verdict).toBe('not measured');
    f.memory = { replies_100_added_ms: s(0.9), replies_1000_added_ms: s(26, 12, 44) };
    expect(verdictOf(judgeBudgets(f), 'memory.replies_1000_added_ms').verdict).toBe('misses');
  });
});
