// The headline evaluation: real conversations (tools/eval-threads/real-threads.ts) as they are, and
// with campaigns injected into them (inject-campaigns.ts). Every scenario is one call of
// scoreInOrder over its threads in time order. What is counted per scenario:
// - levels, and "flagged": Elevated or High;
// - "caught": flagged, with at least one agreeing signal (a reason: evidence >= 0.2 once overlaps
//   are discounted, combine-signals.ts) whose posts
//   include an injected post: a campaign thread flagged only for its host's own replies is not a catch;
// - on ordinary threads, which signals are the reasons of the flagged ones (the false alarms).
import type { Level, Report } from '../../src/shared/report.ts';
import { LEVELS } from '../../src/shared/report.ts';
import { SIGNAL_IDS } from '../../src/signals/registry.ts';
import type { Author } from '../../src/shared/thread.ts';
import { COMBINE, effectiveEvidence } from '../../src/scoring/combine-signals.ts';
import type { ScoreOptions } from '../../src/scoring/score-thread.ts';
import type { GeneratedTopic } from './generated-campaigns.ts';
import type { Injected } from './inject-campaigns.ts';
import { injectCopyBurst, injectGenerated, injectOneCopy } from './inject-campaigns.ts';
import type { IraCampaign } from './ira-campaigns.ts';
import type { RealThread } from './real-threads.ts';
import type { Timed } from './score-in-order.ts';
import { openingOrder, scoreInOrder } from './score-in-order.ts';
import { seededRandom } from './seeded-random.ts';

export const REAL_EVAL = {
  /** copy bursts: IRA campaigns of at least this many accounts */
  minCopyAccounts: 5,
  /** generated campaigns: accounts (each its own text) and the minutes they post in */
  generatedAccounts: [10, 40],
  generatedSpanMinutes: [10, 60],
  /** one-copy-per-thread: threads in one sequence */
  sequenceLength: 8,
} as const;

export interface Tally {
  threads: number;
  levels: Record<Level, number>;
  /** Elevated or High */
  flagged: number;
  /** flagged with a reason pointing at an injected post (campaign scenarios only) */
  caught: number;
  /** how often each signal was a reason (evidence >= agreeing evidence) */
  reasons: Partial<Record<string, number>>;
}

export interface FalseAlarm {
  file: string;
  level: Level;
  score: number;
  reasons: string[];
}

export interface RealEvaluation {
  threads: number;
  ordinary: Tally;
  /** on flagged ordinary threads: each signal's count as a reason, and the sets of reasons */
  falseAlarmReasons: Partial<Record<string, number>>;
  falseAlarmSets: Record<string, number>;
  falseAlarms: FalseAlarm[];
  copyBursts: Tally;
  generated: Tally;
  /** campaign threads of (a) and (b) that were not caught */
  misses: CampaignMiss[];
  /** one-copy-per-thread, by the position (1-based) of the thread in its sequence */
  oneCopyByPosition: Tally[];
}

export interface CampaignMiss {
  scenario: 'copy-burst' | 'generated';
  file: string;
  level: Level;
  /** the campaign's accounts and first text */
  accounts: number;
  text: string;
  signals: string[];
}

export interface RealEvalInput {
  threads: readonly RealThread[];
  copyCampaigns: readonly IraCampaign[];
  topics: readonly GeneratedTopic[];
  /** profiles for the generated and one-copy accounts (real genuine accounts) */
  accounts: readonly Author[];
  /** texts the one-copy-per-thread campaigns post */
  oneCopyTexts: readonly string[];
  seed: number;
}

const emptyTally = (): Tally => ({ threads: 0, levels: { none: 0, low: 0, elevated: 0, high: 0 }, flagged: 0, caught: 0, reasons: {} });
const isFlagged = (level: Level): boolean => level === 'elevated' || level === 'high';

function reasonsOf(report: Report, options: Omit<ScoreOptions, 'now'>): Report['signals'] {
  const evidence = effectiveEvidence(report.signals, options.scoring);
  return report.signals.filter((_, i) => (evidence[i] ?? 0) >= COMBINE.agreeingEvidence);
}

function count(tally: Tally, report: Report, options: Omit<ScoreOptions, 'now'>, injected?: ReadonlySet<string>): void {
  const reasons = reasonsOf(report, options);
  tally.threads++;
  tally.levels[report.thread.level]++;
  for (const s of reasons) tally.reasons[s.id] = (tally.reasons[s.id] ?? 0) + 1;
  if (!isFlagged(report.thread.level)) return;
  tally.flagged++;
  if (injected && reasons.some((s) => s.posts.some((id) => injected.has(id)))) tally.caught++;
}

