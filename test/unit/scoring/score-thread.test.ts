import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PostScores } from '../../../src/shared/report.ts';
import { SIGNAL_IDS, SIGNALS } from '../../../src/signals/registry.ts';
import { replyBurstSignal } from '../../../src/signals/reply-burst.ts';
import type { Thread } from '../../../src/shared/thread.ts';
import { evidenceOf } from '../../../src/scoring/combine-signals.ts';
import type { ScoreOptions } from '../../../src/scoring/score-thread.ts';
import { scoreThread } from '../../../src/scoring/score-thread.ts';
import { DEFAULT_SCORING_SETTINGS } from '../../../src/scoring/scoring-settings.ts';
import { NOW, at, makeThread, organicReplies, reply } from '../signals/thread-builder.ts';

const fixture = (name: string): Thread => JSON.parse(readFileSync(`test/fixtures/threads/${name}.json`, 'utf8')) as Thread;
const options = (over: Partial<ScoreOptions> = {}): ScoreOptions => ({ scoring: DEFAULT_SCORING_SETTINGS, allowlist: [], now: NOW, ...over });
const RULE_SIGNALS = ['duplicate-replies', 'reply-burst', 'bot-like-accounts', 'link-flooding', 'platform-labels', 'talking-points', 'machine-generated'];

