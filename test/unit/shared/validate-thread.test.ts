import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateThread } from '../../../src/shared/validate-thread.ts';

const post = (extra: object = {}): object => ({ id: '1', author: { handle: 'a' }, text: 'hi', ...extra });
const problem = (value: unknown): string | undefined => {
  const result = validateThread(value);
  return result.ok ? undefined : result.error;
};

describe('validateThread', () => {
  it('accepts minimal and full threads, and extra fields the schema allows', () => {
    expect(problem({ site: 'x', posts: [] })).toBeUndefined();
    expect(
      problem({
        site: 'x',
        url: 'https://x.com/a/status/1',
        capturedAt: '2024-01-01T00:00:00Z',
        extra: true,
        posts: [
          post({
            author: { handle: 'a', displayName: 'A', verified: true, defaultAvatar: false, createdAt: '2020-01-01', followers: 0, following: 5, bio: 'x' },
            createdAt: '2024-01-01T00:00:00Z',
            replyTo: '0',
            quotes: '9',
            links: ['https://e.x'],
            hashtags: ['tag'],
            metrics: { replies: 1, reposts: 0, likes: 3, views: 10, bookmarks: 2 },
            platformLabels: ['community-note'],
          }),
        ],
      }),
    ).toBeUndefined();
  });

  it('accepts every Thread fixture of this repo', () => {
    for (const name of readdirSync('test/fixtures/threads')) {
      expect(problem(JSON.parse(readFileSync(`test/fixtures/threads/${name}`, 'utf8'))), name).toBeUndefined();
    }
  });

  it('names the JSON path of the first problem', () => {
    expect(problem([])).toBe('a Thread must be a JSON object with "site" and "posts"');
    expect(problem({ posts: [] })).toBe('site is missing');
    expect(problem({ site: 3, posts: [] })).toBe('site must be a string');
    expect(problem({ site: 'x', posts: {} })).toBe('posts must be an array');
    expect(problem({ site: 'x', posts: [], url: 5 })).toBe('url must be a string');
    expect(problem({ site: 'x', posts: [post(), 'no'] })).toBe('posts[1] must be an object');
    expect(problem({ site: 'x', posts: [post(), post(), post(), post({ author: { handle: 1 } })] })).toBe('posts[3].author.handle must be a string');
    expect(problem({ site: 'x', posts: [post({ author: {} })] })).toBe('posts[0].author.handle is missing');
    expect(problem({ site: 'x', posts: [post({ author: 'a' })] })).toBe('posts[0].author must be an object');
    expect(problem({ site: 'x', posts: [{ id: '1', author: { handle: 'a' } }] })).toBe('posts[0].text is missing');
    expect(problem({ site: 'x', posts: [post({ links: ['ok', 2] })] })).toBe('posts[0].links[1] must be a string');
    expect(problem({ site: 'x', posts: [post({ hashtags: 'x' })] })).toBe('posts[0].hashtags must be an array of strings');
    expect(problem({ site: 'x', posts: [post({ metrics: { likes: -1 } })] })).toBe('posts[0].metrics.likes must be a whole number of 0 or more');
    expect(problem({ site: 'x', posts: [post({ author: { handle: 'a', followers: 1.5 } })] })).toBe(
      'posts[0].author.followers must be a whole number of 0 or more',
    );
    expect(problem({ site: 'x', posts: [post({ author: { handle: 'a', verified: 'yes' } })] })).toBe('posts[0].author.verified must be true or false');
  });
});
