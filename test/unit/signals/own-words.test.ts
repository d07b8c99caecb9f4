// Replies that pass the conversation on (quote-style replies, RT copies, the root pasted back) are
// not copies between accounts; a real campaign of 5 accounts posting the same text still is.
// The threads are written here by hand after the patterns of real 2015 threads (PHEME).
import { describe, expect, it } from 'vitest';
import type { Post } from '../../../src/shared/thread.ts';
import { duplicateReplies } from '../../../src/signals/duplicate-replies.ts';
import { linkFlooding } from '../../../src/signals/link-flooding.ts';
import { ownWords } from '../../../src/signals/own-words.ts';
import { at, context, makeThread, organicReplies, reply } from './thread-builder.ts';

const ROOT_TEXT = '11 dead in Paris shooting at French satirical newspaper, police official says - @AP http://t.co/ZFJYh80uxy';
const root = { author: { handle: 'BreakingNews' }, text: ROOT_TEXT };
const CAMPAIGN = 'The new budget steals from our schools to pay for the mayor’s friends, vote him out';

/** n replies from different accounts within minutes, each made by `text(i)` */
const burst = (n: number, text: (i: number) => string, extra: Partial<Post> = {}): Post[] =>
  Array.from({ length: n }, (_, i) => reply(`b${i}`, `acct${i}`, text(i), { createdAt: at(10 + i), ...extra }));

describe('own words: what passes the conversation on is not a copy', () => {
  const comments = ['Horrible.', 'Awful', 'RT', '', 'This is what it comes to. PRT', 'Terrible news', 'Horrifying'];

  it('ignores quote-style replies of the root (“@root: text”, "@root: text, RT @root: text)', () => {
    const quoted = burst(7, (i) => {
      const c = comments[i] ?? '';
      const form = i % 3;
      if (form === 0) return `${c} “@BreakingNews: ${ROOT_TEXT.slice(0, 70)}…”`;
      if (form === 1) return `${c} "@BreakingNews: ${ROOT_TEXT.replace('http://t.co/ZFJYh80uxy', `http://t.co/x${i}`)}”`;
      return `RT @BreakingNews: ${ROOT_TEXT.replace('http://t.co/ZFJYh80uxy', `http://t.co/y${i}`)}`;
    });
    const thread = makeThread([...organicReplies(20), ...quoted], root);
    expect(duplicateReplies(thread, context()).score).toBe(0);
    expect(linkFlooding(thread, context()).score).toBe(0);
  });

  it('ignores the root pasted back under it, and quotes of the post replied to', () => {
    const parent = reply('p', 'mother1and', 'Absolute cowards! They pixelate the cartoon on the cover. So much for free press, eh?', { createdAt: at(5) });
    const pasted = burst(4, () => `@BreakingNews ${ROOT_TEXT}`);
    const quotesOfParent = Array.from({ length: 4 }, (_, i) =>
      reply(
        `q${i}`,
        `quoter${i}`,
        `${['Indeed', 'Wow', 'Shameful', 'Yes'][i]} “@mother1and: Absolute cowards! They pixelate the cartoon on the cover. So much for free press, eh?”`,
        { replyTo: 'p', createdAt: at(20 + i) },
      ),
    );
    const thread = makeThread([...organicReplies(20), parent, ...pasted, ...quotesOfParent], root);
    expect(duplicateReplies(thread, context()).score).toBe(0);
    const own = ownWords(thread, thread.posts[0]);
    expect(pasted.every((p) => own.get(p)?.echo)).toBe(true);
    expect(quotesOfParent.map((p) => own.get(p)?.normalised)).toEqual(['indeed', 'wow', 'shameful', 'yes']);
  });

  it('still finds 5 accounts posting the same text, quoted or not', () => {
    const thread = makeThread([...organicReplies(20), ...burst(5, () => CAMPAIGN)], root);
    expect(duplicateReplies(thread, context()).score).toBeGreaterThan(0.5);
  });

  it('still finds 5 accounts pasting the same words of an outside account (not the root, not the parent)', () => {
    const thread = makeThread(
      [...organicReplies(20), ...burst(5, (i) => `${['So true', 'Yes', 'This', 'Read it', 'Wake up'][i]} RT @campaignhub: ${CAMPAIGN}`)],
      root,
    );
    expect(duplicateReplies(thread, context()).score).toBeGreaterThan(0.5);
  });

  it('still finds a campaign that adds its own words to a quote of the root', () => {
    const thread = makeThread([...organicReplies(20), ...burst(5, () => `${CAMPAIGN} “@BreakingNews: ${ROOT_TEXT}”`)], root);
    const report = duplicateReplies(thread, context());
    expect(report.score).toBeGreaterThan(0.5);
    expect(report.posts).toHaveLength(5);
  });

  it('counts a link pushed in the accounts’ own words, but not the root’s link passed on in quotes', () => {
    const own = burst(
      6,
      (i) => `${['Read this', 'Everyone should see', 'Proof right here', 'Look at this', 'Shocking', 'Share it'][i]} https://shady.example/story?id=9`,
      {
        createdAt: undefined,
      },
    ).map((p, i) => ({ ...p, createdAt: at(10 + i) }));
    expect(linkFlooding(makeThread([...organicReplies(20), ...own], root), context()).score).toBeGreaterThan(0.3);
    const passedOn = burst(6, (i) => `${['Wow', 'Sad', 'No', 'Terrible', 'Why', 'Ugh'][i]} “@BreakingNews: 11 dead in Paris https://shady.example/story?id=9”`);
    expect(linkFlooding(makeThread([...organicReplies(20), ...passedOn], root), context()).score).toBe(0);
  });
});
