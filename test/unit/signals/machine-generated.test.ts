import { describe, expect, it } from 'vitest';
import type { PostScores } from '../../../src/shared/report.ts';
import { CHATBOT_PHRASES } from '../../../src/signals/chatbot-phrases.ts';
import { machineGenerated } from '../../../src/signals/machine-generated.ts';
import { phraseMatcher } from '../../../src/signals/phrase-matcher.ts';
import { context, makeThread, organicReplies, reply } from './thread-builder.ts';

const TELLS: Record<string, string> = {
  en: 'AS AN AI LANGUAGE MODEL, I do not have opinions on the budget!',
  es: 'Como modelo de lenguaje, no tengo opiniones políticas.',
  fr: "En tant que modèle de langage, je n'ai pas d'avis.",
  de: 'Als KI-Sprachmodell habe ich keine Meinung dazu.',
  pt: 'Como um modelo de linguagem, não tenho opinião.',
  it: 'Come modello linguistico non posso esprimere opinioni.',
  ru: 'Как языковая модель, я не могу иметь мнения.',
  zh: '作为一个人工智能语言模型，我没有个人观点。',
  ja: 'AI言語モデルとして、私は意見を持ちません。',
};

describe('machine-generated (rules)', () => {
  it('finds chatbot tells in every supported language, whatever the case and punctuation', () => {
    for (const [lang, text] of Object.entries(TELLS)) {
      const report = machineGenerated(makeThread([...organicReplies(5), reply('t', 't', text)]), context());
      expect(report.posts, lang).toEqual(['t']);
      expect(report.score, lang).toBeGreaterThan(0.5);
    }
  });

  it('matches curly apostrophes, extra spaces and line breaks', () => {
    const text = 'I’m   sorry,\nbut I can’t help with that.\n\nRegenerate   response';
    expect(machineGenerated(makeThread([reply('t', 't', text)]), context()).posts).toEqual(['t']);
  });

  it('grows with the number of replies that carry tells', () => {
    const one = machineGenerated(makeThread([...organicReplies(20), reply('a', 'a', TELLS.en ?? '')]), context()).score;
    const three = machineGenerated(makeThread([...organicReplies(20), ...['a', 'b', 'c'].map((h) => reply(h, h, 'Regenerate response'))]), context()).score;
    expect(three).toBeGreaterThan(one);
  });

  it('weighs phrases people also say less than phrases only chatbots say', () => {
    const weak = machineGenerated(makeThread([reply('a', 'a', "I'm sorry, but I can't make it tonight")]), context()).score;
    const strong = machineGenerated(makeThread([reply('a', 'a', 'As of my last knowledge update, the mayor is Smith')]), context()).score;
    expect(weak).toBeGreaterThan(0);
    expect(weak).toBeLessThan(strong);
  });

  it('does not match inside other words', () => {
    const innocent = ['She has an aim in life', 'he was a large language models fan?', 'regenerated responses in biology', 'como modelos'];
    const report = machineGenerated(makeThread(innocent.map((t, i) => reply(`i${i}`, `i${i}`, t))), context());
    expect(report.score).toBe(0);
  });

  it('reads both ends of a 100,000-character post', () => {
    const long = `${'filler text '.repeat(9000)}Regenerate response`;
    expect(long.length).toBeGreaterThan(100_000);
    expect(machineGenerated(makeThread([reply('l', 'l', long)]), context()).posts).toEqual(['l']);
  });

  it('handles no posts and empty texts', () => {
    expect(machineGenerated({ site: 'x', posts: [] }, context()).notComputed).toBe('the thread has no posts');
    expect(machineGenerated(makeThread([reply('e', 'e', '')]), context()).score).toBe(0);
  });

  it('has every phrase findable in its own text', () => {
    const matcher = phraseMatcher(CHATBOT_PHRASES, (p) => p.text);
    for (const phrase of CHATBOT_PHRASES) expect(matcher.find(`« ${phrase.text} »`), phrase.text).toContain(phrase);
    expect(new Set(CHATBOT_PHRASES.map((p) => p.lang))).toEqual(new Set(['en', 'es', 'fr', 'de', 'pt', 'it', 'ru', 'zh', 'ja']));
  });
});

describe('machine-generated with the classifier', () => {
  const scores = (machine: number): PostScores => ({ inauthentic: 0, toxic: 0, machine_generated: machine, propaganda: 0 });

  it('adds the share of replies the model finds machine-written', () => {
    const replies = organicReplies(10);
    const postScores = new Map(replies.map((p, i) => [p.id, scores(i < 4 ? 0.9 : 0.1)]));
    const report = machineGenerated(makeThread(replies), context({ postScores }));
    expect(report.summary).toBe('4 of 10 replies read as machine-written to the on-device model.');
    // the model's half counts for half (MACHINE_GENERATED.modelShare): 0.9 x 0.5
    expect(report.score).toBeCloseTo(0.45, 2);
  });

  it('combines the rule and the model halves', () => {
    const replies = [...organicReplies(10), reply('t', 't', 'Regenerate response')];
    const postScores = new Map(replies.map((p, i) => [p.id, scores(i < 2 ? 0.7 : 0.1)]));
    const both = machineGenerated(makeThread(replies), context({ postScores }));
    const rule = machineGenerated(makeThread(replies), context());
    expect(both.score).toBeGreaterThan(rule.score);
    expect(both.summary).toMatch(/^1 reply contains pasted chatbot text such as "Regenerate response"; 2 of 11 replies read as machine-written/);
  });

  it('ignores a single flagged reply and non-finite scores', () => {
    const replies = organicReplies(10);
    const postScores = new Map(replies.map((p, i) => [p.id, scores(i === 0 ? 0.99 : i === 1 ? Number.NaN : 0.1)]));
    expect(machineGenerated(makeThread(replies), context({ postScores })).score).toBe(0);
  });
});
