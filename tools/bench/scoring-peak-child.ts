// Run as its own process by measureScoringPeak: builds the 20,000-reply thread, optionally scores
// it, and prints the process's peak resident memory in MB.
import { scoreThread } from '../../src/scoring/score-thread.ts';
import { DEFAULT_SCORING_SETTINGS } from '../../src/scoring/scoring-settings.ts';
import { benchThread } from './bench-thread.ts';

const thread = benchThread(20_000, 2);
if (process.argv.includes('--score')) scoreThread(thread, { scoring: DEFAULT_SCORING_SETTINGS, allowlist: [], now: Date.parse('2025-03-10T00:00:00Z') });
process.stdout.write(`${JSON.stringify({ peakMb: process.resourceUsage().maxRSS / 1024, posts: thread.posts.length })}\n`);
