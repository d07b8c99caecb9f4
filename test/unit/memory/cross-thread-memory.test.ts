import { describe, expect, it } from 'vitest';
import { CrossThreadMemory, MEMORY_VERSION } from '../../../src/memory/cross-thread-memory.ts';
import { replyFingerprint } from '../../../src/memory/reply-fingerprint.ts';
import type { Thread } from '../../../src/shared/thread.ts';

const SPAM = 'Get the real story the media will not tell you about this, link in my profile now';
const T = Date.parse('2026-11-01T10:00:00Z');

function thread(n: number, replies: { handle: string; text: string }[]): Thread {
  return {
    site: 'x',
    posts: [
      { id: `root${n}`, author: { handle: `host${n}` }, text: `Root post number ${n} about something` },
      ...replies.map((r, i) => ({ id: `r${n}-${i}`, author: { handle: r.handle }, text: r.text, replyTo: `root${n}` })),
    ],
  };
}

describe('reply fingerprints', () => {
  it('are the same through case, punctuation, links and mentions', () => {
    expect(replyFingerprint(SPAM)).not.toBeNull();
    expect(replyFingerprint(`@someone ${SPAM.toUpperCase()}!!! https://t.co/x`)).toBe(replyFingerprint(SPAM));
  });

  it('are not given to short or generic replies', () => {
    for (const text of ['RIP', 'Thank you so much!', 'so sad, rest in peace', 'this is so true and I agree', 'Je suis Charlie'])
      expect(replyFingerprint(text)).toBeNull();
  });
});

describe('cross-thread memory', () => {
  it('remembers replies by fingerprint with thread, account and time, and the root as a root', () => {
    const memory = new CrossThreadMemory();
    memory.remember(thread(1, [{ handle: 'A', text: SPAM }]), T);
    const fp = replyFingerprint(SPAM) ?? 0;
    expect(memory.entriesFor(fp)).toEqual([
      { fp, thread: 'x:root1', account: 'a', seenAt: T, excerpt: expect.stringMatching(/^Get the real story/), root: false },
    ]);
    expect(memory.size).toBe(1); // the root is too short to fingerprint
  });

  it('does not add the same reply twice when a thread is read again', () => {
    const memory = new CrossThreadMemory();
    memory.remember(thread(1, [{ handle: 'a', text: SPAM }]), T);
    memory.remember(thread(1, [{ handle: 'a', text: SPAM }]), T + 1000);
    expect(memory.size).toBe(1);
  });

  it('stays within its entries, oldest out first', () => {
    const memory = new CrossThreadMemory({ maxEntries: 5 });
    for (let n = 0; n < 12; n++) memory.remember(thread(n, [{ handle: `u${n}`, text: `${SPAM} number ${n} again` }]), T + n);
    expect(memory.size).toBe(5);
    expect(memory.entriesFor(replyFingerprint(`${SPAM} number 0 again`) ?? 0)).toEqual([]);
    expect(memory.entriesFor(replyFingerprint(`${SPAM} number 11 again`) ?? 0)).toHaveLength(1);
  });

  it('stays within its bytes and its age', () => {
    const small = new CrossThreadMemory({ maxBytes: 1000 });
    for (let n = 0; n < 50; n++) small.remember(thread(n, [{ handle: `u${n}`, text: `${SPAM} number ${n} again` }]), T + n);
    expect(small.approximateBytes).toBeLessThanOrEqual(1000);
    expect(JSON.stringify(small.toJSON()).length).toBeLessThan(1300);
    const aging = new CrossThreadMemory({ maxAgeMs: 60_000 });
    aging.remember(thread(1, [{ handle: 'a', text: SPAM }]), T);
    aging.remember(thread(2, [{ handle: 'b', text: `${SPAM} but later` }]), T + 120_000);
    expect(aging.size).toBe(1);
  });

  it('round-trips through JSON with its version', () => {
    const memory = new CrossThreadMemory();
    memory.remember(thread(1, [{ handle: 'a', text: SPAM }]), T);
    const json = JSON.parse(JSON.stringify(memory.toJSON()));
    expect(json.version).toBe(MEMORY_VERSION);
    const { memory: back, note } = CrossThreadMemory.fromJSON(json, T + 1000);
    expect(note).toBeUndefined();
    expect(back.toJSON()).toEqual(memory.toJSON());
  });

  it('rebuilds a corrupt or foreign memory and trims a full one, with a one-line note, never throwing', () => {
    for (const bad of ['not json at all', 42, [], { kind: 'something-else' }, { kind: 'threadlens-memory', version: MEMORY_VERSION, entries: 'x' }]) {
      const { memory, note } = CrossThreadMemory.fromJSON(bad, T);
      expect(memory.size).toBe(0);
      expect(note).toMatch(/^The cross-thread memory .*started a new one\.$/);
    }
    expect(CrossThreadMemory.fromJSON({ kind: 'threadlens-memory', version: 99, entries: [] }, T).note).toMatch(/another version \(99/);
    const rows = Array.from({ length: 20 }, (_, i) => [(1000 + i).toString(36), `x:r${i}`, `u${i}`, T + i, 'text', 0]);
    const trimmed = CrossThreadMemory.fromJSON({ kind: 'threadlens-memory', version: MEMORY_VERSION, entries: [...rows, ['??', 1, 2], null] }, T + 100, {
      maxEntries: 10,
    });
    expect(trimmed.memory.size).toBe(10);
    expect(trimmed.note).toBe('The cross-thread memory: skipped 2 unreadable entries; dropped 10 entries that were expired or over its bounds, oldest first.');
    expect(trimmed.note).not.toMatch(/\n/);
  });
});
