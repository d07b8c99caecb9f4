// Evaluates talking-points and cross-thread-copies on real threads (new-signals-data.ts says which
// data and which split). Three measures per part, all at the default settings:
// - ordinary: every real thread of the part, in time order, in one call with one cross-thread
//   memory: the level distribution and which new signal was a reason;
// - generated campaigns: per generated topic of the part, 10 to 20 accounts each post their own
//   text of the topic within 20 to 60 minutes, as replies to the root of a real thread of the part
//   (2 minutes to 3 hours after the root); recall = share Elevated or High;
// - one copy per thread: campaigns whose accounts each post one copy of one text under
//   consecutive threads of the part (a different account per thread), scored in time order with
//   one memory among all the part's threads; recall by position (1st, 2nd ... thread with a copy).
//   npx tsx tools/eval-threads/run-eval-new-signals.ts [--part tune|held-out|other-event] [--json FILE]
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Level, Report } from '../../src/shared/report.ts';
import type { Post, Thread } from '../../src/shared/thread.ts';
import { rootPost } from '../../src/shared/thread.ts';
import { COMBINE, evidenceOf } from '../../src/scoring/combine-signals.ts';
import { DEFAULT_SCORING_SETTINGS } from '../../src/scoring/scoring-settings.ts';
import { createThreadScorer } from '../../src/scoring/thread-scorer.ts';
import type { Part, RealThread, Topic } from './new-signals-data.ts';
import { loadRealThreads, loadTopics } from './new-signals-data.ts';
import { seededRandom, type Random } from './seeded-random.ts';

const DATA = join(import.meta.dirname, '../../../shared/data');
const MINUTE = 60_000;
const argv = process.argv.slice(2);
const part = (argv[argv.indexOf('--part') + 1] ?? 'tune') as Part;
const jsonOut = argv.includes('--json') ? argv[argv.indexOf('--json') + 1] : undefined;
const settings = DEFAULT_SCORING_SETTINGS;
const flagged = (r: Report): boolean => r.thread.level === 'elevated' || r.thread.level === 'high';
const reasons = (r: Report): string[] => r.signals.filter((s) => evidenceOf(s, settings) >= COMBINE.agreeingEvidence).map((s) => s.id);

function withReplies(host: Thread, added: readonly Post[]): Thread {
  const root = rootPost(host);
  const rest = host.posts.filter((p) => p !== root);
  const posts = [...rest, ...added].sort((a, b) => (Date.parse(a.createdAt ?? '') || 0) - (Date.parse(b.createdAt ?? '') || 0));
  return { ...host, posts: root ? [root, ...posts] : posts };
}

/** An ordinary-looking account: the campaigns are judged on what they post, not on bot-like profiles. */
function account(tag: string, i: number, rng: Random) {
  return {
    handle: `${tag}_acct${i}`,
    displayName: `Reader ${tag} ${i}`,
    createdAt: '2012-03-01T00:00:00Z',
    followers: rng.int(40, 900),
    following: rng.int(40, 900),
  };
}

function levels(reports: readonly Report[]): Record<Level, number> {
  const out: Record<Level, number> = { none: 0, low: 0, elevated: 0, high: 0 };
  for (const r of reports) out[r.thread.level]++;
  return out;
}

const pct = (n: number, d: number): string => (d === 0 ? '-' : `${((100 * n) / d).toFixed(1)}%`);

