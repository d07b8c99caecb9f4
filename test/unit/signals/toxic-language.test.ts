import { describe, expect, it } from 'vitest';
import type { PostScores } from '../../../src/shared/report.ts';
import { toxicLanguage } from '../../../src/signals/toxic-language.ts';
import { context, makeThread, organicReplies } from './thread-builder.ts';

const scores = (over: Partial<PostScores>): PostScores => ({ inauthentic: 0, toxic: 0, machine_generated: 0, propaganda: 0, ...over });

describe('toxic-language', () => {
  const replies = organicReplies(20);
  const thread = makeThread(replies);

  it('is not computed without a classifier, or when it scored no reply', () => {
    expect(toxicLanguage(thread, context()).notComputed).toBe('no classifier ran');
    const onlyRoot = new Map([['root', scores({ toxic: 1 })]]);
    expect(toxicLanguage(thread, context({ postScores: onlyRoot })).notComputed).toBe('the classifier scored no reply');
  });

  it('counts only the replies that were scored', () => {
    const half = new Map(replies.slice(0, 10).map((p, i) => [p.id, scores({ toxic: i < 3 ? 0.7 : 0.1 })]));
    expect(toxicLanguage(thread, context({ postScores: half })).summary).toBe('3 of 10 replies are abusive or hateful, by the on-device model.');
  });
});
