// Follows the site's light or dark theme: X paints the body white (light), rgb(21, 32, 43) (dim)
// or black (lights out), so the body's background luminance tells which palette to use.
export type Theme = 'light' | 'dark';

/** Relative luminance of a CSS rgb()/rgba() colour, or null when it is not one or is transparent. */
export function luminance(color: string): number | null {
  const m = /rgba?\(\s*(\d+(?:\.\d+)?)[\s,]+(\d+(?:\.\d+)?)[\s,]+(\d+(?:\.\d+)?)(?:[\s,/]+(\d*(?:\.\d+)?))?\s*\)/.exec(color);
  if (!m) return null;
  if (m[4] !== undefined && m[4] !== '' && Number(m[4]) === 0) return null;
  const channel = (v: string | undefined): number => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(m[1]) + 0.7152 * channel(m[2]) + 0.0722 * channel(m[3]);
}

export function themeFromColors(colors: readonly string[]): Theme {
  for (const color of colors) {
    const l = luminance(color);
    if (l !== null) return l < 0.4 ? 'dark' : 'light';
  }
  return 'light';
}

export function detectTheme(doc: Document): Theme {
  const view = doc.defaultView;
  if (!view) return 'light';
  const colors = [doc.body, doc.documentElement].filter((el): el is HTMLElement => el !== null).map((el) => view.getComputedStyle(el).backgroundColor);
  return themeFromColors(colors);
}