async function main(): Promise<void> {
  const all = await loadRealThreads(DATA);
  const threads = all.filter((t) => t.part === part);
  const topicPart = part === 'tune' ? 'tune' : 'held-out';
  const topics = (await loadTopics(DATA)).filter((t) => t.part === topicPart);
  const out: Record<string, unknown> = { part, threads: threads.length, topics: topics.length };

  // 1. ordinary threads, one call, one memory, in time order
  const scorer = createThreadScorer({ scoring: settings, allowlist: [] }, { memory: true });
  const ordinary = threads.map((t) => scorer.score(t.thread, t.now));
  const fa = ordinary.map((r, i) => ({ r, t: threads[i] })).filter(({ r }) => flagged(r));
  const byReason: Record<string, number> = {};
  for (const { r } of fa) for (const id of reasons(r)) byReason[id] = (byReason[id] ?? 0) + 1;
  const newFired = { 'talking-points': 0, 'cross-thread-copies': 0 };
  for (const r of ordinary) for (const s of r.signals) if (s.score > 0 && s.id in newFired) newFired[s.id as keyof typeof newFired]++;
  out.ordinary = { levels: levels(ordinary), elevatedOrHigh: fa.length, falseAlarmReasons: byReason, newSignalsFired: newFired };
  console.log(`## ${part}: ${threads.length} real threads, ${topics.length} generated topics\n`);
  console.log(
    `ordinary (one call, memory on): ${JSON.stringify(levels(ordinary))}, Elevated or High ${fa.length} (${pct(fa.length, threads.length)}); reasons ${JSON.stringify(byReason)}; new signals fired (score > 0) ${JSON.stringify(newFired)}`,
  );
  for (const { r, t } of fa.slice(0, 40)) {
    const tp = r.signals.filter((s) => (s.id === 'talking-points' || s.id === 'cross-thread-copies') && s.score > 0);
    if (tp.length > 0)
      console.log(`  FA ${t?.file} ${r.thread.level} ${reasons(r).join(',')} | ${tp.map((s) => `${s.id} ${s.score}: ${s.summary}`).join(' | ')}`);
  }

  // 2. generated campaigns, each in its own thread (no memory: the signal alone)
  const rng = seededRandom(20261202);
  const gen: { level: Level; reasons: string[]; accounts: number; tp: number }[] = [];
  topics.forEach((topic: Topic, k) => {
    const host = threads[k % threads.length] as RealThread;
    const root = rootPost(host.thread);
    const rootMs = Date.parse(root?.createdAt ?? '') || 0;
    const n = Math.min(topic.texts.length, rng.int(10, 20));
    const span = rng.int(20, 60);
    const start = rootMs + rng.logUniform(2, 180) * MINUTE;
    const texts = rng.shuffle(topic.texts).slice(0, n);
    const added = texts.map((text, i): Post => ({
      id: `gen${k}-${i}`,
      author: account(`g${k}`, i, rng),
      text,
      createdAt: new Date(start + rng.next() * span * MINUTE).toISOString(),
      replyTo: root?.id ?? '',
    }));
    const thread = withReplies(host.thread, added);
    const now = Math.max(host.now, start + span * MINUTE + MINUTE);
    const r = createThreadScorer({ scoring: settings, allowlist: [] }).score(thread, now);
    gen.push({ level: r.thread.level, reasons: reasons(r), accounts: n, tp: r.signals.find((s) => s.id === 'talking-points')?.score ?? 0 });
  });
  const genHit = gen.filter((g) => g.level === 'elevated' || g.level === 'high').length;
  const genTp = gen.filter((g) => g.reasons.includes('talking-points')).length;
  out.generated = {
    campaigns: gen.length,
    elevatedOrHigh: genHit,
    talkingPointsReason: genTp,
    levels: levels(gen.map((g) => ({ thread: { level: g.level } }) as Report)),
  };
  console.log(
    `generated campaigns (10-20 accounts within 20-60 min): ${gen.length}, Elevated or High ${genHit} (${pct(genHit, gen.length)}), talking-points a reason in ${genTp}; levels ${JSON.stringify((out.generated as { levels: unknown }).levels)}`,
  );

  // 3. one copy per thread, in sequence, among all the part's threads, one memory
  const crng = seededRandom(7);
  const campaigns = 12;
  const length = 8;
  const pool = topics.flatMap((t) => t.texts);
  const injected = new Map<number, { campaign: number; position: number }>();
  const seqThreads = threads.map((t) => ({ ...t }));
  for (let c = 0; c < campaigns; c++) {
    const text = pool[crng.int(0, pool.length - 1)] ?? '';
    const first = crng.int(0, Math.max(0, seqThreads.length - length * 4));
    for (let p = 0; p < length; p++) {
      let index = first + p * crng.int(1, 4);
      while (injected.has(index)) index++;
      const host = seqThreads[index];
      if (!host) break;
      const root = rootPost(host.thread);
      const rootMs = Date.parse(root?.createdAt ?? '') || 0;
      const post: Post = {
        id: `one${c}-${p}`,
        author: account(`c${c}`, p, crng),
        text,
        createdAt: new Date(rootMs + crng.logUniform(2, 120) * MINUTE).toISOString(),
        replyTo: root?.id ?? '',
      };
      host.thread = withReplies(host.thread, [post]);
      injected.set(index, { campaign: c, position: p + 1 });
    }
  }
  const seqScorer = createThreadScorer({ scoring: settings, allowlist: [] }, { memory: true });
  const byPosition: { n: number; hit: number; withReason: number }[] = Array.from({ length }, () => ({ n: 0, hit: 0, withReason: 0 }));
  seqThreads.forEach((t, i) => {
    const r = seqScorer.score(t.thread, t.now);
    const inj = injected.get(i);
    if (!inj) return;
    const slot = byPosition[inj.position - 1];
    if (!slot) return;
    slot.n++;
    if (flagged(r)) slot.hit++;
    if (flagged(r) && reasons(r).includes('cross-thread-copies')) slot.withReason++;
  });
  out.oneCopyPerThread = byPosition.map((s, i) => ({ position: i + 1, ...s }));
  console.log(
    'one copy per thread, by position: ' +
      byPosition.map((s, i) => `${i + 1}: ${s.withReason}/${s.n}`).join(', ') +
      ' (Elevated or High with cross-thread-copies a reason)',
  );
  const from5 = byPosition.slice(4).reduce((a, s) => ({ n: a.n + s.n, ok: a.ok + s.withReason }), { n: 0, ok: 0 });
  console.log(`from the 5th thread on: ${from5.ok}/${from5.n} (${pct(from5.ok, from5.n)})`);
  if (jsonOut) writeFileSync(jsonOut, `${JSON.stringify(out, null, 2)}\n`);
}

await main();
