// The overlay's elements on the page: a custom-element host with a shadow root holding our
// markup and CSS. Shipped builds close the root, so the page's scripts can't reach in: for them
// the host is an empty element, and `host.shadowRoot` is null. Test builds open it, so Playwright
// can look inside (it can't see into closed roots); the overlay keeps its own reference to each
// root and never reads `host.shadowRoot`, so both modes run the same code.
import { TEST_BUILD } from '../../shared/build-flags.ts';
import { OVERLAY_CSS } from './styles.ts';

export const SHADOW_MODE: ShadowRootMode = TEST_BUILD ? 'open' : 'closed';

export interface ShadowHost {
  host: HTMLElement;
  root: ShadowRoot;
}

/** One constructed style sheet shared by every root, or null where the browser can't adopt one. */
export function overlayStyleSheet(doc: Document): CSSStyleSheet | null {
  try {
    const sheet = new (doc.defaultView ?? window).CSSStyleSheet();
    sheet.replaceSync(OVERLAY_CSS);
    return sheet;
  } catch {
    return null;
  }
}

export function createShadowHost(doc: Document, tag: string, sheet: CSSStyleSheet | null): ShadowHost {
  const host = doc.createElement(tag);
  const root = host.attachShadow({ mode: SHADOW_MODE });
  if (!adoptSheet(root, sheet)) {
    const style = doc.createElement('style');
    style.textContent = OVERLAY_CSS;
    root.append(style);
  }
  return { host, root };
}

/**
 * Adopts the shared sheet where the browser lets a content script do so. Firefox's content scripts
 * see the page's objects through Xray wrappers, and assigning an array made in the content script
 * to `adoptedStyleSheets` throws "Accessing from Xray wrapper is not supported" (Firefox ESR 140):
 * a <style> element in the root does the same job there.
 */
function adoptSheet(root: ShadowRoot, sheet: CSSStyleSheet | null): boolean {
  if (!sheet || !('adoptedStyleSheets' in root)) return false;
  try {
    root.adoptedStyleSheets = [sheet];
    return root.adoptedStyleSheets.length === 1;
  } catch {
    return false;
  }
}
