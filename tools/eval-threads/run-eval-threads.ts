// The thread evaluation (docs/scoring.md, "Measured"). Run from the repo root:
//   npm run eval:threads -- [--part held-out|tune] [--json FILE] [--no-simulated] [--misses N] [--model DIR]
// Headline: the real PHEME threads of ../shared/data/real-threads, split by real-threads.ts before
// any tuning; `--part held-out` (the default) reports the held-out Charlie Hebdo threads and the
// Germanwings threads (an event nothing was tuned on), `--part tune` the tuning part, the only one
// to look at while changing signals. Then, secondary, the simulated threads of eval-sets.ts.
// Writes the markdown tables to stdout and everything (with the false alarms) to FILE
// (default artifacts/eval-threads.json). Takes one to two minutes, most of it reading the 134 MB IRA file.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { DEFAULT_SCORING_SETTINGS } from '../../src/scoring/scoring-settings.ts';
import { LEVELS } from '../../src/shared/report.ts';
import { normaliseText, wordCount } from '../../src/signals/normalise-text.ts';
import { traitRates } from './account-calibration.ts';
import { loadCresciAccounts } from './cresci-accounts.ts';
import { TIME_SPLIT, buildEvalSets, fixtureThreads, inHalf } from './eval-sets.ts';
import { evaluateThreads, formatEvaluation } from './evaluate-threads.ts';
import { generatedTopicPart, loadGeneratedTopics } from './generated-campaigns.ts';
import type { IraCampaign } from './ira-campaigns.ts';
import { findIraCampaigns, splitCampaigns } from './ira-campaigns.ts';
import type { RealEvaluation } from './real-thread-eval.ts';
import type { OrdinaryEvaluation } from './real-thread-eval.ts';
import { evaluateOrdinary, evaluateRealThreads, formatRealEvaluation } from './real-thread-eval.ts';
import { loadNodeClassifier } from '../../src/classifier/node-classifier.ts';
import { postTexts, splitModelScores } from '../../src/scoring/score-with-model.ts';
import type { NotReadPost, PostScores } from '../../src/shared/report.ts';
import type { RealPart } from './real-threads.ts';
import { REAL_SPLIT, loadRealThreads } from './real-threads.ts';
import { scoreInOrder } from './score-in-order.ts';

const args = process.argv.slice(2);
const arg = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
};
const part = arg('--part') ?? 'held-out';
if (part !== 'held-out' && part !== 'tune') {
  console.error('eval-threads: --part is held-out or tune');
  process.exit(2);
}
const jsonPath = resolve(arg('--json') ?? 'artifacts/eval-threads.json');
const misses = Number(arg('--misses') ?? 0);
const dataDir = resolve('../shared/data');
const fixturesDir = resolve('../shared/fixtures');
if (!existsSync(join(dataDir, 'real-threads'))) {
  console.error(`eval-threads: ${dataDir}/real-threads not found; it holds the data the evaluation reads.`);
  process.exit(2);
}

const started = performance.now();
const options = { scoring: DEFAULT_SCORING_SETTINGS, allowlist: [] };
const [real, campaigns, cresci, topics] = await Promise.all([
  loadRealThreads(dataDir),
  findIraCampaigns(join(dataDir, 'raw/ira-english-originals.csv')),
  loadCresciAccounts(dataDir),
  loadGeneratedTopics(dataDir),
]);
// the campaigns, topics and accounts are split the same way as before: tuning campaigns (before
// 2017-06) and half the topics and accounts go with the tune part, the rest with the held-out parts
const split = splitCampaigns(campaigns, TIME_SPLIT);
const side = (p: RealPart): 'tune' | 'held-out' => (p === 'tune' ? 'tune' : 'held-out');
const inputFor = (p: RealPart, seed: number) => {
  const mine: readonly IraCampaign[] = side(p) === 'tune' ? split.tuning : split.heldOut;
  const oneCopyTexts = [...new Set(mine.map((c) => c.tweets[0]?.content ?? ''))].filter((t) => wordCount(normaliseText(t)) >= 8);
  return {
    threads: real.filter((t) => t.part === p),
    copyCampaigns: mine,
    topics: topics.filter((t) => generatedTopicPart(t) === side(p)),
    accounts: cresci.genuine.filter((a) => inHalf(a.handle, side(p) === 'tune' ? 0 : 1)),
    oneCopyTexts,
    seed,
  };
};
const parts: RealPart[] = part === 'tune' ? ['tune'] : ['held-out', 'other-event'];
const results: Partial<Record<RealPart, RealEvaluation>> = {};
for (const p of parts) results[p] = evaluateRealThreads(inputFor(p, 20261202), options);

