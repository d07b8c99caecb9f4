// Scores evaluation threads and tallies what came out: levels per kind of thread, which signals
// fired (score > 0) and which were reasons (evidence enough to count as agreeing, see
// combine-signals.ts), and whether each thread met the goal:
// - coordinated: "elevated" or "high", with duplicate-replies or reply-burst among the reasons;
// - ordinary: "none" or "low".
import type { Level, Report } from '../../src/shared/report.ts';
import { LEVELS } from '../../src/shared/report.ts';
import { SIGNAL_IDS } from '../../src/signals/registry.ts';
import { COMBINE, effectiveEvidence } from '../../src/scoring/combine-signals.ts';
import type { ScoreOptions } from '../../src/scoring/score-thread.ts';
import { scoreThread } from '../../src/scoring/score-thread.ts';
import type { EvalThread } from './build-threads.ts';

export interface Tally {
  threads: number;
  passed: number;
  levels: Record<Level, number>;
  fired: Partial<Record<string, number>>;
  reasons: Partial<Record<string, number>>;
}

export interface Miss {
  kind: EvalThread['kind'];
  source: string;
  posts: number;
  level: Level;
  score: number;
  reasons: string[];
}

export interface Evaluation {
  ordinary: Tally;
  coordinated: Tally;
  /** ordinary threads by source and by size; coordinated by campaign size and text length */
  groups: Record<string, Tally>;
  misses: Miss[];
}

const emptyTally = (): Tally => ({ threads: 0, passed: 0, levels: { none: 0, low: 0, elevated: 0, high: 0 }, fired: {}, reasons: {} });

export function evaluateThreads(threads: readonly EvalThread[], options: Omit<ScoreOptions, 'now'>): Evaluation {
  const result: Evaluation = { ordinary: emptyTally(), coordinated: emptyTally(), groups: {}, misses: [] };
  for (const t of threads) {
    const report = scoreThread(t.thread, { ...options, now: t.now });
    const evidence = effectiveEvidence(report.signals, options.scoring);
    const reasons = report.signals.filter((_, i) => (evidence[i] ?? 0) >= COMBINE.agreeingEvidence).map((s) => s.id);
    const passed = meetsGoal(t, report, reasons);
    const tallies = [result[t.kind], ...groupNames(t).map((g) => (result.groups[g] ??= emptyTally()))];
    for (const tally of tallies) {
      tally.threads++;
      if (passed) tally.passed++;
      tally.levels[report.thread.level]++;
      for (const s of report.signals) if (s.score > 0) tally.fired[s.id] = (tally.fired[s.id] ?? 0) + 1;
      for (const id of reasons) tally.reasons[id] = (tally.reasons[id] ?? 0) + 1;
    }
    if (!passed)
      result.misses.push({
        kind: t.kind,
        source: t.source,
        posts: t.thread.posts.length,
        level: report.thread.level,
        score: report.thread.score,
        reasons: report.signals.filter((s) => s.score > 0).map((s) => `${s.id} ${s.score}: ${s.summary}`),
      });
  }
  return result;
}

function meetsGoal(t: EvalThread, report: Report, reasons: readonly string[]): boolean {
  const level = report.thread.level;
  if (t.kind === 'ordinary') return level === 'none' || level === 'low';
  return (level === 'elevated' || level === 'high') && (reasons.includes('duplicate-replies') || reasons.includes('reply-burst'));
}

function groupNames(t: EvalThread): string[] {
  if (t.kind === 'ordinary') {
    const n = t.thread.posts.length;
    return [`ordinary: ${t.source}`, `ordinary: ${n <= 50 ? '15-50' : n <= 150 ? '51-150' : '151-300'} posts`];
  }
  const a = t.campaignAccounts ?? 0;
  const w = t.campaignWords ?? 0;
  return [
    `coordinated: ${a <= 3 ? '3' : a <= 5 ? '4-5' : a <= 9 ? '6-9' : '10+'} accounts`,
    `coordinated: text of ${w <= 3 ? '1-3' : w <= 7 ? '4-7' : '8+'} words`,
  ];
}

const pct = (n: number, of: number): string => (of === 0 ? '-' : `${Math.round((100 * n) / of)}%`);

/** Markdown tables of an evaluation, for docs/scoring.md. */
export function formatEvaluation(title: string, e: Evaluation): string {
  const rows: [string, Tally][] = [
    ['ordinary (all)', e.ordinary],
    ['coordinated (all)', e.coordinated],
    ...Object.entries(e.groups).sort(([a], [b]) => a.localeCompare(b)),
  ];
  const lines = [
    `### ${title}`,
    '',
    `| threads | n | ${LEVELS.join(' | ')} | goal met |`,
    `| --- | ---: | ${LEVELS.map(() => '---:').join(' | ')} | ---: |`,
    ...rows.map(([name, t]) => `| ${name} | ${t.threads} | ${LEVELS.map((l) => t.levels[l]).join(' | ')} | ${t.passed} (${pct(t.passed, t.threads)}) |`),
    '',
    `| signal | fired on ordinary | reason on ordinary | fired on coordinated | reason on coordinated |`,
    '| --- | ---: | ---: | ---: | ---: |',
    ...SIGNAL_IDS.filter((id) => e.ordinary.fired[id] !== undefined || e.coordinated.fired[id] !== undefined).map(
      (id) =>
        `| ${id} | ${pct(e.ordinary.fired[id] ?? 0, e.ordinary.threads)} | ${pct(e.ordinary.reasons[id] ?? 0, e.ordinary.threads)} | ${pct(e.coordinated.fired[id] ?? 0, e.coordinated.threads)} | ${pct(e.coordinated.reasons[id] ?? 0, e.coordinated.threads)} |`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}