export type OrdinaryEvaluation = Pick<RealEvaluation, 'ordinary' | 'falseAlarmReasons' | 'falseAlarmSets' | 'falseAlarms'>;

/** The threads as they are, scored in order with one memory: levels, and why each false alarm fired. */
export function evaluateOrdinary(threads: readonly RealThread[], options: Omit<ScoreOptions, 'now'>): OrdinaryEvaluation {
  const result: OrdinaryEvaluation = { ordinary: emptyTally(), falseAlarmReasons: {}, falseAlarmSets: {}, falseAlarms: [] };
  scoreInOrder(threads, options).forEach((report, i) => {
    count(result.ordinary, report, options);
    if (!isFlagged(report.thread.level)) return;
    const reasons = reasonsOf(report, options);
    for (const s of reasons) result.falseAlarmReasons[s.id] = (result.falseAlarmReasons[s.id] ?? 0) + 1;
    const set = reasons.map((s) => s.id).join(' + ') || '(none)';
    result.falseAlarmSets[set] = (result.falseAlarmSets[set] ?? 0) + 1;
    result.falseAlarms.push({
      file: threads[i]?.file ?? '',
      level: report.thread.level,
      score: report.thread.score,
      reasons: reasons.map((s) => `${s.id} ${s.score}: ${s.summary}`),
    });
  });
  return result;
}

export function evaluateRealThreads(input: RealEvalInput, options: Omit<ScoreOptions, 'now'>): RealEvaluation {
  const { threads } = input;
  const result: RealEvaluation = {
    threads: threads.length,
    ordinary: emptyTally(),
    falseAlarmReasons: {},
    falseAlarmSets: {},
    falseAlarms: [],
    copyBursts: emptyTally(),
    generated: emptyTally(),
    misses: [],
    oneCopyByPosition: Array.from({ length: REAL_EVAL.sequenceLength }, emptyTally),
  };

  // ordinary: the threads as they are
  Object.assign(result, evaluateOrdinary(threads, options));

  // (a) copy bursts: each thread gets a different real campaign of 5+ accounts
  const rngA = seededRandom(input.seed);
  const campaigns = rngA.shuffle(input.copyCampaigns.filter((c) => c.authors.size >= REAL_EVAL.minCopyAccounts));
  if (campaigns.length > 0) {
    const injected = threads.map((t, i) => injectCopyBurst(t.thread, campaigns[i % campaigns.length] as IraCampaign, rngA, `a${i}`));
    tallyScenario(result.copyBursts, injected, options, (i, report) => result.misses.push(miss('copy-burst', threads[i], injected[i], report)));
  }

  // (b) generated campaigns: each thread gets a topic, 10-40 accounts each with its own text, within 10-60 minutes
  const rngB = seededRandom(input.seed + 1);
  const topics = rngB.shuffle(input.topics);
  if (topics.length > 0 && input.accounts.length > 0) {
    const injected = threads.map((t, i) => {
      const topic = topics[i % topics.length] as GeneratedTopic;
      const n = Math.min(topic.texts.length, rngB.int(REAL_EVAL.generatedAccounts[0], REAL_EVAL.generatedAccounts[1]));
      const accounts = rngB.shuffle(input.accounts).slice(0, n);
      const span = rngB.int(REAL_EVAL.generatedSpanMinutes[0], REAL_EVAL.generatedSpanMinutes[1]);
      return injectGenerated(t.thread, rngB.shuffle(topic.texts).slice(0, n), accounts, span, rngB, `b${i}`);
    });
    tallyScenario(result.generated, injected, options, (i, report) => result.misses.push(miss('generated', threads[i], injected[i], report)));
  }

  // (c) one copy per thread: consecutive threads (in the order the reader opens them) form
  // sequences; each sequence posts one text, once under each of its threads, each time from a
  // different account. A thread's position is the order in which the reader opens it among its
  // sequence's threads (after the copy is in), which is the order the memory sees them in.
  const rngC = seededRandom(input.seed + 2);
  const texts = rngC.shuffle(input.oneCopyTexts);
  if (texts.length > 0 && input.accounts.length > 0) {
    const injected: Injected[] = [];
    const positions: number[] = [];
    const L = REAL_EVAL.sequenceLength;
    const byOpening = [...threads].sort((a, b) => a.now - b.now || a.rootId.localeCompare(b.rootId));
    for (let s = 0; (s + 1) * L <= byOpening.length; s++) {
      const text = texts[s % texts.length] ?? '';
      const accounts = rngC.shuffle(input.accounts).slice(0, L);
      const sequence = byOpening
        .slice(s * L, (s + 1) * L)
        .map((host, p) => injectOneCopy(host.thread, text, accounts[p] ?? { handle: `c${s}-${p}` }, rngC, `c${s}-${p}`));
      injected.push(...sequence);
      positions.push(...openingRanks(sequence));
    }
    const reports = scoreInOrder(injected, options);
    reports.forEach((report, i) => {
      const tally = result.oneCopyByPosition[positions[i] ?? 0];
      if (tally) count(tally, report, options, injected[i]?.injected);
    });
  }
  return result;
}

