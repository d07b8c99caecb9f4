// How long the cross-thread memory takes per thread (lookup and remember, memory full).
// Run from the repo root: npx tsx tools/bench/run-measure-memory.ts [threads]
import { cpus } from 'node:os';
import { measureMemory } from './measure-memory.ts';

const threads = Number(process.argv[2] ?? 200);
console.log(
  JSON.stringify(
    { machine: `${cpus()[0]?.model ?? 'unknown cpu'}, ${cpus().length} cores, node ${process.version}`, threads, ...measureMemory(threads) },
    null,
    2,
  ),
);
