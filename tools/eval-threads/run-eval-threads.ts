// Evaluation of the thread scorer on threads built from real data (see tools/eval-threads and
// docs/scoring.md). Run from the repo root: npx tsx tools/eval-threads/run-eval-threads.ts [--json] [--misses N]
// Needs ../shared/data (and ../shared/fixtures for the two real threads). Takes about a minute:
// most of it is reading the 134 MB IRA file.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { traitRates } from './account-calibration.ts';
import { loadCresciAccounts } from './cresci-accounts.ts';
import { buildEvalSets } from './eval-sets.ts';
import { evaluateThreads, formatEvaluation } from './evaluate-threads.ts';
import { DEFAULT_SCORING_SETTINGS } from '../../src/scoring/scoring-settings.ts';

const args = process.argv.slice(2);
const dataDir = resolve('../shared/data');
const fixturesDir = resolve('../shared/fixtures');
if (!existsSync(dataDir)) {
  console.error(`eval-threads: ${dataDir} not found; it holds the data the evaluation reads.`);
  process.exit(2);
}
const missesArg = args.indexOf('--misses');
const misses = missesArg === -1 ? 0 : Number(args[missesArg + 1] ?? 10);

const started = performance.now();
const sets = await buildEvalSets({ dataDir, fixturesDir: existsSync(fixturesDir) ? fixturesDir : undefined, seed: 20261123, ordinaryPerSet: 300, coordinatedPerSet: 300 });
const options = { scoring: DEFAULT_SCORING_SETTINGS, allowlist: [] };
const tuning = evaluateThreads(sets.tuning, options);
const heldOut = evaluateThreads(sets.heldOut, options);
const cresci = await loadCresciAccounts(dataDir);
// crawl dates of the two Cresci collections (2015 genuine, 2014 spambots): account ages as then
const calibration = {
  genuine: traitRates(cresci.genuine, Date.parse('2015-05-01T00:00:00Z')),
  spambots: traitRates(cresci.spambots, Date.parse('2014-05-01T00:00:00Z')),
};

if (args.includes('--json')) {
  console.log(JSON.stringify({ split: sets.split, tuning, heldOut, calibration }, null, 2));
} else {
  console.log(`Split: ${sets.split.tuningCampaigns} tuning campaigns (before 2017-06-01), ${sets.split.heldOutCampaigns} held-out campaigns (${sets.split.droppedForSharedAuthors} later ones dropped for sharing an account with tuning).\n`);
  console.log(formatEvaluation(`Tuning set (${sets.tuning.length} threads)`, tuning));
  console.log(formatEvaluation(`Held-out set (${sets.heldOut.length} threads)`, heldOut));
  console.log('### Account traits on Cresci 2017 profiles\n');
  console.log('| trait | genuine | social spambots |\n| --- | ---: | ---: |');
  for (const trait of Object.keys(calibration.genuine.traits) as (keyof typeof calibration.genuine.traits)[]) {
    console.log(`| ${trait} | ${(100 * calibration.genuine.traits[trait]).toFixed(1)}% | ${(100 * calibration.spambots.traits[trait]).toFixed(1)}% |`);
  }
  console.log(`| odd-looking (two traits or more) | ${(100 * calibration.genuine.odd).toFixed(1)}% | ${(100 * calibration.spambots.odd).toFixed(1)}% |`);
  for (const [name, e] of [['tuning', tuning], ['held-out', heldOut]] as const) {
    for (const m of e.misses.slice(0, misses)) console.log(`\nmiss (${name}) ${m.kind} ${m.source} ${m.posts} posts: ${m.level} ${m.score}\n  ${m.reasons.join('\n  ')}`);
  }
  console.log(`\n(${Math.round((performance.now() - started) / 1000)} s)`);
}
