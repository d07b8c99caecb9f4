// The two demo threads `npm start` and the end-to-end tests show: an ordinary conversation, and one where a dozen
// mass-produced accounts post the same reply within minutes. People, places and numbers are invented.
import { snowflake } from './demo-thread.ts';
import type { DemoAccount, DemoMetrics, DemoPost, DemoThread } from './demo-thread.ts';

function post(author: DemoAccount, createdAt: string, text: string, metrics: Partial<DemoMetrics>, extra: Partial<DemoPost> = {}): DemoPost {
  return {
    // The sequence part of a snowflake tells apart posts of the same millisecond; the handle serves here.
    id: snowflake(
      createdAt,
      [...author.handle].reduce((sum, c) => (sum * 31 + c.charCodeAt(0)) % 4096, 0),
    ),
    author,
    text,
    createdAt,
    metrics: { replies: 0, reposts: 0, likes: 0, views: 0, ...metrics },
    ...extra,
  };
}

const library: DemoAccount = { handle: 'maplewood_lib', name: 'Maplewood Public Library', verified: true, color: '#2f6f4f' };

const libraryFocal = post(
  library,
  '2025-11-18T15:02:11.000Z',
  'Starting Monday, all five branches stay open until 9pm on weekdays. You asked for evening hours for students and working families, and the council funded them.\n\nFull schedule: https://maplewoodlibrary.org/hours #MaplewoodReads',
  { replies: 11, reposts: 64, likes: 412, views: 23_817 },
);
const priyaAsks = post(
  { handle: 'priyakapoor', name: 'Priya Kapoor', color: '#8a4fb3' },
  '2025-11-18T15:21:40.000Z',
  'Will Eastside get the extra hours too, or just Central?',
  { replies: 1, likes: 6, views: 911 },
);
const bookmobile = post(
  { handle: 'mo_hassan', name: 'Mo Hassan', color: '#b35c1e' },
  '2025-11-18T16:05:02.000Z',
  'Who\'s paying for this? Last year they cut the bookmobile "for budget reasons".',
  { replies: 2, reposts: 1, likes: 9, views: 1_540 },
  {
    communityNote: 'The bookmobile was not cut: in 2024 it was replaced by weekly pop-up stops at four schools, funded from the same line of the budget.',
  },
);

const ordinary: DemoThread = {
  slug: 'ordinary-conversation',
  title: 'An ordinary conversation: evening opening hours',
  focal: libraryFocal,
  replies: [
    post(
      { handle: 'tgrant_reads', name: 'Tom Grant', color: '#1d6fa5' },
      '2025-11-18T15:09:27.000Z',
      'This is great news. Closing at 6 made it impossible to get there after work.',
      { replies: 0, likes: 14, views: 1_203 },
    ),
    priyaAsks,
    post(
      library,
      '2025-11-18T15:34:55.000Z',
      'All five, Eastside included. Saturday hours stay the same for now.',
      { likes: 11, views: 870 },
      { replyTo: priyaAsks.id },
    ),
    post(
      { handle: 'dvasquez_teach', name: 'Daniel Vasquez', verified: true, color: '#a33b3b' },
      '2025-11-18T15:48:13.000Z',
      'My students will love this. Any chance the study rooms can be booked online for evenings?',
      { replies: 1, likes: 21, views: 2_406 },
    ),
    bookmobile,
    post({ handle: 'jenokafor', name: 'Jen Okafor', color: '#c2407a' }, '2025-11-18T16:27:48.000Z', 'Finally 🙌 #MaplewoodReads', { likes: 5, views: 640 }),
    post(
      { handle: 'old_maps_walter', name: 'Walter Brandt', defaultAvatar: true },
      '2025-11-18T17:02:19.000Z',
      'Will the local history room be staffed in the evenings as well? Last time I went at 5 there was nobody there.',
      { replies: 0, likes: 3, views: 388 },
    ),
    post(
      { handle: 'sam_linden', name: 'Sam Linden', color: '#3d7a8c' },
      '2025-11-18T17:40:06.000Z',
      "@mo_hassan The cost is in last month's council packet, page 14: https://maplewood.gov/council/2025-10-packet.pdf",
      { replies: 0, reposts: 2, likes: 17, views: 1_102 },
    ),
    post(
      { handle: 'ellie_writes', name: 'Ellie Chen', color: '#6b8e23' },
      '2025-11-18T18:15:31.000Z',
      'Quiet evenings at the library are the best writing time I know. Thank you!',
      { likes: 8, views: 702 },
    ),
    post(
      { handle: 'rajmehta', name: 'Raj Mehta', verified: true, color: '#4a4a8a' },
      '2025-11-18T19:03:44.000Z',
      'Good move. Would like to see the evening visitor numbers after a few months, to know whether it is worth keeping.',
      { replies: 0, reposts: 1, likes: 12, views: 1_876 },
    ),
  ],
};

const councillor: DemoAccount = { handle: 'dana_ortiz_mpl', name: 'Dana Ortiz', verified: true, color: '#7a3e2b' };

