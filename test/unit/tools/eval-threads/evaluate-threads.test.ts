// The evaluation's own machinery: if it miscounted, docs/scoring.md would report wrong figures.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateThread } from '../../../../src/shared/validate-thread.ts';
import type { EvalThread } from '../../../../tools/eval-threads/build-threads.ts';
import { buildCoordinatedThread, buildOrdinaryThread, threadNow } from '../../../../tools/eval-threads/build-threads.ts';
import { findIraCampaigns, splitCampaigns } from '../../../../tools/eval-threads/ira-campaigns.ts';
import { evaluateThreads } from '../../../../tools/eval-threads/evaluate-threads.ts';
import { seededRandom } from '../../../../tools/eval-threads/seeded-random.ts';
import { DEFAULT_SCORING_SETTINGS } from '../../../../src/scoring/scoring-settings.ts';

describe('IRA campaigns', () => {
  const dir = mkdtempSync(join(tmpdir(), 'threadlens-ira-'));
  const csv = join(dir, 'ira.csv');
  const row = (author: string, date: string, content: string): string => `${author},RightTroll,${date},10,"${content.replace(/"/g, '""')}"`;
  writeFileSync(
    csv,
    [
      'author,account_category,publish_date,followers,content',
      row('a1', '2016-01-01 10:00:00', 'BREAKING: the senate passed it https://t.co/1'),
      row('a2', '2016-01-01 10:05:00', 'breaking the senate passed it!! https://t.co/2'),
      row('a3', '2016-01-01 10:14:00', '@x Breaking: the Senate passed it'),
      row('a4', '2016-01-01 11:00:00', 'Breaking: the Senate passed it'), // outside the 15 minutes
      row('b1', '2017-07-01 09:00:00', 'Same words, "quoted", by three'),
      row('b2', '2017-07-01 09:01:00', 'same words quoted by three'),
      row('a1', '2017-07-01 09:02:00', 'same words quoted by three'),
      row('c1', '2017-08-01 09:00:00', 'only two accounts here'),
      row('c2', '2017-08-01 09:00:00', 'only two accounts here'),
    ].join('\n'),
  );

  it('finds texts posted by 3+ accounts within 15 minutes, once normalised', async () => {
    const campaigns = await findIraCampaigns(csv);
    expect(campaigns.map((c) => [c.key, [...c.authors].sort()])).toEqual([
      ['breaking the senate passed it', ['a1', 'a2', 'a3']],
      ['same words quoted by three', ['a1', 'b1', 'b2']],
    ]);
  });

  it('holds out later campaigns only when none of their accounts tuned', async () => {
    const split = splitCampaigns(await findIraCampaigns(csv), Date.parse('2017-06-01T00:00:00Z'));
    expect(split.tuning).toHaveLength(1);
    expect(split.heldOut).toHaveLength(0);
    expect(split.dropped).toBe(1);
  });
});

describe('evaluation threads', () => {
  const words = 'sun rain game coffee train city music movie dog cat work school lunch party book phone beach road news team'.split(' ');
  const rng = seededRandom(9);
  const pools = {
    texts: Array.from({ length: 500 }, () => Array.from({ length: rng.int(5, 14) }, () => rng.pick(words)).join(' ')),
    longTexts: ['a quote that people like to copy from each other'],
    accounts: Array.from({ length: 200 }, (_, i) => ({ handle: `genuine${i}`, followers: 100 + i })),
  };

  it('builds ordinary threads that follow the schema, with the asked number of replies in time order', () => {
    const rng = seededRandom(1);
    for (const replies of [14, 120, 299]) {
      const thread = buildOrdinaryThread(rng, pools, replies, Date.parse('2016-01-01T00:00:00Z'));
      expect(validateThread(thread).ok).toBe(true);
      expect(thread.posts).toHaveLength(replies + 1);
      const times = thread.posts.slice(1).map((p) => p.createdAt ?? '');
      expect(times).toEqual([...times].sort());
      expect(thread.posts.every((p) => p.createdAt !== undefined && Date.parse(p.createdAt) >= Date.parse('2016-01-01T00:00:00Z'))).toBe(true);
    }
  });

  it('puts a whole campaign, with its real accounts and minutes, into a coordinated thread', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'threadlens-ira2-'));
    const csv = join(dir, 'ira.csv');
    writeFileSync(
      csv,
      [
        'author,account_category,publish_date,followers,content',
        ...['x', 'y', 'z'].map((a, i) => `${a},LeftTroll,2016-05-01 12:0${i}:00,5,the same long message from all three`),
      ].join('\n'),
    );
    const [campaign] = await findIraCampaigns(csv);
    if (!campaign) throw new Error('no campaign');
    const thread = buildCoordinatedThread(seededRandom(2), pools, campaign, 20);
    const posts = thread.posts.filter((p) => p.id.startsWith('ira-'));
    expect(posts.map((p) => p.author)).toEqual([
      { handle: 'x', followers: 5 },
      { handle: 'y', followers: 5 },
      { handle: 'z', followers: 5 },
    ]);
    expect(posts.every((p, i) => (p.createdAt ?? '').startsWith(`2016-05-01T12:0${i}:`))).toBe(true);
    expect(Date.parse(thread.posts[0]?.createdAt ?? '')).toBeLessThan(campaign.start);
    expect(threadNow(thread)).toBeGreaterThan(Date.parse(posts[2]?.createdAt ?? ''));
  });

  it('counts a thread as meeting the goal only as the brief defines it', () => {
    const options = { scoring: DEFAULT_SCORING_SETTINGS, allowlist: [] };
    const quiet = buildOrdinaryThread(seededRandom(3), pools, 20, Date.parse('2016-01-01T00:00:00Z'));
    const asOrdinary: EvalThread = { kind: 'ordinary', source: 'test', thread: quiet, now: threadNow(quiet) };
    const asCoordinated: EvalThread = { ...asOrdinary, kind: 'coordinated', campaignAccounts: 3, campaignWords: 8 };
    const result = evaluateThreads([asOrdinary, asCoordinated], options);
    expect(result.ordinary).toMatchObject({ threads: 1, passed: 1 });
    expect(result.coordinated).toMatchObject({ threads: 1, passed: 0 });
    expect(result.misses).toHaveLength(1);
    expect(result.groups['coordinated: 3 accounts']?.threads).toBe(1);
  });
});
