import { describe, expect, it } from 'vitest';
import type { Post } from '../../../src/shared/thread.ts';
import { linkFlooding } from '../../../src/signals/link-flooding.ts';
import { normaliseUrl } from '../../../src/signals/normalise-url.ts';
import { DEFAULT_SCORING_SETTINGS } from '../../../src/scoring/scoring-settings.ts';
import { scoreThread } from '../../../src/scoring/score-thread.ts';
import { NOW, at, context, makeThread, organicReplies, reply } from './thread-builder.ts';

// each account says it in its own words, as a link pushed "in many wordings" looks
const WORDINGS = [
  'read this before it is deleted',
  'they do not want you to see this',
  'everyone needs to know about this',
  'the media is hiding it',
  'wow just wow look',
  'share it everywhere please',
  'this explains everything going on',
  'finally someone tells the truth',
];
const wording = (i: number): string => `${WORDINGS[i % WORDINGS.length] ?? ''} ${i >= WORDINGS.length ? i : ''}`.trim();

const many = (n: number, make: (i: number) => Partial<Post> & { text: string }): Post[] =>
  Array.from({ length: n }, (_, i) => {
    const { text, ...extra } = make(i);
    return reply(`k${i}`, `pusher${i}`, text, { createdAt: at(10 + i), ...extra });
  });

describe('normaliseUrl', () => {
  it('drops tracking parameters, fragments, www and trailing slashes', () => {
    expect(normaliseUrl('https://www.Example.com/news/story/?utm_source=tw&utm_medium=social&id=7#top')?.url).toBe('example.com/news/story?id=7');
    expect(normaliseUrl('http://example.com/a?fbclid=xyz')?.url).toBe('example.com/a');
    expect(normaliseUrl('example.com/a')?.url).toBe('example.com/a');
  });

  it('keeps the platform itself out, and shorteners and GIF hosts out of site counts', () => {
    expect(normaliseUrl('https://x.com/someone/status/1')).toBeUndefined();
    expect(normaliseUrl('https://mastodon.social/@a/1')).toBeUndefined();
    expect(normaliseUrl('https://fosstodon.org/@a/1', ['fosstodon.org'])).toBeUndefined();
    expect(normaliseUrl('https://bit.ly/3xYz')).toEqual({ url: 'bit.ly/3xYz', host: 'bit.ly', hostCounts: false });
    expect(normaliseUrl('https://media.tenor.com/abc.gif?hh=280')?.hostCounts).toBe(false);
  });

  it('refuses what is not a web link', () => {
    for (const bad of ['javascript:alert(1)', 'mailto:a@b.c', 'http://', '::::']) expect(normaliseUrl(bad)).toBeUndefined();
  });
});

