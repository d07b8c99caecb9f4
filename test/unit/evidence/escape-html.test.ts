import { describe, expect, it } from 'vitest';
import { escapeHtml, hasInvisibles, pageText, revealInvisibles } from '../../../src/evidence/escape-html.ts';
import { HOSTILE } from './evidence-fixtures.ts';

describe('escapeHtml', () => {
  it('escapes the five characters that end text or an attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('leaves no < > " or \' in any payload', () => {
    for (const payload of HOSTILE) expect(escapeHtml(payload)).not.toMatch(/[<>"']/);
  });

  it('escapes & first, so an already escaped text stays visible as written', () => {
    expect(escapeHtml('&lt;')).toBe('&amp;lt;');
  });
});

describe('pageText', () => {
  it('boxes text in <bdi> and shows direction overrides and zero-width characters as [U+XXXX]', () => {
    expect(pageText('a\u202Eb\u200Bc')).toBe('<bdi>a<span class="ctl">[U+202E]</span>b<span class="ctl">[U+200B]</span>c</bdi>');
  });

  it('escapes between the marks', () => {
    expect(pageText('<b>\u2066"</b>')).toBe('<bdi>&lt;b&gt;<span class="ctl">[U+2066]</span>&quot;&lt;/b&gt;</bdi>');
  });

  it('keeps ordinary right-to-left text, newlines and emoji', () => {
    expect(pageText('שלום عربي\n👍')).toBe('<bdi>שלום عربي\n👍</bdi>');
  });

  it('reveals NUL and other controls but not tab or newline', () => {
    expect(revealInvisibles('a\u0000b\tc\nd\u00ADe\uFEFF')).toBe('a[U+0000]b\tc\nd[U+00AD]e[U+FEFF]');
    expect(hasInvisibles('plain')).toBe(false);
    expect(hasInvisibles('x\u200Dy')).toBe(true);
  });
});
