// Peak memory of scoring 20,000 replies, measured in fresh processes: the peak resident memory of
// one that builds the thread and scores it, and of one that only builds it (the difference is
// what scoring adds).
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CHILD = fileURLToPath(new URL('./scoring-peak-child.ts', import.meta.url));

function peak(score: boolean): number {
  const out = execFileSync(process.execPath, ['--import', 'tsx', CHILD, ...(score ? ['--score'] : [])], { encoding: 'utf8', timeout: 120_000 });
  const parsed = JSON.parse(out) as { peakMb: number };
  return parsed.peakMb;
}

export function measureScoringPeak(runs: number): { withScoring: number[]; buildOnly: number[] } {
  const withScoring: number[] = [];
  const buildOnly: number[] = [];
  for (let i = 0; i < runs; i++) {
    withScoring.push(peak(true));
    buildOnly.push(peak(false));
  }
  return { withScoring, buildOnly };
}
