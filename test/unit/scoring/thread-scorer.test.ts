import { describe, expect, it } from 'vitest';
import { DEFAULT_SCORING_SETTINGS } from '../../../src/scoring/scoring-settings.ts';
import { createThreadScorer } from '../../../src/scoring/thread-scorer.ts';
import type { Thread } from '../../../src/shared/thread.ts';

const SPAM = 'Get the real story the media will not tell you about this, link in my profile now';
const NOW = Date.parse('2024-06-01T00:00:00Z');
const thread = (n: number): Thread => ({
  site: 'x',
  posts: [
    { id: `root${n}`, author: { handle: `host${n}` }, text: `Root post number ${n}, about a topic of its own` },
    { id: `a${n}`, author: { handle: `reader${n}` }, text: `I read this one ${n} times and I still do not get it`, replyTo: `root${n}` },
    { id: `s${n}`, author: { handle: `spammer${n}` }, text: SPAM, replyTo: `root${n}` },
  ],
});

describe('thread scorer with a cross-thread memory', () => {
  it('makes a one-copy-per-thread campaign Elevated from the 5th thread, with cross-thread-copies as the reason', () => {
    const scorer = createThreadScorer({ scoring: DEFAULT_SCORING_SETTINGS, allowlist: [] }, { memory: true });
    const reports = Array.from({ length: 7 }, (_, n) => scorer.score(thread(n), NOW + n * 60_000));
    expect(reports.slice(0, 2).map((r) => r.thread.level)).toEqual(['none', 'none']);
    for (const r of reports.slice(4)) {
      expect(r.thread.level).toBe('elevated');
      expect(r.signals[0]?.id).toBe('cross-thread-copies');
    }
  });

  it('without a memory lists no cross-thread-copies and remembers nothing', () => {
    const scorer = createThreadScorer({ scoring: DEFAULT_SCORING_SETTINGS, allowlist: [] });
    const reports = Array.from({ length: 6 }, (_, n) => scorer.score(thread(n), NOW));
    expect(scorer.memory).toBeUndefined();
    expect(reports.every((r) => r.thread.level === 'none' && !r.signals.some((s) => s.id === 'cross-thread-copies'))).toBe(true);
  });
});
