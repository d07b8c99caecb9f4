// The thread tracker on linkedom elements: what it keeps, how it orders and groups posts, and
// which threads it says must be sent again.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ThreadTracker } from '../../../src/content/thread-tracker.ts';
import { domEnv, type DomEnv } from '../dom-env.ts';
import { fakeAdapter } from './fake-site.ts';

const PAGE = `<!doctype html><html><body>
  <article data-post="1">the root</article>
  <article data-post="2" data-reply-to="1">first reply</article>
  <article data-post="3" data-reply-to="1">second reply</article>
  <article data-post="7">another thread</article>
  <article data-post="8"></article>
</body></html>`;

describe('ThreadTracker', () => {
  let env: DomEnv;
  let tracker: ThreadTracker;
  const post = (id: string): Element => env.document.querySelector(`[data-post="${id}"]`) as Element;
  const ids = () => tracker.groups().map(({ group }) => [group.key, group.thread.posts.map((p) => p.id)]);

  beforeEach(() => {
    env = domEnv(PAGE);
    tracker = new ThreadTracker(fakeAdapter, new URL('https://x.com/user1/status/1'));
  });
  afterEach(() => env.restore());

  it('keeps readable posts only, with the time the adapter took', () => {
    let t = 0;
    const clock = () => (t += 1.5);
    expect(tracker.read(post('8'), 0, clock)).toBe(false);
    expect(tracker.read(post('1'), 0, clock)).toBe(true);
    expect(tracker.size).toBe(1);
    expect(tracker.parseMs('1')).toBe(1.5);
    expect(tracker.parseMs('8')).toBeUndefined();
    expect(tracker.dirty).toBe(true);
  });

  it('orders posts by their place on the page, and a post read again keeps its place', () => {
    tracker.read(post('3'), 300);
    tracker.read(post('1'), 100);
    tracker.read(post('7'), 50);
    tracker.read(post('2'), 300); // same y as 3: the order it was read in decides
    expect(ids()).toEqual([
      ['7', ['7']],
      ['1', ['1', '3', '2']],
    ]);
    tracker.read(post('3'), 300);
    expect(ids()).toEqual([
      ['7', ['7']],
      ['1', ['1', '3', '2']],
    ]);
    expect(tracker.dirty).toBe(false);
  });

  it('says a thread changed until its hash is sent, and again when it grows or settings change', () => {
    tracker.read(post('1'), 0);
    tracker.read(post('7'), 10);
    const first = tracker.groups();
    expect(first.map((g) => g.changed)).toEqual([true, true]);
    for (const g of first) tracker.markSent(g.group.key, g.hash, g.generation);
    expect(tracker.groups().map((g) => g.changed)).toEqual([false, false]);

    tracker.read(post('2'), 5);
    const grown = tracker.groups();
    expect(grown.map((g) => [g.group.key, g.changed])).toEqual([
      ['1', true],
      ['7', false],
    ]);
    expect(grown[0]?.hash).not.toBe(first[0]?.hash);

    tracker.resend();
    expect(tracker.dirty).toBe(true);
    expect(tracker.groups().every((g) => g.changed)).toBe(true);
  });

  it('ignores an answer to a request sent before the settings changed: the thread is sent again', () => {
    tracker.read(post('1'), 0);
    const [inFlight] = tracker.groups();
    if (!inFlight) throw new Error('no group');
    tracker.resend();
    tracker.markSent(inFlight.group.key, inFlight.hash, inFlight.generation);
    const [again] = tracker.groups();
    expect(again?.changed).toBe(true);
    if (again) tracker.markSent(again.group.key, again.hash, again.generation);
    expect(tracker.groups()[0]?.changed).toBe(false);
  });

  it('forgets everything when the page changes in place', () => {
    tracker.read(post('1'), 0);
    const [g] = tracker.groups();
    if (g) tracker.markSent(g.group.key, g.hash, g.generation);
    tracker.reset(new URL('https://x.com/user7/status/7'));
    expect(tracker.size).toBe(0);
    expect(tracker.dirty).toBe(false);
    expect(tracker.groups()).toEqual([]);
    tracker.read(post('1'), 0);
    expect(tracker.groups()[0]?.changed).toBe(true);
  });
});
