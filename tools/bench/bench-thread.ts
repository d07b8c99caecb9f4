// A big, realistic-looking thread for measuring the scorer: varied texts of 5 to 40 words, a few
// links and hashtags, log-normal reply times, account fields filled in, and a small campaign
// inside, so that every signal has work to do. Not for judging the detectors: for timing them.
import type { Post, Thread } from '../../src/shared/thread.ts';
import { seededRandom } from '../eval-threads/seeded-random.ts';

const WORDS = (
  'the a to and of in is it you that for on this was with my be have are not but at so what just like ' +
  'budget council vote mayor city people think really never always money school road bus rent tax plan ' +
  'game season team coach score win lose fans week tonight movie music love great good bad terrible ' +
  'news report claim true false source video photo link read share agree disagree wrong right maybe'
).split(' ');

export function benchThread(replies: number, seed = 1): Thread {
  const rng = seededRandom(seed);
  const start = Date.parse('2025-03-01T12:00:00Z');
  const root: Post = {
    id: 'root',
    author: { handle: 'newsroom', followers: 120_000 },
    text: 'Breaking: the council passed the budget tonight.',
    createdAt: new Date(start).toISOString(),
  };
  const posts: Post[] = [root];
  const campaign = 'Everyone should know the budget vote was rigged by the mayor and his friends, share this now';
  for (let i = 0; i < replies; i++) {
    const inCampaign = i % 500 === 7;
    const words = Array.from({ length: rng.int(5, 40) }, () => rng.pick(WORDS));
    if (rng.chance(0.05)) words.push(`#${rng.pick(WORDS)}`);
    if (rng.chance(0.03)) words.push(`https://site${rng.int(1, 50)}.example/a/${rng.int(1, 1000)}`);
    const handle = rng.chance(0.05) ? `user${rng.int(10_000_000, 99_999_999)}` : `${rng.pick(WORDS)}_${rng.pick(WORDS)}${i}`;
    const minutes = inCampaign ? 300 + rng.next() * 3 : rng.logNormal(60, 1.5);
    posts.push({
      id: `p${i}`,
      author: { handle, followers: rng.int(0, 5000), following: rng.int(0, 2000), createdAt: new Date(start - rng.int(1, 3000) * 86_400_000).toISOString() },
      text: inCampaign ? campaign : words.join(' '),
      createdAt: new Date(start + minutes * 60_000).toISOString(),
      replyTo: 'root',
    });
  }
  return { site: 'x', posts };
}
