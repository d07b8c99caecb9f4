import { describe, expect, it } from 'vitest';
import { luminance, themeFromColors } from '../../../src/ui/overlay/theme.ts';

describe('theme', () => {
  it("reads X's three backgrounds", () => {
    expect(themeFromColors(['rgb(255, 255, 255)'])).toBe('light');
    expect(themeFromColors(['rgb(21, 32, 43)'])).toBe('dark');
    expect(themeFromColors(['rgb(0, 0, 0)'])).toBe('dark');
  });

  it('skips transparent and unreadable colours', () => {
    expect(luminance('rgba(0, 0, 0, 0)')).toBeNull();
    expect(luminance('transparent')).toBeNull();
    expect(themeFromColors(['rgba(0, 0, 0, 0)', 'rgb(0, 0, 0)'])).toBe('dark');
    expect(themeFromColors(['transparent'])).toBe('light');
  });
});
