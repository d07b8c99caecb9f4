import { describe, expect, it } from 'vitest';
import { contentTerms } from '../../../src/signals/content-terms.ts';
import { talkingPoints } from '../../../src/signals/talking-points.ts';
import type { Post } from '../../../src/shared/thread.ts';
import { at, context, makeThread, organicReplies, reply } from './thread-builder.ts';

// A campaign's talking points: one message (climate policy is a scam that costs families), each
// account in its own words, as a fine-tuned model writes them. Written for this test.
const CLIMATE = [
  'The climate emergency is a scam to raise your energy bills. Carbon taxes hurt working families.',
  'Net zero means higher energy bills for every family. Stop the carbon tax madness now.',
  'Carbon taxes will not change the climate, they only make heating unaffordable for families.',
  'Every climate policy ends with the same result: your energy bills go up and the elites fly private.',
  'Working families pay for net zero while politicians lecture us about the climate. Scrap the carbon tax.',
  'Energy prices doubled because of climate targets nobody voted for. Families are freezing.',
  'The carbon tax is a tax on heating your home. Climate alarmists never pay their own bills.',
  'Climate hysteria is driving energy bills through the roof. End net zero before families go broke.',
  'Why should families pay more for energy so bureaucrats can hit climate targets? Axe the carbon tax.',
  'Net zero is a luxury belief: the climate will not notice, your energy bill will.',
  'Heating or eating: that is what climate policy and carbon taxes leave working families with.',
  'They call it climate action, families call it an energy bill they cannot pay. No more carbon taxes.',
];

// An ordinary conversation under a football root: its words are not the campaign's.
const FOOTBALL =
  'great goal match keeper striker referee penalty offside season coach fans stadium league table win draw loss defence midfield pass shot save corner header transfer injury'.split(
    ' ',
  );
function footballReplies(n: number): Post[] {
  return Array.from({ length: n }, (_, i) => {
    const words = Array.from({ length: 8 }, (_, k) => FOOTBALL[(i * 7 + k * 5) % FOOTBALL.length]);
    return reply(`fb${i}`, `fan${i}`, `What a ${words.join(' ')} today`, { createdAt: at(1 + ((i * 37) % 600)) });
  });
}
const FOOTBALL_ROOT = { text: 'Full time: the derby ends 2-2 after a late penalty. What did you make of the match?' };

const campaign = (texts: readonly string[], startMinute: number, spreadMinutes: number, extra: Partial<Post> = {}): Post[] =>
  texts.map((text, i) => reply(`tp${i}`, `voice${i}`, text, { createdAt: at(startMinute + (i * spreadMinutes) / texts.length), ...extra }));

describe('content terms', () => {
  it('keeps stems of content words and pairs of them, without stopwords', () => {
    const t = contentTerms('The carbon taxes are hurting working families!');
    expect(t.english).toBe(true);
    expect(t.terms.slice(0, t.stems)).toEqual(['carbon', 'tax', 'hurt', 'work', 'famili']);
    expect(t.terms).toContain('carbon tax');
    expect(t.joined).toContain('carbontax');
  });

  it('does not take French or German for English', () => {
    expect(contentTerms('Les journalistes de Charlie Hebdo ont été tués ce matin à Paris').english).toBe(false);
    expect(contentTerms('Die Regierung hat heute ein neues Gesetz beschlossen').english).toBe(false);
    expect(contentTerms('Gobierno anuncia nuevas medidas económicas mañana').english).toBe(false);
  });

  it('reads headline-style English without any function word by its vocabulary', () => {
    expect(contentTerms('Attended a comedy show last night. Laughed so hard. #comedyshow').english).toBe(true);
    expect(contentTerms('Greenhouses: Control Climate. #AgTech').english).toBe(false); // too few words to tell
    expect(contentTerms('Collaboration builds trust & strengthens relationships. #trust').english).toBe(true);
  });

  it('reads English with words ordinary tweets rarely use when half its words are known and no other language marks it', () => {
    // half the words known ("social", "control", "often", "group"...), no function word of any language
    expect(contentTerms('Social control often targets marginalized groups, reinforcing existing inequalities. #discrimination').english).toBe(true);
    expect(contentTerms('Debugging: half detective work, half sheer frustration! #CodingLife').english).toBe(true);
  });

  it('holds posts with a function word of another language to the stricter share', () => {
    // half their words are known ("respect", "meme", "info"...), which alone would pass; "la", "quand", "die", "für" mark French and German
    expect(contentTerms('Respect a la biodiversite quand meme').english).toBe(false);
    expect(contentTerms('Mist, danke für die Info').english).toBe(false);
  });
});

