// Highlights the posts behind a reason. The page's elements are only touched through their inline
// outline (saved and restored), never their content; one set highlighted at a time. The marker
// attribute is for the end-to-end tests only (absent from shipped builds): the page sees the
// outline the reader sees, and nothing more.
import { TEST_BUILD } from '../../shared/build-flags.ts';

export interface Highlighter {
  highlight(elements: readonly Element[], color: string): void;
  clear(): void;
}

export function createHighlighter(): Highlighter {
  let current: Array<{ el: HTMLElement; outline: string; offset: string }> = [];
  const clear = (): void => {
    for (const { el, outline, offset } of current) {
      el.style.outline = outline;
      el.style.outlineOffset = offset;
      if (TEST_BUILD) el.removeAttribute('data-threadlens-highlight');
    }
    current = [];
  };
  return {
    highlight(elements, color) {
      clear();
      for (const element of elements) {
        if (!(element instanceof HTMLElement) || !element.isConnected) continue;
        current.push({ el: element, outline: element.style.outline, offset: element.style.outlineOffset });
        element.style.outline = `3px solid ${color}`;
        element.style.outlineOffset = '-3px';
        if (TEST_BUILD) element.setAttribute('data-threadlens-highlight', '');
      }
    },
    clear,
  };
}
