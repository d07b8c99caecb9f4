// Runs `threadlens report` (both formats, in process) on every Thread JSON of
// ../shared/data/real-threads and the test fixtures, and checks each report: JSON valid against
// docs/evidence.schema.json, HTML with the level, every fired reason and its posts, nothing that
// loads or runs, and the right hash. Prints one line per failure and a summary.
//   npx tsx tools/evidence/run-report-all.ts [DIR...]
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { main } from '../../src/cli/main.ts';
import type { Evidence } from '../../src/evidence/evidence.ts';
import { evidenceValidator } from './evidence-schema.ts';
import { reportProblems } from './evidence-checks.ts';

async function cli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { stdout: (t) => void (out += t), stderr: (t) => void (err += t), stdin: Readable.from(['']) });
  return { code, out, err };
}

const dirs = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['../shared/data/real-threads', 'test/fixtures/threads'];
const files = dirs.flatMap((d) =>
  readdirSync(resolve(d))
    .filter((f) => f.endsWith('.json') && f !== 'manifest.json')
    .sort()
    .map((f) => join(resolve(d), f)),
);
const validate = evidenceValidator();
const levels: Record<string, number> = {};
let failed = 0;
let bytes = 0;
let maxBytes = 0;
let slowest = 0;
const started = performance.now();
for (const file of files) {
  const t = performance.now();
  const json = await cli(['report', '--format', 'json', file]);
  const html = await cli(['report', file]);
  const ms = performance.now() - t;
  slowest = Math.max(slowest, ms);
  const problems: string[] = [];
  if (json.code !== 0 || html.code !== 0) problems.push(`exit ${json.code}/${html.code}: ${json.err.trim()} ${html.err.trim()}`);
  else {
    const evidence = JSON.parse(json.out) as Evidence;
    if (!validate(evidence)) problems.push(`schema: ${JSON.stringify(validate.errors?.[0])}`);
    problems.push(...(await reportProblems(evidence, html.out)));
    levels[evidence.report.thread.level] = (levels[evidence.report.thread.level] ?? 0) + 1;
    bytes += html.out.length;
    maxBytes = Math.max(maxBytes, Buffer.byteLength(html.out));
  }
  if (problems.length > 0) {
    failed++;
    console.log(`FAIL ${file} (${statSync(file).size} bytes): ${problems.join('; ')}`);
  }
}
console.log(
  JSON.stringify({
    threads: files.length,
    failed,
    levels,
    htmlMeanKB: Math.round(bytes / Math.max(1, files.length) / 1024),
    htmlMaxKB: Math.round(maxBytes / 1024),
    slowestMsBothFormats: Math.round(slowest),
    totalS: Math.round((performance.now() - started) / 1000),
  }),
);
process.exitCode = failed > 0 ? 1 : 0;
