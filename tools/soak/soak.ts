// npm run soak [-- --minutes N] [--baseline-minutes M] [--build DIR] [--json]: see run-soak.ts. The
// default is a 10-minute session (and as long without the extension) with dist/chrome-test; npm test
// runs 2 minutes (1 without).
import path from 'node:path';
import { parseArgs } from 'node:util';
import { describeSoak, soak } from './run-soak.ts';

const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '10' },
    'baseline-minutes': { type: 'string' },
    build: { type: 'string', default: 'dist/chrome-test' },
    json: { type: 'boolean', default: false },
  },
});
const minutes = Number(values.minutes);
const baselineMinutes = values['baseline-minutes'] === undefined ? minutes : Number(values['baseline-minutes']);
if (!(minutes > 0) || !(baselineMinutes >= 0)) {
  console.error('usage: npm run soak -- [--minutes N] [--baseline-minutes M] [--build DIR] [--json]');
  process.exit(2);
}
const figures = await soak(path.resolve(values.build), minutes, baselineMinutes, (line) => console.error(line));
if (values.json) console.log(JSON.stringify(figures, null, 2));
else for (const line of describeSoak(figures)) console.log(line);
process.exitCode = figures.failures.length === 0 ? 0 : 1;
