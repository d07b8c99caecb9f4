// How fast scoreThread is on 100, 1,000 and 20,000 replies, and the memory 20,000 take.
// Run from the repo root: npx tsx tools/bench/run-measure-scoring.ts [runs]
import { cpus } from 'node:os';
import { measureScoring } from './measure-scoring.ts';

const runs = Number(process.argv[2] ?? 5);
console.log(
  JSON.stringify({ machine: `${cpus()[0]?.model ?? 'unknown cpu'}, ${cpus().length} cores, node ${process.version}`, runs, ...measureScoring(runs) }, null, 2),
);