describe('link-flooding', () => {
  it('finds the same link pushed by many accounts, whatever tracking tags they add', () => {
    const posts = many(8, (i) => ({ text: `${wording(i)} https://truth-daily.example/story/99?utm_campaign=c${i}` }));
    const report = linkFlooding(makeThread([...organicReplies(30), ...posts]), context());
    expect(report.score).toBeGreaterThan(0.8);
    expect(report.summary).toBe('8 accounts posted the same link (truth-daily.example/story/99).');
    expect(report.posts).toHaveLength(8);
  });

  it('keeps a news thread ordinary: many people passing on the same story with its link, each in their own words', () => {
    const root = { author: { handle: 'paris_reporter' }, text: 'Gunmen attack the satirical newspaper Charlie Hebdo in Paris: at least twelve people killed' };
    const says = [
      'Horrible news from Paris, the Charlie Hebdo attack is on the live page',
      'Twelve killed at Charlie Hebdo, live coverage here',
      'Gunmen still at large after the Paris attack, follow the updates',
      'Satirical newspaper attacked, this page has the latest from Paris',
      'The Charlie Hebdo gunmen shouted before they fled, details here',
      'Paris in shock after the newspaper attack, live updates',
      'Terrible. Charlie Hebdo staff killed, the latest here',
      'Latest on the Paris newspaper attack, police say twelve killed',
    ];
    const story = many(8, (i) => ({ text: `${says[i] ?? ''} https://www.bbc.co.uk/news/live/world-europe-30710883?ns_source=twitter` }));
    const thread = makeThread([...organicReplies(20), ...story], root);
    const report = linkFlooding(thread, context());
    expect(report.score * DEFAULT_SCORING_SETTINGS.signals['link-flooding'].weight).toBeLessThan(0.15);
    expect(['none', 'low']).toContain(scoreThread(thread, { scoring: DEFAULT_SCORING_SETTINGS, allowlist: [], now: NOW }).thread.level);
    // the same link pushed by as many accounts with words that have nothing to do with the thread still counts
    const pushed = many(8, (i) => ({ text: `${wording(i)} https://www.bbc.co.uk/news/live/world-europe-30710883` }));
    expect(linkFlooding(makeThread([...organicReplies(20), ...pushed], root), context()).score).toBeGreaterThan(0.8);
  });

  it('reads links from the links field as well as from the text', () => {
    const posts = many(6, (i) => ({ text: wording(i), links: ['https://truth-daily.example/story/99'] }));
    expect(linkFlooding(makeThread([...organicReplies(20), ...posts]), context()).score).toBeGreaterThan(0.5);
  });

  it('finds the same set of hashtags', () => {
    const posts = many(7, (i) => ({ text: `${wording(i)} #StopTheSteal #Fraud2024 #Audit` }));
    const report = linkFlooding(makeThread([...organicReplies(30), ...posts]), context());
    expect(report.summary).toBe('7 accounts used the same set of hashtags (#audit #fraud2024 #stopthesteal).');
    expect(report.score).toBeGreaterThan(0.6);
  });

  it('makes a thread of 8 accounts pushing only the same hashtags within minutes Elevated, but not 3 people tagging the same pair hours apart', () => {
    const pushed = many(8, (i) => ({ text: `#DEMDebate #DamnDebate https://t.co/x${i}` }));
    const options = { scoring: DEFAULT_SCORING_SETTINGS, allowlist: [], now: NOW };
    expect(scoreThread(makeThread([...organicReplies(30), ...pushed]), options).thread.level).toBe('elevated');
    const casual = many(3, (i) => ({ text: `${wording(i)} #DEMDebate #DamnDebate`, createdAt: at(10 + i * 240) }));
    expect(['none', 'low']).toContain(scoreThread(makeThread([...organicReplies(30), ...casual]), options).thread.level);
  });

  it('finds accounts drawing in the same outside account, but not mentions that only address people', () => {
    const pushed = many(7, (i) => ({ text: `@newsdesk ${wording(i)}, ask @SenatorSmith` }));
    expect(linkFlooding(makeThread([...organicReplies(20), ...pushed]), context()).summary).toBe('7 accounts drew in the same account (@senatorsmith).');
    // Mastodon and X put the people being answered at the start of every reply
    const addressed = many(30, (i) => ({ text: `@austinkocher @Gargron @Mastodon thanks for this, reply number ${i}` }));
    const root = { author: { handle: 'austinkocher' }, text: 'Support the team @Gargron @Mastodon' };
    expect(linkFlooding(makeThread(addressed, root), context()).score).toBe(0);
  });

  it('leaves copies in the same words to duplicate-replies, but counts each account when the text is too short for it', () => {
    const copies = many(8, () => ({ text: 'Read this before they delete it, the truth is out https://truth-daily.example/story/99' }));
    expect(linkFlooding(makeThread([...organicReplies(30), ...copies]), context()).score).toBe(0);
    const bare = many(8, (i) => ({ text: `#DemDebate #DamnDebate https://t.co/abc${i}` }));
    expect(linkFlooding(makeThread([...organicReplies(30), ...bare]), context()).summary).toBe(
      '8 accounts used the same set of hashtags (#damndebate #demdebate).',
    );
  });

  it('does not count a single shared hashtag, or links and hashtags the root itself carries', () => {
    const topical = many(20, (i) => ({ text: `${wording(i)} #debate` }));
    expect(linkFlooding(makeThread([...organicReplies(20), ...topical]), context()).score).toBe(0);
    const echo = many(8, (i) => ({ text: `${wording(i)} https://city.example/budget #budget #citycouncil` }));
    const root = { text: 'The budget is out: https://city.example/budget #budget #citycouncil' };
    expect(linkFlooding(makeThread(echo, root), context()).score).toBe(0);
  });

  it('weighs the same link spread over a day less than within minutes', () => {
    const fast = many(6, (i) => ({ text: `${wording(i)} https://truth-daily.example/story/99`, createdAt: at(10 + i) }));
    const slow = many(6, (i) => ({ text: `${wording(i)} https://truth-daily.example/story/99`, createdAt: at(10 + i * 300) }));
    const fastScore = linkFlooding(makeThread([...organicReplies(30), ...fast]), context()).score;
    const slowScore = linkFlooding(makeThread([...organicReplies(30), ...slow]), context()).score;
    expect(slowScore).toBeGreaterThan(0);
    expect(slowScore).toBeLessThan(fastScore * 0.6);
  });

  it('weighs a popular site far less than one exact link, and GIF hosts not at all', () => {
    const site = many(6, (i) => ({ text: `${wording(i)} https://youtube.com/watch?v=video${i}` }));
    const gifs = many(12, (i) => ({ text: '', links: [`https://media.tenor.com/gif${i}.gif`] }));
    const siteScore = linkFlooding(makeThread([...organicReplies(40), ...site]), context()).score;
    expect(siteScore).toBeGreaterThan(0);
    expect(siteScore).toBeLessThan(0.5);
    expect(linkFlooding(makeThread([...organicReplies(20), ...gifs]), context()).score).toBe(0);
  });

  it('ignores links into the platform itself and a single account repeating a link', () => {
    const internal = many(10, (i) => ({ text: `see https://x.com/someone/status/${i % 2}` }));
    expect(linkFlooding(makeThread(internal), context()).score).toBe(0);
    const one = Array.from({ length: 10 }, (_, i) => reply(`s${i}`, 'spammer', 'https://shop.example/deal'));
    expect(linkFlooding(makeThread([...organicReplies(10), ...one]), context()).score).toBe(0);
  });

  it('weighs a few accounts sharing a link less in a big thread than in a small one', () => {
    const few = many(4, (i) => ({ text: `${wording(i)} https://truth-daily.example/story/99` }));
    const small = linkFlooding(makeThread([...organicReplies(20), ...few]), context()).score;
    const big = linkFlooding(makeThread([...organicReplies(400), ...few]), context()).score;
    expect(big).toBeLessThan(small);
  });

  it('handles no posts, empty texts and bad links', () => {
    expect(linkFlooding({ site: 'x', posts: [] }, context()).notComputed).toBe('the thread has no posts');
    const junk = many(6, () => ({ text: '', links: ['not a url', 'javascript:void(0)', ''] }));
    expect(linkFlooding(makeThread(junk), context()).score).toBe(0);
  });
});