/** Each item's rank (0-based) in the order scoreInOrder opens them: by `now`, ties in input order. */
export function openingRanks(items: readonly Timed[]): number[] {
  const order = openingOrder(items);
  const ranks = new Array<number>(items.length);
  order.forEach((item, rank) => (ranks[item] = rank));
  return ranks;
}

function tallyScenario(tally: Tally, injected: readonly Injected[], options: Omit<ScoreOptions, 'now'>, onMiss: (i: number, report: Report) => void): void {
  const items: readonly Timed[] = injected;
  scoreInOrder(items, options).forEach((report, i) => {
    const caught = tally.caught;
    count(tally, report, options, injected[i]?.injected);
    if (tally.caught === caught) onMiss(i, report);
  });
}

function miss(scenario: CampaignMiss['scenario'], host: RealThread | undefined, injected: Injected | undefined, report: Report): CampaignMiss {
  const added = injected?.thread.posts.filter((p) => injected.injected.has(p.id)) ?? [];
  return {
    scenario,
    file: host?.file ?? '',
    level: report.thread.level,
    accounts: new Set(added.map((p) => p.author.handle)).size,
    text: added[0]?.text ?? '',
    signals: report.signals.filter((s) => s.score > 0).map((s) => `${s.id} ${s.score}: ${s.summary}`),
  };
}

const pct = (n: number, of: number): string => (of === 0 ? '-' : `${((100 * n) / of).toFixed(1)}%`);

function row(name: string, t: Tally, caught: boolean): string {
  return `| ${name} | ${t.threads} | ${LEVELS.map((l) => t.levels[l]).join(' | ')} | ${pct(t.flagged, t.threads)} | ${caught ? pct(t.caught, t.threads) : ''} |`;
}

/** Markdown tables of one part's evaluation. */
export function formatRealEvaluation(title: string, e: RealEvaluation): string {
  const lines = [
    `### ${title}`,
    '',
    `| threads | n | ${LEVELS.join(' | ')} | Elevated or High | caught (a reason points at the campaign) |`,
    `| --- | ---: | ${LEVELS.map(() => '---:').join(' | ')} | ---: | ---: |`,
    row('ordinary (real, as they are)', e.ordinary, false),
    row(`(a) + IRA copy burst, ${REAL_EVAL.minCopyAccounts}+ accounts`, e.copyBursts, true),
    row(
      `(b) + generated campaign, ${REAL_EVAL.generatedAccounts[0]}-${REAL_EVAL.generatedAccounts[1]} accounts in ${REAL_EVAL.generatedSpanMinutes[0]}-${REAL_EVAL.generatedSpanMinutes[1]} min`,
      e.generated,
      true,
    ),
    ...e.oneCopyByPosition.map((t, i) => row(`(c) one copy per thread: thread ${i + 1} of ${REAL_EVAL.sequenceLength}`, t, true)),
    '',
    `Reasons of the ${e.ordinary.flagged} ordinary threads rated Elevated or High:`,
    '',
    '| signal | reason on flagged ordinary threads | reason on all ordinary threads | reason on (a) | reason on (b) |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...SIGNAL_IDS.filter((id) => e.ordinary.reasons[id] || e.copyBursts.reasons[id] || e.generated.reasons[id]).map(
      (id) =>
        `| ${id} | ${e.falseAlarmReasons[id] ?? 0} | ${pct(e.ordinary.reasons[id] ?? 0, e.ordinary.threads)} | ${pct(e.copyBursts.reasons[id] ?? 0, e.copyBursts.threads)} | ${pct(e.generated.reasons[id] ?? 0, e.generated.threads)} |`,
    ),
    '',
    '| reasons together (flagged ordinary threads) | threads |',
    '| --- | ---: |',
    ...Object.entries(e.falseAlarmSets)
      .sort(([, a], [, b]) => b - a)
      .map(([set, n]) => `| ${set} | ${n} |`),
  ];
  return `${lines.join('\n')}\n`;
}
