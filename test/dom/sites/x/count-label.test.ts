// Counts from X's accessibility labels, as they appear in saved pages and in other languages.
import { describe, expect, it } from 'vitest';
import { countFromLabel, viewsFromGroupLabel } from '../../../../src/sites/x/count-label.ts';

describe('countFromLabel', () => {
  it.each([
    ['2534 Replies. Reply', 2534],
    ['0 reposts. Repost', 0],
    ['1 Like. Like', 1],
    ['2596467 views. View post analytics', 2596467],
    ['1.2K likes', 1200],
    ['2.5M views', 2_500_000],
    ['25K', 25_000],
    ['5,432 views', 5432],
    ['1,234,567 views', 1_234_567],
    ['1.234 Antworten. Antworten', 1234],
    ['12 Kommentare', 12],
    ['1\u202f234 J’aime', 1234],
    ['1,2K Me gusta', 1200],
    ['12 件の返信。返信する', 12],
  ])('%s -> %d', (label, count) => {
    expect(countFromLabel(label)).toBe(count);
  });

  it.each([['Reply'], [''], ['1,5 Tsd. Likes'], ['1.5 likes'], ['١٢ ردًا'], ['Like 12']])('leaves out what it cannot read: %j', (label) => {
    expect(countFromLabel(label)).toBeUndefined();
  });

  it('takes null and undefined', () => {
    expect(countFromLabel(null)).toBeUndefined();
    expect(countFromLabel(undefined)).toBeUndefined();
  });
});

describe('viewsFromGroupLabel', () => {
  it.each([
    ['1 reply, 4 likes, 2 bookmarks, 809 views', 809],
    ['2534 replies, 4483 reposts, 25616 likes, 797 bookmarks, 2596467 views', 2596467],
    ['12 replies, 1,234 views', 1234],
    ['361 views', 361],
  ])('%s -> %d', (label, views) => {
    expect(viewsFromGroupLabel(label)).toBe(views);
  });

  it('is undefined without views', () => {
    expect(viewsFromGroupLabel('3 replies, 1 repost, 22 likes')).toBeUndefined();
    expect(viewsFromGroupLabel(null)).toBeUndefined();
  });
});