/** Accounts made in bulk: default pictures, first names, handles padded with long digit runs. */
const massProduced: DemoAccount[] = [
  ['KarenMil83920417', 'Karen Miller'],
  ['BrianR10482931', 'Brian'],
  ['lisa4827193048', 'Lisa'],
  ['JamesP55102938', 'James P'],
  ['AshleyW71829304', 'Ashley Wright'],
  ['MikeJohn30498172', 'Mike Johnson'],
  ['Sandra94720385', 'Sandra'],
  ['TomK88301746', 'Tom K'],
  ['Nancy23984761', 'Nancy Davis'],
  ['kevin_l20394857', 'Kevin Lee'],
  ['EmilyS66473021', 'Emily S'],
  ['RobertG4410293', 'Robert Garcia'],
].map(([handle, name]) => ({ handle: handle ?? '', name: name ?? '', defaultAvatar: true }));

/** The same reply, varied the way copy-and-paste campaigns vary it: case, punctuation, emoji, spacing, a mention. */
const campaignTexts = [
  'Ortiz is blocking new homes for working families. Vote YES on the Eastside plan! #BuildEastside',
  'ortiz is blocking new homes for working families. vote yes on the eastside plan! #BuildEastside',
  'Ortiz is blocking new homes for working families.  Vote YES on the Eastside plan!! #BuildEastside',
  'Ortiz is blocking new homes for working families. Vote YES on the Eastside plan! 🏠 #BuildEastside',
  '@dana_ortiz_mpl is blocking new homes for working families. Vote YES on the Eastside plan! #BuildEastside',
  'Ortiz is blocking new homes for working families - vote YES on the Eastside plan #BuildEastside',
  'Ortiz is blocking new homes for working families. Vote YES on the Eastside plan! #buildeastside',
  'Ortiz is blocking new homes for working families.Vote YES on the Eastside plan! 👍👍 #BuildEastside',
  'ORTIZ IS BLOCKING NEW HOMES FOR WORKING FAMILIES. Vote YES on the Eastside plan! #BuildEastside',
  'Ortiz is blocking new homes for working families. Vote YES on the Eastside plan! #BuildEastside #Maplewood',
  'Ortiz is blocking new homes for working families… Vote YES on the Eastside plan! #BuildEastside',
  'Ortiz is blocking new homes for working families. Vote YES on the Eastside plan!   #BuildEastside @dana_ortiz_mpl',
];

/** Seconds after 17:41:00 at which each campaign reply was posted: twelve replies in under four minutes. */
const campaignOffsets = [5, 19, 26, 48, 61, 77, 102, 118, 140, 163, 191, 224];

const councilFocal = post(
  councillor,
  '2025-11-19T17:30:04.000Z',
  "Tonight the council votes on the Eastside rezoning plan. I'm voting no: as written it removes 340 affordable units and replaces none of them.\n\nPublic comment opens at 6pm, City Hall room 2B.",
  { replies: 16, reposts: 38, likes: 295, views: 31_446 },
);
const graceAsks = post(
  { handle: 'gracehsu_plans', name: 'Grace Hsu', color: '#2b6a7a' },
  '2025-11-19T17:36:12.000Z',
  'Where does the 340 come from? The staff report I read says 310.',
  { replies: 1, likes: 22, views: 2_930 },
);

const campaign = campaignTexts.map((text, i) =>
  post(
    massProduced[i] ?? { handle: `user${i}`, name: 'User', defaultAvatar: true },
    new Date(Date.parse('2025-11-19T17:41:00.000Z') + (campaignOffsets[i] ?? i * 20) * 1000).toISOString(),
    text,
    { likes: i % 3, views: 4 + ((i * 7) % 19) },
  ),
);

const coordinated: DemoThread = {
  slug: 'coordinated-replies',
  title: 'A coordinated reply campaign: the rezoning vote',
  focal: councilFocal,
  replies: [
    graceAsks,
    post(
      councillor,
      '2025-11-19T17:39:47.000Z',
      'Appendix C counts 340: the 310 in the main report leaves out the two Alder St buildings. https://maplewood.gov/planning/eastside-appendix-c',
      { likes: 31, views: 2_214 },
      { replyTo: graceAsks.id },
    ),
    ...campaign.slice(0, 6),
    post(
      { handle: 'marcus_thompson', name: 'Marcus Thompson', color: '#5b3a8c' },
      '2025-11-19T17:44:02.000Z',
      "I'll be there at 6. Renting on Eastside for 11 years, my building is one of the 340.",
      { replies: 0, reposts: 3, likes: 48, views: 3_320 },
    ),
    ...campaign.slice(6),
    post(
      { handle: 'linye_mpl', name: 'Lin Ye', color: '#8c6d1f' },
      '2025-11-19T18:44:35.000Z',
      'I disagree: the plan brings 900 new units and we need them. But the replacement question is fair, see you at public comment.',
      { replies: 0, likes: 19, views: 1_985 },
    ),
  ],
};

export const DEMO_THREADS: readonly DemoThread[] = [ordinary, coordinated];
