import { describe, expect, it } from 'vitest';
import { duplicateReplies } from '../../../src/signals/duplicate-replies.ts';
import { at, context, makeThread, organicReplies, reply } from './thread-builder.ts';

const CAMPAIGN = 'The new budget steals from our schools to pay for the mayor’s friends, vote him out';
// the disguises campaigns use: case, punctuation, emoji, spacing, @-mentions, links, a changed or added word
const VARIANTS = [
  CAMPAIGN,
  CAMPAIGN.toUpperCase(),
  `${CAMPAIGN}!!! 😡😡`,
  `@newsdesk ${CAMPAIGN}`,
  `${CAMPAIGN} https://t.co/abc123`,
  CAMPAIGN.replace(/ /g, '   '),
  CAMPAIGN.replace('friends', 'buddies'),
  CAMPAIGN.replace('vote him out', 'vote him out now'),
  CAMPAIGN.replace(/,/g, ';').replace('’', "'"),
];

describe('duplicate-replies', () => {
  it('finds 9 accounts posting nearly the same reply within minutes, through every disguise', () => {
    const campaign = VARIANTS.map((text, i) => reply(`c${i}`, `acct${i}`, text, { createdAt: at(30 + i * 0.5) }));
    const report = duplicateReplies(makeThread([...organicReplies(40), ...campaign]), context());
    expect(report.score).toBeGreaterThan(0.8);
    expect(new Set(report.posts)).toEqual(new Set(campaign.map((p) => p.id)));
    expect(report.summary).toMatch(/^9 accounts posted nearly the same reply within 4 minutes/);
    expect(report.notComputed).toBeUndefined();
  });

  it('stays at 0 on a thread of unrelated replies', () => {
    const report = duplicateReplies(makeThread(organicReplies(200)), context());
    expect(report.score).toBe(0);
    expect(report.posts).toEqual([]);
  });

  it('does not count one author repeating himself as a campaign', () => {
    const spam = VARIANTS.map((text, i) => reply(`s${i}`, 'sameperson', text, { createdAt: at(i) }));
    expect(duplicateReplies(makeThread([...organicReplies(20), ...spam]), context()).score).toBe(0);
  });

  it('needs three accounts: two people pasting the same quote is not a campaign', () => {
    const pair = [reply('q1', 'ann', CAMPAIGN, { createdAt: at(5) }), reply('q2', 'bob', CAMPAIGN, { createdAt: at(6) })];
    expect(duplicateReplies(makeThread([...organicReplies(20), ...pair]), context()).score).toBe(0);
  });

  it('gives short generic replies no weight, however many accounts post them', () => {
    const generic = ['congrats!', 'lol', 'this', 'Thank you!!', 'so true', 'happy birthday 🎉', 'same here'];
    const posts = Array.from({ length: 140 }, (_, i) => reply(`g${i}`, `fan${i}`, generic[i % generic.length] ?? '', { createdAt: at(i) }));
    expect(duplicateReplies(makeThread([...organicReplies(60), ...posts]), context()).score).toBe(0);
  });

  it('weighs a four-word phrase well below a full sentence from as many accounts', () => {
    const phrase = Array.from({ length: 8 }, (_, i) => reply(`p${i}`, `p${i}`, 'well said, totally agree', { createdAt: at(10 + i) }));
    const sentence = Array.from({ length: 8 }, (_, i) => reply(`s${i}`, `s${i}`, CAMPAIGN, { createdAt: at(10 + i) }));
    const weak = duplicateReplies(makeThread([...organicReplies(40), ...phrase]), context()).score;
    const strong = duplicateReplies(makeThread([...organicReplies(40), ...sentence]), context()).score;
    expect(weak).toBeLessThan(strong * 0.6);
  });

  it('weighs copies spread over days less than copies within minutes', () => {
    const fast = [0, 1, 2, 3].map((m, i) => reply(`f${i}`, `f${i}`, CAMPAIGN, { createdAt: at(m) }));
    const slow = [0, 1500, 3000, 4500].map((m, i) => reply(`f${i}`, `f${i}`, CAMPAIGN, { createdAt: at(m) }));
    const fastScore = duplicateReplies(makeThread([...organicReplies(40), ...fast]), context()).score;
    const slowScore = duplicateReplies(makeThread([...organicReplies(40), ...slow]), context()).score;
    expect(slowScore).toBeGreaterThan(0);
    expect(slowScore).toBeLessThan(fastScore);
  });

  it('groups copies in scripts without spaces and in Cyrillic', () => {
    const zh = '这个预算把学校的钱拿去给市长的朋友们，大家一定要投票让他下台';
    const ru = 'Этот бюджет отнимает деньги у школ ради друзей мэра, голосуйте против него';
    const posts = [
      ...[zh, `${zh}！！`, zh.replace('一定', ''), `@newsdesk ${zh}`].map((t, i) => reply(`z${i}`, `z${i}`, t, { createdAt: at(i) })),
      ...[ru, ru.toUpperCase(), `${ru}!!!`, ru.replace('против него', 'против него сейчас')].map((t, i) => reply(`r${i}`, `r${i}`, t, { createdAt: at(i) })),
    ];
    const report = duplicateReplies(makeThread([...organicReplies(30), ...posts]), context());
    expect(new Set(report.posts)).toEqual(new Set(posts.map((p) => p.id)));
    expect(report.summary).toMatch(/^8 accounts posted 2 sets of near-identical replies/);
  });

  it('leaves allow-listed accounts out', () => {
    const campaign = [0, 1, 2].map((i) => reply(`c${i}`, i === 0 ? '@Trusted_Org' : `acct${i}`, CAMPAIGN, { createdAt: at(i) }));
    const thread = makeThread([...organicReplies(20), ...campaign]);
    expect(duplicateReplies(thread, context()).score).toBeGreaterThan(0);
    expect(duplicateReplies(thread, context({ allowlist: new Set(['trusted_org']) })).score).toBe(0);
  });

  it('does not take the root for a reply', () => {
    const thread = makeThread([reply('a', 'a', CAMPAIGN), reply('b', 'b', CAMPAIGN)], { text: CAMPAIGN });
    expect(duplicateReplies(thread, context()).score).toBe(0);
  });

  describe('bad input', () => {
    it('says it cannot compute a thread without posts', () => {
      const report = duplicateReplies({ site: 'x', posts: [] }, context());
      expect(report.score).toBe(0);
      expect(report.notComputed).toMatch(/no posts/);
    });

    it('counts a repeated post id once', () => {
      const one = reply('dup', 'a', CAMPAIGN);
      const thread = makeThread([one, { ...one, author: { handle: 'b' } }, { ...one, author: { handle: 'c' } }, ...organicReplies(5)]);
      expect(duplicateReplies(thread, context()).score).toBe(0);
    });

    it('ignores empty and emoji-only texts', () => {
      const empty = Array.from({ length: 10 }, (_, i) => reply(`e${i}`, `e${i}`, i % 2 ? '' : '😂😂😂'));
      expect(duplicateReplies(makeThread(empty), context()).score).toBe(0);
    });

    it('handles 100,000-character texts and still finds their copies', () => {
      const long = `${CAMPAIGN} `.repeat(1200).slice(0, 100_000);
      const posts = [0, 1, 2, 3].map((i) => reply(`l${i}`, `l${i}`, i === 3 ? `${long}x` : long, { createdAt: at(i) }));
      const report = duplicateReplies(makeThread([...organicReplies(10), ...posts]), context());
      expect(report.posts).toHaveLength(4);
      expect(report.summary.length).toBeLessThan(200);
    });

    it('finds a small campaign among 20,000 replies', () => {
      const campaign = Array.from({ length: 10 }, (_, i) => reply(`c${i}`, `acct${i}`, VARIANTS[i % VARIANTS.length] ?? CAMPAIGN, { createdAt: at(100 + i) }));
      const report = duplicateReplies(makeThread([...organicReplies(20_000, 7), ...campaign]), context());
      expect(new Set(report.posts)).toEqual(new Set(campaign.map((p) => p.id)));
      // 10 accounts among 20,000 repliers are a small share: found, but weighed down
      expect(report.score).toBeGreaterThan(0);
    });
  });
});