// --model DIR: the real threads as they are, again with the classifier's signals (as the extension
// scores them when its model is loaded). Only the ordinary threads: the campaigns' texts come from
// sources the model may have trained on (authormimic_llm_tweets, the IRA tweets), so a recall with
// the model would not be a held-out figure.
const modelDir = arg('--model');
const withModel: Partial<Record<RealPart, OrdinaryEvaluation>> = {};
let modelName = '';
if (modelDir !== undefined) {
  const classifier = await loadNodeClassifier(resolve(modelDir), { dtype: 'q8', threads: 1 });
  try {
    modelName = `${classifier.info.id} ${classifier.info.version}`;
    for (const p of parts) {
      const threads = real.filter((t) => t.part === p);
      const texts = postTexts(threads.map((t) => t.thread));
      const perThread = splitModelScores(
        threads.map((t) => t.thread),
        { readings: await classifier.readPosts(texts), info: classifier.info, thresholds: classifier.thresholds, weights: classifier.weights },
      );
      const postScores = new Map<string, PostScores>();
      const postsNotRead = new Map<string, NotReadPost>();
      for (const m of perThread) {
        m?.postScores.forEach((v, k) => postScores.set(k, v));
        m?.postsNotRead.forEach((v, k) => postsNotRead.set(k, v));
      }
      withModel[p] = evaluateOrdinary(threads, {
        ...options,
        postScores,
        postsNotRead,
        model: classifier.info,
        modelThresholds: classifier.thresholds,
        modelWeights: classifier.weights,
      });
    }
  } finally {
    await classifier.dispose();
  }
}

const fixtures = existsSync(fixturesDir) ? await fixtureThreads(fixturesDir) : [];
const fixtureReports = scoreInOrder(fixtures, options).map((r, i) => ({
  source: fixtures[i]?.source ?? '',
  posts: fixtures[i]?.thread.posts.length ?? 0,
  level: r.thread.level,
  score: r.thread.score,
}));

console.log(`## Real threads (PHEME 2015), part: ${part}\n`);
console.log(
  `Split (seed "${REAL_SPLIT.seed}"): ${real.filter((t) => t.part === 'tune').length} charliehebdo threads tune, ${real.filter((t) => t.part === 'held-out').length} held out; ${real.filter((t) => t.part === 'other-event').length} germanwings-crash threads held out as another event.`,
);
console.log(
  `Campaign sources: ${split.tuning.length} tuning / ${split.heldOut.length} held-out IRA copy campaigns (3+ accounts; ${split.tuning.filter((c) => c.authors.size >= 5).length} / ${split.heldOut.filter((c) => c.authors.size >= 5).length} with 5+), ${topics.filter((t) => generatedTopicPart(t) === 'tune').length} / ${topics.filter((t) => generatedTopicPart(t) === 'held-out').length} generated topics.\n`,
);
for (const p of parts) {
  const r = results[p];
  if (r) console.log(formatRealEvaluation(`${p === 'other-event' ? 'Other event: germanwings-crash' : `charliehebdo, ${p}`} (${r.threads} threads)`, r));
}
if (modelDir !== undefined) {
  console.log(`### The real threads as they are, with the classifier (${modelName})\n`);
  console.log(
    '| part | threads | none | low | elevated | high | Elevated or High | false alarms by reasons |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  );
  for (const p of parts) {
    const m = withModel[p];
    if (!m) continue;
    const t = m.ordinary;
    const sets = Object.entries(m.falseAlarmSets)
      .map(([k, v]) => `${k}: ${v}`)
      .join('; ');
    console.log(
      `| ${p} | ${t.threads} | ${t.levels.none} | ${t.levels.low} | ${t.levels.elevated} | ${t.levels.high} | ${((t.flagged / Math.max(1, t.threads)) * 100).toFixed(1)}% | ${sets} |`,
    );
  }
  console.log('');
}
if (part === 'held-out') {
  console.log('### Other real threads (../shared/fixtures: a Bluesky and a Mastodon API answer, a saved old.reddit.com page)\n');
  console.log(`| thread | posts | level | score |\n| --- | ---: | --- | ---: |`);
  for (const f of fixtureReports) console.log(`| ${f.source} | ${f.posts} | ${f.level} | ${f.score} |`);
  console.log('');
}
for (const p of parts)
  for (const m of (results[p]?.falseAlarms ?? []).slice(0, misses))
    console.log(`false alarm (${p}) ${m.file}: ${m.level} ${m.score}\n  ${m.reasons.join('\n  ')}`);

let simulated: unknown;
if (!args.includes('--no-simulated')) {
  const sets = await buildEvalSets({ dataDir, fixturesDir: undefined, seed: 20261123, ordinaryPerSet: 300, coordinatedPerSet: 300, campaigns });
  const evaluation = part === 'tune' ? evaluateThreads(sets.tuning, options) : evaluateThreads(sets.heldOut, options);
  const calibration = {
    genuine: traitRates(cresci.genuine, Date.parse('2015-05-01T00:00:00Z')),
    spambots: traitRates(cresci.spambots, Date.parse('2014-05-01T00:00:00Z')),
  };
  simulated = { split: sets.split, evaluation, calibration };
  console.log(`## Secondary: simulated threads (unrelated real tweets, simulated times), ${part === 'tune' ? 'tuning' : 'held-out'} set\n`);
  console.log(
    formatEvaluation(
      `Simulated ${part === 'tune' ? 'tuning' : 'held-out'} set (${part === 'tune' ? sets.tuning.length : sets.heldOut.length} threads)`,
      evaluation,
    ),
  );
}

mkdirSync(dirname(jsonPath), { recursive: true });
writeFileSync(
  jsonPath,
  `${JSON.stringify({ part, split: REAL_SPLIT, levels: LEVELS, real: results, ...(modelDir === undefined ? {} : { withModel: { model: modelName, real: withModel } }), fixtures: fixtureReports, simulated }, null, 1)}\n`,
);
console.log(`(JSON: ${jsonPath}; ${Math.round((performance.now() - started) / 1000)} s)`);
