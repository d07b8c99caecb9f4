import { describe, expect, it } from 'vitest';
import type { PostScores } from '../../../src/shared/report.ts';
import { inauthenticStyle } from '../../../src/signals/inauthentic-style.ts';
import { context, makeThread, organicReplies } from './thread-builder.ts';

const scores = (over: Partial<PostScores>): PostScores => ({ inauthentic: 0, toxic: 0, machine_generated: 0, propaganda: 0, ...over });

describe('inauthentic-style', () => {
  const replies = organicReplies(20);
  const thread = makeThread(replies);

  it('grows with the share flagged, and uses the threshold per label', () => {
    const few = new Map(replies.map((p, i) => [p.id, scores({ inauthentic: i < 3 ? 0.9 : 0 })]));
    const more = new Map(replies.map((p, i) => [p.id, scores({ inauthentic: i < 5 ? 0.9 : 0 })]));
    expect(inauthenticStyle(thread, context({ postScores: more })).score).toBeGreaterThan(inauthenticStyle(thread, context({ postScores: few })).score);
    const strict = context({ postScores: more, modelThresholds: { ...context().modelThresholds, inauthentic: 0.95 } });
    expect(inauthenticStyle(thread, strict).score).toBe(0);
  });
});
