// A status page with as many replies as asked for (5,000 for the stress page): generated accounts and texts,
// deterministic so that every run measures the same page. Every tenth reply answers the one above it.
import { snowflake } from './demo-thread.ts';
import type { DemoAccount, DemoPost, DemoThread } from './demo-thread.ts';

const FIRST = ['Alex', 'Sam', 'Maria', 'Chen', 'Fatima', 'Jonas', 'Aiko', 'Luis', 'Nia', 'Omar', 'Petra', 'Ravi'];
const LAST = ['Berg', 'Okoro', 'Silva', 'Novak', 'Haddad', 'Kim', 'Moreau', 'Patel', 'Larsen', 'Costa'];
const OPENERS = ['Interesting point.', 'Not sure about this.', 'Agreed.', 'Source?', 'This matches what I saw.', 'Hard disagree.'];
const BODIES = [
  'The numbers from last year tell a different story',
  'we tried something similar at work and it took months to settle',
  'the comments here are more useful than the article',
  'I would like to see the full report before deciding',
  'my neighbourhood had the same problem in 2023',
  'this is why local news matters',
];

export function stressThread(replies: number): DemoThread {
  const start = Date.parse('2025-11-20T12:00:00.000Z');
  const focal = makePost(
    0,
    start,
    { handle: 'threadlens_stress', name: 'Threadlens stress test', color: '#536471' },
    'A thread with a great many replies, to measure how fast pages are read.',
  );
  focal.metrics.replies = replies;
  const posts: DemoPost[] = [];
  for (let i = 1; i <= replies; i++) {
    const account: DemoAccount = {
      handle: `user_${i.toString(36)}_${(i * 7919) % 100_000}`,
      name: `${FIRST[i % FIRST.length]} ${LAST[(i * 3) % LAST.length]}`,
      defaultAvatar: i % 9 === 0,
      color: `hsl(${(i * 47) % 360} 45% 40%)`,
    };
    const text = `${OPENERS[i % OPENERS.length]} ${BODIES[(i * 5) % BODIES.length]}${i % 25 === 0 ? ' #Maplewood' : ''}${i % 40 === 0 ? ' https://example.org/report-2025' : ''}`;
    const reply = makePost(i, start + i * 9_000, account, text);
    const previous = posts[posts.length - 1];
    posts.push(i % 10 === 0 && previous !== undefined ? { ...reply, replyTo: previous.id } : reply);
  }
  return { slug: `synthetic-${replies}`, title: `A synthetic thread with ${replies} replies`, focal, replies: posts };
}

function makePost(i: number, time: number, author: DemoAccount, text: string): DemoPost {
  const createdAt = new Date(time).toISOString();
  return {
    id: snowflake(createdAt, i % 4096),
    author,
    text,
    createdAt,
    metrics: { replies: i % 4, reposts: i % 3, likes: (i * 13) % 200, views: 40 + ((i * 31) % 5000) },
  };
}
