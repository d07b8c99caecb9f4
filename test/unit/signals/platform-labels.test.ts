import { describe, expect, it } from 'vitest';
import { platformLabels } from '../../../src/signals/platform-labels.ts';
import { context, makeThread, organicReplies, reply } from './thread-builder.ts';

describe('platform-labels', () => {
  it('weighs a community note on the root most', () => {
    const report = platformLabels(makeThread(organicReplies(5), { platformLabels: ['community-note'] }), context());
    expect(report).toEqual({ id: 'platform-labels', score: 1, summary: 'The platform put a community note on the original post.', posts: ['root'] });
  });

  it('weighs a sensitive-media warning little, however many replies carry it', () => {
    const replies = Array.from({ length: 30 }, (_, i) => reply(`s${i}`, `s${i}`, 'photo', { platformLabels: ['sensitive-content'] }));
    const report = platformLabels(makeThread(replies), context());
    expect(report.score).toBeLessThanOrEqual(0.2);
    expect(report.summary).toBe('The platform labelled 30 replies (sensitive-content warning).');
  });

  it('ranks a note on the root above the same note on a reply, and a note above sensitive media', () => {
    const onRoot = platformLabels(makeThread([], { platformLabels: ['community-note'] }), context()).score;
    const onReply = platformLabels(makeThread([reply('r', 'r', 'x', { platformLabels: ['community-note'] })]), context()).score;
    const sensitive = platformLabels(makeThread([], { platformLabels: ['sensitive-content'] }), context()).score;
    expect(onRoot).toBeGreaterThan(onReply);
    expect(onReply).toBeGreaterThan(sensitive);
  });

  it('combines kinds of labels and names them on the root and on replies', () => {
    const replies = [reply('a', 'a', 'x', { platformLabels: ['automated'] }), reply('b', 'b', 'y', { platformLabels: ['automated', 'AUTOMATED'] })];
    const report = platformLabels(makeThread(replies, { platformLabels: ['misleading', 'state-affiliated'] }), context());
    expect(report.summary).toBe(
      'The platform put a "misleading" label and a state-affiliated media label on the original post, and labelled 2 replies ("automated account" label).',
    );
    expect(report.score).toBeGreaterThan(0.9);
    expect(report.posts).toEqual(['root', 'a', 'b']);
  });

  it('gives labels it does not know a small weight', () => {
    const report = platformLabels(makeThread([], { platformLabels: ['spam-warning'] }), context());
    expect(report.score).toBeGreaterThan(0);
    expect(report.score).toBeLessThan(0.2);
  });

  it('finds nothing without labels, and ignores blank ones', () => {
    expect(platformLabels(makeThread(organicReplies(5)), context()).score).toBe(0);
    expect(platformLabels(makeThread([], { platformLabels: ['', '  '] }), context()).score).toBe(0);
    expect(platformLabels({ site: 'x', posts: [] }, context()).notComputed).toBe('the thread has no posts');
  });
});