describe('talking-points', () => {
  it('finds 12 accounts pushing one point in different words within 40 minutes, off the thread’s subject', () => {
    const posts = campaign(CLIMATE, 200, 40);
    const report = talkingPoints(makeThread([...footballReplies(60), ...posts], FOOTBALL_ROOT), context());
    expect(report.score).toBeGreaterThan(0.5);
    expect(report.notComputed).toBeUndefined();
    expect(report.summary).toMatch(/^1[0-2] accounts pushed the same point in different words within \d+ minutes/);
    expect(report.summary).toMatch(/climat|carbon|energi|famili|bill/);
    // the posts behind it are the campaign's, not the conversation's
    const ids = new Set(posts.map((p) => p.id));
    expect(report.posts.length).toBeGreaterThanOrEqual(10);
    expect(report.posts.every((id) => ids.has(id))).toBe(true);
  });

  it('stays at 0 on a real-looking conversation about the root’s subject', () => {
    const root = { text: 'Carbon tax: the government plans to raise energy bills for families to meet climate targets. Your view?' };
    // the same words as the campaign, but they are the thread's subject: replies talk about the root
    const report = talkingPoints(makeThread(campaign(CLIMATE, 10, 40), root), context());
    expect(report.score).toBe(0);
  });

  it('still finds the campaign when a few other replies happen to use its words', () => {
    // one use each, outside the burst, among 60 replies: the campaign's words are still its own
    const stray = [
      'Watching the match with the families next door',
      'Energy drinks at half time, what a goal',
      'The climate in the stadium was electric',
      'My phone bill is due but what a save',
      'Carbon fibre boots are the best boots',
    ].map((text, i) => reply(`st${i}`, `stray${i}`, text, { createdAt: at(20 + i * 30) }));
    const report = talkingPoints(makeThread([...footballReplies(60), ...stray, ...campaign(CLIMATE, 200, 40)], FOOTBALL_ROOT), context());
    expect(report.score).toBeGreaterThan(0.5);
  });

  it('stays quiet when the burst’s words are what the thread says all along', () => {
    // the thread argues about energy policy for hours: the burst is part of that, not pushed into it
    const topics = ['climate policy', 'carbon taxes', 'energy bills', 'working families', 'net zero', 'heating costs'];
    const debate = Array.from({ length: 30 }, (_, i) =>
      reply(`d${i}`, `debater${i}`, `Honestly ${topics[i % 6]} and ${topics[(i + 2) % 6]} decide the next election`, {
        createdAt: at(i < 10 ? 10 + i * 15 : 300 + i * 40),
      }),
    );
    const report = talkingPoints(makeThread([...footballReplies(30), ...debate, ...campaign(CLIMATE, 200, 40)], FOOTBALL_ROOT), context());
    expect(report.score).toBeLessThan(0.2);
  });

  it('stays at 0 on unrelated ordinary replies, however many', () => {
    expect(talkingPoints(makeThread(organicReplies(300)), context()).score).toBe(0);
    expect(talkingPoints(makeThread(footballReplies(300), FOOTBALL_ROOT), context()).score).toBe(0);
  });

  it('needs several accounts: one account posting every version is not a campaign', () => {
    const posts = CLIMATE.map((text, i) => reply(`s${i}`, 'oneperson', text, { createdAt: at(200 + i) }));
    expect(talkingPoints(makeThread([...organicReplies(30), ...posts]), context()).score).toBe(0);
  });

  it('weighs a group spread over days less than a burst (it counts accounts within an hour)', () => {
    const burst = talkingPoints(makeThread([...footballReplies(30), ...campaign(CLIMATE, 200, 40)], FOOTBALL_ROOT), context()).score;
    const slow = talkingPoints(makeThread([...footballReplies(30), ...campaign(CLIMATE, 200, 3 * 24 * 60)], FOOTBALL_ROOT), context()).score;
    expect(burst).toBeGreaterThan(0.5);
    expect(slow).toBeLessThan(burst);
  });

  it('weighs less without times, and says nothing went wrong', () => {
    const untimed = CLIMATE.map((text, i) => reply(`u${i}`, `voice${i}`, text));
    const report = talkingPoints(makeThread(untimed, { createdAt: undefined }), context());
    const timed = talkingPoints(makeThread(campaign(CLIMATE, 200, 40)), context());
    expect(report.score).toBeGreaterThan(0);
    expect(report.score).toBeLessThan(timed.score);
    expect(report.notComputed).toBeUndefined();
  });

  it('stays silent, with a reason, on replies in a language its content features do not know', () => {
    const french = [
      'Le climat est une arnaque pour augmenter vos factures de chauffage et les taxes',
      'La taxe carbone ruine les familles qui travaillent, arrêtez cette folie',
      'Les factures d’énergie explosent à cause des objectifs climatiques, les familles ont froid',
      'Personne n’a voté pour ces objectifs climatiques qui doublent le prix de l’énergie',
      'Chauffage ou nourriture: voilà ce que la politique climatique laisse aux familles',
      'Ils appellent ça action climatique, les familles appellent ça une facture impayable',
    ];
    const report = talkingPoints(makeThread(french.map((text, i) => reply(`f${i}`, `fr${i}`, text, { createdAt: at(200 + i) }))), context());
    expect(report.score).toBe(0);
    expect(report.notComputed).toMatch(/not in English/);
  });

  it('does not take a conversation between two replies for two voices of a campaign', () => {
    // the same twelve texts, but each answers the one before: a debate, so no pair is joined
    const chain = CLIMATE.map((text, i) => reply(`d${i}`, `voice${i}`, text, { createdAt: at(200 + i * 3), replyTo: i === 0 ? 'root' : `d${i - 1}` }));
    const report = talkingPoints(makeThread(chain), context());
    const flat = talkingPoints(makeThread(campaign(CLIMATE, 200, 36)), context());
    expect(flat.score).toBeGreaterThan(0.5);
    expect(report.score).toBe(0);
  });

  it('counts copies of one text as one voice: copies are duplicate-replies’ evidence', () => {
    const copies = Array.from({ length: 12 }, (_, i) => reply(`c${i}`, `copier${i}`, CLIMATE[0] ?? '', { createdAt: at(200 + i) }));
    expect(talkingPoints(makeThread([...footballReplies(30), ...copies], FOOTBALL_ROOT), context()).score).toBe(0);
  });

  it('copes with a thread without posts, without a root and with tiny replies', () => {
    expect(talkingPoints({ site: 'x', posts: [] }, context()).notComputed).toBeDefined();
    const tiny = Array.from({ length: 50 }, (_, i) => reply(`t${i}`, `t${i}`, 'lol same', { createdAt: at(i) }));
    expect(talkingPoints(makeThread(tiny), context()).score).toBe(0);
  });
});