describe('scoreThread', () => {
  it('rates a coordinated reply campaign high, with duplicate-replies among the reasons', () => {
    const report = scoreThread(fixture('coordinated-replies'), options({ now: Date.parse('2024-03-13T00:00:00Z') }));
    expect(report.thread.level).toBe('high');
    expect(report.signals[0]?.id).toBe('duplicate-replies');
    expect(report.signals.filter((s) => s.score > 0).map((s) => s.id)).toEqual(
      expect.arrayContaining(['duplicate-replies', 'reply-burst', 'bot-like-accounts']),
    );
  });

  it('rates an ordinary thread none, though it has repeated "congrats!" and a self-reply', () => {
    const report = scoreThread(fixture('ordinary-replies'), options());
    expect(report.thread).toEqual({ score: 0, level: 'none' });
  });

  it('follows the contract without a classifier: every rule signal listed, no posts, model null', () => {
    const report = scoreThread(fixture('ordinary-replies'), options());
    expect(report.signals.map((s) => s.id).sort()).toEqual([...RULE_SIGNALS].sort());
    expect(report).not.toHaveProperty('posts');
    expect(report.model).toBeNull();
    expect(report.notes).toContain(
      'No classifier ran: inauthentic-style, toxic-language, propaganda-language and the model half of machine-generated were not computed.',
    );
    for (const s of report.signals) {
      expect(s.score).toBeGreaterThanOrEqual(0);
      expect(s.score).toBeLessThanOrEqual(1);
      expect(s.summary).toMatch(/^[A-Z0-9].*\.$/);
    }
  });

  it('lists signals strongest first', () => {
    const report = scoreThread(fixture('coordinated-replies'), options({ now: Date.parse('2024-03-13T00:00:00Z') }));
    const evidence = report.signals.map((s) => evidenceOf(s, DEFAULT_SCORING_SETTINGS));
    expect(evidence).toEqual([...evidence].sort((a, b) => b - a));
  });

  it('turns post scores into the classifier signals and lists the posts', () => {
    const thread = makeThread(organicReplies(10));
    const postScores = new Map<string, PostScores>();
    thread.posts.forEach((p, i) => {
      const high = i % 3 === 1;
      postScores.set(p.id, { inauthentic: high ? 0.9 : 0.1, toxic: 0.05, machine_generated: high ? 0.8 : 0.2, propaganda: 0.1 });
    });
    const report = scoreThread(thread, options({ postScores, model: { id: 'threadlens-mini', version: '1' } }));
    // every signal but cross-thread-copies, which is listed only with a cross-thread memory
    expect(report.signals.map((s) => s.id).sort()).toEqual(SIGNAL_IDS.filter((id) => id !== 'cross-thread-copies').sort());
    expect(report.model).toEqual({ id: 'threadlens-mini', version: '1' });
    expect(report.posts?.map((p) => p.id)).toEqual(thread.posts.map((p) => p.id));
    const inauthentic = report.signals.find((s) => s.id === 'inauthentic-style');
    expect(inauthentic?.score).toBeGreaterThan(0.5);
    expect(inauthentic?.summary).toBe('4 of 10 replies read like influence-operation or spam posts, by the on-device model.');
    expect(report.signals.find((s) => s.id === 'toxic-language')?.score).toBe(0);
    expect(report.signals.find((s) => s.id === 'machine-generated')?.score).toBeGreaterThan(0);
  });

  it('uses the thresholds it is given for the classifier labels', () => {
    const thread = makeThread(organicReplies(6));
    const postScores = new Map(thread.posts.map((p) => [p.id, { inauthentic: 0.4, toxic: 0, machine_generated: 0, propaganda: 0 }]));
    const at05 = scoreThread(thread, options({ postScores }));
    const at03 = scoreThread(thread, options({ postScores, modelThresholds: { inauthentic: 0.3 } }));
    expect(at05.signals.find((s) => s.id === 'inauthentic-style')?.score).toBe(0);
    expect(at03.signals.find((s) => s.id === 'inauthentic-style')?.score).toBeGreaterThan(0);
  });

  it('leaves out signals turned off in settings and says so', () => {
    const scoring = { ...DEFAULT_SCORING_SETTINGS, signals: { ...DEFAULT_SCORING_SETTINGS.signals, 'duplicate-replies': { enabled: false, weight: 0.9 } } };
    const report = scoreThread(fixture('coordinated-replies'), options({ scoring }));
    expect(report.signals.map((s) => s.id)).not.toContain('duplicate-replies');
    expect(report.notes).toContain('Turned off in settings: duplicate-replies.');
  });

  it('reports a signal that throws as not computed, and still scores the others', () => {
    const broken = {
      ...replyBurstSignal,
      detect: () => {
        throw new Error('index out of range');
      },
    };
    const signals = SIGNALS.map((s) => (s.id === 'reply-burst' ? broken : s));
    const thread = fixture('coordinated-replies');
    const report = scoreThread(thread, options(), signals);
    const burst = report.signals.find((s) => s.id === 'reply-burst');
    expect(burst).toMatchObject({ score: 0, posts: [], notComputed: 'the detector failed (index out of range)' });
    expect(report.notes).toContain('reply-burst not computed: the detector failed (index out of range).');
    const healthy = scoreThread(thread, options());
    expect(report.signals.find((s) => s.id === 'duplicate-replies')).toEqual(healthy.signals.find((s) => s.id === 'duplicate-replies'));
    expect(report.thread.level).not.toBe('none');
  });

  it('leaves allow-listed accounts out of every signal', () => {
    const thread = fixture('coordinated-replies');
    const campaign = thread.posts.filter((p) => p.author.displayName === 'Concerned Citizen').map((p) => p.author.handle);
    const report = scoreThread(thread, options({ allowlist: campaign.map((h) => `@${h.toUpperCase()}`) }));
    expect(report.thread.level).toBe('none');
    expect(report.notes).toContain(`${campaign.length} replies from allow-listed accounts were left out.`);
  });

  describe('bad input', () => {
    it('scores a thread without posts as none, every signal not computed', () => {
      const report = scoreThread({ site: 'x', posts: [] }, options());
      expect(report.thread).toEqual({ score: 0, level: 'none' });
      expect(report.signals.every((s) => s.notComputed !== undefined && s.score === 0)).toBe(true);
      expect(report.notes?.[0]).toBe('The thread has no posts: nothing could be computed.');
    });

    it('counts repeated ids once and says so', () => {
      const thread = fixture('coordinated-replies');
      const doubled: Thread = { ...thread, posts: [...thread.posts, ...thread.posts] };
      const report = scoreThread(doubled, options({ now: Date.parse('2024-03-13T00:00:00Z') }));
      expect(report.thread).toEqual(scoreThread(thread, options({ now: Date.parse('2024-03-13T00:00:00Z') })).thread);
      expect(report.notes).toContain(`${thread.posts.length} posts repeated an id already in the thread and were counted once.`);
    });

    it('scores a root without replies', () => {
      const report = scoreThread(makeThread([]), options());
      expect(report.thread.level).toBe('none');
      expect(report.signals).toHaveLength(RULE_SIGNALS.length);
    });

    it('finishes on 20,000 posts and on 100,000-character texts', () => {
      const long = 'word '.repeat(20_000);
      const posts = [...organicReplies(20_000, 3), ...[0, 1, 2].map((i) => reply(`long${i}`, `l${i}`, long, { createdAt: at(i) }))];
      const report = scoreThread(makeThread(posts), options());
      expect(report.signals).toHaveLength(RULE_SIGNALS.length);
      expect(report.thread.score).toBeGreaterThanOrEqual(0);
    });
  });
});
