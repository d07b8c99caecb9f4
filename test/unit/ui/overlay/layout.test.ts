import { describe, expect, it } from 'vitest';
import {
  BADGE_GAP_PX,
  PANEL_MAX_HEIGHT_PX,
  PANEL_MAX_WIDTH_PX,
  PANEL_MIN_ROOM_BELOW_PX,
  PANEL_SIZE_CSS,
  panelPosition,
  VIEWPORT_MARGIN_PX,
} from '../../../../src/ui/overlay/layout.ts';
import { OVERLAY_CSS } from '../../../../src/ui/overlay/styles.ts';

const viewport = { width: 1000, height: 900 };

describe('panelPosition', () => {
  it("opens below the badge when the room below holds the panel's first lines", () => {
    expect(panelPosition({ top: 100, bottom: 120, left: 300 }, viewport)).toEqual({ left: 300, top: 120 + BADGE_GAP_PX });
    const lowest = viewport.height - PANEL_MIN_ROOM_BELOW_PX - BADGE_GAP_PX;
    expect(panelPosition({ top: lowest - 20, bottom: lowest, left: 300 }, viewport).top).toBe(lowest + BADGE_GAP_PX);
  });

  it('opens above the badge near the bottom, never past the top margin', () => {
    expect(panelPosition({ top: 850, bottom: 870, left: 300 }, viewport).top).toBe(850 - BADGE_GAP_PX - 0.7 * viewport.height);
    expect(panelPosition({ top: 1150, bottom: 1170, left: 300 }, { width: 1000, height: 1200 }).top).toBe(1150 - BADGE_GAP_PX - PANEL_MAX_HEIGHT_PX);
    expect(panelPosition({ top: 300, bottom: 600, left: 300 }, { width: 1000, height: 760 }).top).toBe(VIEWPORT_MARGIN_PX);
  });

  it('keeps the panel inside the viewport sideways, and narrower than small screens', () => {
    expect(panelPosition({ top: 0, bottom: 20, left: 950 }, viewport).left).toBe(viewport.width - PANEL_MAX_WIDTH_PX - VIEWPORT_MARGIN_PX);
    expect(panelPosition({ top: 0, bottom: 20, left: -40 }, viewport).left).toBe(VIEWPORT_MARGIN_PX);
    expect(panelPosition({ top: 0, bottom: 20, left: 200 }, { width: 360, height: 700 }).left).toBe(VIEWPORT_MARGIN_PX);
  });

  it('gives the CSS the same numbers', () => {
    expect(PANEL_SIZE_CSS).toBe('width: min(420px, calc(100vw - 16px)); max-height: min(70vh, 640px);');
    expect(OVERLAY_CSS).toContain(PANEL_SIZE_CSS);
  });
});
