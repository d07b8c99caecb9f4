// Test pages for the two campaigns no single copy shows (not among `npm start`'s demos):
// - talking points: twelve accounts post a climate-policy message, each in its own words, within
//   forty minutes, into a thread about a football match;
// - one copy per thread: three threads on three subjects, each with the same reply from another
//   account; opened one after the other, the third shows the copies seen under the first two.
// People, places and numbers are invented.
import type { DemoAccount, DemoPost, DemoThread } from './demo-thread.ts';
import { snowflake } from './demo-thread.ts';

function post(author: DemoAccount, createdAt: string, text: string, sequence: number): DemoPost {
  return { id: snowflake(createdAt, sequence), author, text, createdAt, metrics: { replies: 0, reposts: 0, likes: sequence % 7, views: 100 + sequence * 13 } };
}

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

export function talkingPointsThread(): DemoThread {
  const club: DemoAccount = { handle: 'riverside_fc', name: 'Riverside FC', verified: true, color: '#1d4fa5' };
  const focal = post(
    club,
    '2025-11-22T17:55:00.000Z',
    'Full time at the Riverside Ground: 2-2 after a late penalty. What a derby! Player of the match votes open now.',
    1,
  );
  const fans = [
    'That penalty was never a foul, the referee had a shocker all afternoon',
    'Our midfield looked tired after the hour mark, the coach needs to rotate more',
    'Two goals away from home against the league leaders, I will take the point',
    'The keeper kept us in it in the first half, what a double save',
  ].map((text, i) =>
    post(
      { handle: `fan_${['ellie', 'marcus', 'jo', 'sam'][i]}`, name: `${['Ellie', 'Marcus', 'Jo', 'Sam'][i]} (Riverside)`, color: '#5a7a2b' },
      `2025-11-22T18:0${i}:30.000Z`,
      text,
      10 + i,
    ),
  );
  const campaign = CLIMATE.map((text, i) =>
    post(
      {
        handle: `voice_of_reason_${101 + i}`,
        name: ['Concerned Dad', 'Linda M', 'Patriot Pete', 'Real Talk', 'Mary J', 'Tom B'][i % 6] ?? 'Citizen',
        color: '#777777',
      },
      new Date(Date.parse('2025-11-22T18:20:00.000Z') + i * 200_000).toISOString(),
      text,
      30 + i,
    ),
  );
  return { slug: 'talking-points', title: 'A generated-text campaign: climate talking points in a football thread', focal, replies: [...fans, ...campaign] };
}

const SPAM = 'I made 4,000 dollars this week from home with one simple method, the details are pinned on my profile';

/** Three threads, opened in this order; each carries the same reply from another account. */
export function crossThreadThreads(): DemoThread[] {
  const subjects = [
    {
      handle: 'metro_weather',
      name: 'Metro Weather',
      text: 'Heavy rain expected overnight across the valley, with flood warnings for the river towns until Thursday.',
    },
    { handle: 'citybakes', name: 'City Bakes', text: 'Our sourdough class is back in January: six evenings, all flour provided, beginners welcome.' },
    {
      handle: 'transit_updates',
      name: 'Transit Updates',
      text: 'Line 4 trains run every 12 minutes this weekend while the track work near Central continues.',
    },
  ];
  return subjects.map((s, n) => {
    const day = `2025-11-${20 + n}`;
    const focal = post({ handle: s.handle, name: s.name, verified: true, color: '#2f6f4f' }, `${day}T09:00:00.000Z`, s.text, 100 + n);
    const reader = post(
      { handle: `reader_${n}_ann`, name: 'Ann', color: '#8a4fb3' },
      `${day}T09:12:00.000Z`,
      ['Stay safe everyone down by the river', 'Signed up already, see you there', 'Thanks for the heads up'][n] ?? 'Thanks',
      110 + n,
    );
    const spam = post(
      { handle: `easy_money_${['kate', 'luis', 'mia'][n]}`, name: ['Kate Earns', 'Luis Freedom', 'Mia Income'][n] ?? 'Earner', color: '#b35c1e' },
      `${day}T09:20:00.000Z`,
      SPAM,
      120 + n,
    );
    return { slug: `cross-thread-${n + 1}`, title: `One copy per thread (${n + 1} of 3): ${s.name}`, focal, replies: [reader, spam] };
  });
}
