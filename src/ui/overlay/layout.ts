// Where the reasons panel goes, and the numbers behind it. Pure, so it is tested without a
// browser; the CSS (styles.ts) takes the same constants, so the panel's size and the room
// computed for it here can't disagree.

/** The panel's widest: room for a reason's sentence on one or two lines, narrower than X's column (600 px). */
export const PANEL_MAX_WIDTH_PX = 420;
/** The panel's tallest: beyond it the panel scrolls rather than covering the whole screen. */
export const PANEL_MAX_HEIGHT_PX = 640;
/** ... and never more than this share of the viewport's height, on short screens. */
export const PANEL_MAX_HEIGHT_SHARE = 0.7;
/** Distance kept between the panel and the viewport's edges. */
export const VIEWPORT_MARGIN_PX = 8;
/** Distance between the badge and the panel it opens (above or below it). */
export const BADGE_GAP_PX = 6;
/**
 * The panel opens below its badge when at least this much of the viewport is left there (a
 * heading, the level's meaning and a first reason); otherwise it opens above the badge.
 */
export const PANEL_MIN_ROOM_BELOW_PX = 200;
/** The viewport size assumed when the document has no window (detached documents, tests). */
export const FALLBACK_VIEWPORT_PX = 800;

export interface Viewport {
  width: number;
  height: number;
}

export interface AnchorRect {
  top: number;
  bottom: number;
  left: number;
}

export function viewportOf(doc: Document): Viewport {
  const view = doc.defaultView;
  return { width: view?.innerWidth ?? FALLBACK_VIEWPORT_PX, height: view?.innerHeight ?? FALLBACK_VIEWPORT_PX };
}

/** The panel's top-left corner (fixed position) for a badge at `anchor`: below it when there is room, else above. */
export function panelPosition(anchor: AnchorRect, viewport: Viewport): { left: number; top: number } {
  const width = Math.min(PANEL_MAX_WIDTH_PX, viewport.width - 2 * VIEWPORT_MARGIN_PX);
  const left = Math.max(VIEWPORT_MARGIN_PX, Math.min(anchor.left, viewport.width - width - VIEWPORT_MARGIN_PX));
  const below = anchor.bottom + BADGE_GAP_PX;
  if (below + PANEL_MIN_ROOM_BELOW_PX <= viewport.height) return { left, top: below };
  const height = Math.min(PANEL_MAX_HEIGHT_PX, viewport.height * PANEL_MAX_HEIGHT_SHARE);
  return { left, top: Math.max(VIEWPORT_MARGIN_PX, anchor.top - BADGE_GAP_PX - height) };
}

/** The panel's CSS size rules, from the same numbers. */
export const PANEL_SIZE_CSS = `width: min(${PANEL_MAX_WIDTH_PX}px, calc(100vw - ${2 * VIEWPORT_MARGIN_PX}px)); max-height: min(${PANEL_MAX_HEIGHT_SHARE * 100}vh, ${PANEL_MAX_HEIGHT_PX}px);`;
