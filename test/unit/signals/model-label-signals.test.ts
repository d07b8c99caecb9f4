import { describe, expect, it } from 'vitest';
import type { PostScores } from '../../../src/shared/report.ts';
import { inauthenticStyle } from '../../../src/signals/inauthentic-style.ts';
import { propagandaLanguage } from '../../../src/signals/propaganda-language.ts';
import { toxicLanguage } from '../../../src/signals/toxic-language.ts';
import { context, makeThread, organicReplies } from './thread-builder.ts';

const scores = (over: Partial<PostScores>): PostScores => ({ inauthentic: 0, toxic: 0, machine_generated: 0, propaganda: 0, ...over });

describe('classifier signals', () => {
  const replies = organicReplies(20);
  const thread = makeThread(replies);

  it('are not computed without a classifier, or when it scored no reply', () => {
    expect(toxicLanguage(thread, context()).notComputed).toBe('no classifier ran');
    const onlyRoot = new Map([['root', scores({ toxic: 1 })]]);
    expect(toxicLanguage(thread, context({ postScores: onlyRoot })).notComputed).toBe('the classifier scored no reply');
  });

  it('score the share of flagged replies times how sure the model is', () => {
    const postScores = new Map(replies.map((p, i) => [p.id, scores({ propaganda: i < 6 ? 0.8 : 0.2 })]));
    const report = propagandaLanguage(thread, context({ postScores }));
    expect(report.score).toBeCloseTo(0.8, 3);
    expect(report.summary).toBe('6 of 20 replies use propaganda techniques, by the on-device model.');
    expect(report.posts).toEqual(replies.slice(0, 6).map((p) => p.id));
  });

  it('grow with the share flagged, and use the threshold per label', () => {
    const few = new Map(replies.map((p, i) => [p.id, scores({ inauthentic: i < 3 ? 0.9 : 0 })]));
    const more = new Map(replies.map((p, i) => [p.id, scores({ inauthentic: i < 5 ? 0.9 : 0 })]));
    expect(inauthenticStyle(thread, context({ postScores: more })).score).toBeGreaterThan(inauthenticStyle(thread, context({ postScores: few })).score);
    const strict = context({ postScores: more, modelThresholds: { ...context().modelThresholds, inauthentic: 0.95 } });
    expect(inauthenticStyle(thread, strict).score).toBe(0);
  });

  it('count only the replies that were scored', () => {
    const half = new Map(replies.slice(0, 10).map((p, i) => [p.id, scores({ toxic: i < 3 ? 0.7 : 0.1 })]));
    expect(toxicLanguage(thread, context({ postScores: half })).summary).toBe('3 of 10 replies are abusive or hateful, by the on-device model.');
  });
});
