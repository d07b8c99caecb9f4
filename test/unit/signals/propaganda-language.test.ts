import { describe, expect, it } from 'vitest';
import type { PostScores } from '../../../src/shared/report.ts';
import { propagandaLanguage } from '../../../src/signals/propaganda-language.ts';
import { context, makeThread, organicReplies } from './thread-builder.ts';

const scores = (over: Partial<PostScores>): PostScores => ({ inauthentic: 0, toxic: 0, machine_generated: 0, propaganda: 0, ...over });

describe('propaganda-language', () => {
  const replies = organicReplies(20);
  const thread = makeThread(replies);

  it('scores the share of flagged replies times how sure the model is', () => {
    const postScores = new Map(replies.map((p, i) => [p.id, scores({ propaganda: i < 6 ? 0.8 : 0.2 })]));
    const report = propagandaLanguage(thread, context({ postScores }));
    expect(report.score).toBeCloseTo(0.8, 3);
    expect(report.summary).toBe('6 of 20 replies use propaganda techniques, by the on-device model.');
    expect(report.posts).toEqual(replies.slice(0, 6).map((p) => p.id));
  });
});
