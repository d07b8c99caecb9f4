import { describe, expect, it } from 'vitest';
import { createTimeSlicer } from '../../../src/content/time-slicer.ts';

/** A fake clock that advances by `cost` for each work item, and a manual scheduler. */
function harness(cost: number) {
  let t = 0;
  const scheduled: Array<() => void> = [];
  return {
    now: () => t,
    advance: (ms: number) => {
      t += ms;
    },
    schedule: (run: () => void) => scheduled.push(run),
    runNext: () => scheduled.shift()?.(),
    get waiting() {
      return scheduled.length;
    },
    cost,
  };
}

describe('createTimeSlicer', () => {
  it('stops a pass once the budget is spent and resumes in the next', () => {
    const h = harness(1);
    const done: number[] = [];
    let passes = 0;
    const slicer = createTimeSlicer<number>(
      (n) => {
        done.push(n);
        h.advance(h.cost);
      },
      () => passes++,
      { budgetMs: 4, now: h.now, schedule: h.schedule },
    );
    for (let i = 0; i < 10; i++) slicer.push(i);
    expect(h.waiting).toBe(1);
    h.runNext();
    expect(done).toEqual([0, 1, 2, 3]);
    expect(slicer.pending).toBe(6);
    h.runNext();
    h.runNext();
    expect(done).toHaveLength(10);
    expect(passes).toBe(3);
    expect(h.waiting).toBe(0);
  });

  it('keeps going after an item throws', () => {
    const h = harness(0);
    const done: number[] = [];
    const slicer = createTimeSlicer<number>(
      (n) => {
        if (n === 1) throw new Error('bad post');
        done.push(n);
      },
      () => undefined,
      { now: h.now, schedule: h.schedule },
    );
    [0, 1, 2].forEach((n) => slicer.push(n));
    h.runNext();
    expect(done).toEqual([0, 2]);
  });

  it('does nothing once aborted, and idle() resolves when the queue drains', async () => {
    const h = harness(0);
    const controller = new AbortController();
    const done: number[] = [];
    const slicer = createTimeSlicer<number>(
      (n) => done.push(n),
      () => undefined,
      { now: h.now, schedule: h.schedule, signal: controller.signal },
    );
    slicer.push(1);
    const idle = slicer.idle();
    h.runNext();
    await idle;
    expect(done).toEqual([1]);
    controller.abort();
    slicer.push(2);
    h.runNext();
    expect(done).toEqual([1]);
  });
});
