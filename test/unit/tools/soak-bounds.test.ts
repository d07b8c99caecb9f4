// npm run soak's verdict: which figures fail their bounds, and that long tasks are only reported.
import { describe, expect, it } from 'vitest';
import { checkBounds, SOAK_BOUNDS, type SoakFigures } from '../../../tools/soak/run-soak.ts';

const content = { flushes: 40, longestFlushMs: 300, longestSendMs: 80, over50ms: 3, tracked: 1800, elementsHeld: 70, dropped: 600 };

function figures(end: Partial<SoakFigures['end']> = {}, requestsOffMachine: string[] = []): SoakFigures {
  return {
    minutes: 2,
    scrollSteps: 60,
    start: { pageHeapMb: 2.5, swHeapMb: 8, detachedNodes: 1, content },
    end: { pageHeapMb: 3.7, swHeapMb: 10, detachedNodes: 15, content, ...end },
    longestTaskMs: 5000,
    longestTaskWithoutMs: 2500,
    longestFrameGapMs: 5000,
    requestsOffMachine,
    failures: [],
  };
}

describe('soak bounds', () => {
  it('passes a run within every bound, whatever its long tasks', () => {
    expect(checkBounds(figures(), SOAK_BOUNDS)).toEqual([]);
  });

  it('fails on nodes kept alive after the page removed them, on a heap that grew, on too many posts kept, and on a request off the machine', () => {
    const failures = checkBounds(
      figures({ detachedNodes: 831, pageHeapMb: 30, content: { ...content, tracked: 5001 } }, ['https://example.org/x']),
      SOAK_BOUNDS,
    );
    expect(failures.join('\n')).toMatch(/detached nodes/);
    expect(failures.join('\n')).toMatch(/page heap at the end/);
    expect(failures.join('\n')).toMatch(/page heap growth/);
    expect(failures.join('\n')).toMatch(/posts the content script keeps/);
    expect(failures.join('\n')).toMatch(/example\.org/);
  });

  it('fails when the content script says nothing (not a test build)', () => {
    expect(checkBounds(figures({ content: null }), SOAK_BOUNDS)).toEqual([expect.stringMatching(/test build/)]);
  });
});
