// Each rule eslint.config.js adds for ../shared/STYLE.md fires on a small bad snippet, in the
// folders it covers, and stays quiet on the good form and outside them.
import { ESLint } from 'eslint';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
let eslint: ESLint;

/** The rule ids that fire on `code` as if it were the file at `file`. */
async function rulesFor(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

describe('STYLE.md rules in eslint.config.js', () => {
  it('signals/, scoring/ and shared/ use no DOM or extension globals, nor browser packages', async () => {
    expect(await rulesFor('src/signals/bad.ts', 'export const title = document.title;\n')).toEqual(['no-restricted-globals']);
    expect(await rulesFor('src/scoring/bad.ts', 'export const width = window.innerWidth;\n')).toEqual(['no-restricted-globals']);
    expect(await rulesFor('src/shared/bad.ts', 'export const id = chrome.runtime.id;\n')).toEqual(['no-restricted-globals']);
    expect(await rulesFor('src/shared/bad.ts', "import browser from 'webextension-polyfill';\nexport const b = browser;\n")).toEqual(['no-restricted-imports']);
    expect(await rulesFor('src/signals/bad.ts', "import { render } from 'preact';\nexport const r = render;\n")).toEqual(['no-restricted-imports']);
    expect(await rulesFor('src/scoring/bad.ts', "import { start } from '../content/content-main.ts';\nexport const s = start;\n")).toEqual([
      'no-restricted-imports',
    ]);
    // What Node has too is fine there; the DOM is fine where the DOM is.
    expect(await rulesFor('src/signals/good.ts', 'export const later = (f: () => void) => setTimeout(f, 1) && new URL("https://x.com").host;\n')).toEqual([]);
    expect(await rulesFor('src/content/good.ts', 'export const title = document.title;\n')).toEqual([]);
  });

  it('shared/ imports neither scoring/ nor signals/', async () => {
    expect(await rulesFor('src/shared/bad.ts', "import { scoreThread } from '../scoring/score-thread.ts';\nexport const s = scoreThread;\n")).toEqual([
      'no-restricted-imports',
    ]);
  });

  it('src/ has no innerHTML-like sinks and makes no code from strings', async () => {
    const sinks = [
      'export const f = (el: Element, s: string) => { el.innerHTML = s; };\n',
      'export const f = (el: Element) => el.outerHTML;\n',
      "export const f = (el: Element, s: string) => el.insertAdjacentHTML('beforeend', s);\n",
      'export const f = (s: string) => document.write(s);\n',
    ];
    for (const code of sinks) expect(await rulesFor('src/ui/overlay/bad.ts', code), code).toEqual(['no-restricted-syntax']);
    expect(await rulesFor('src/ui/overlay/bad.tsx', 'export const F = ({ s }: { s: string }) => <div dangerouslySetInnerHTML={{ __html: s }} />;\n')).toEqual([
      'no-restricted-syntax',
    ]);
    expect(await rulesFor('src/ui/overlay/bad.ts', "export const v = eval('1');\n")).toEqual(['no-eval']);
    expect(await rulesFor('src/ui/overlay/bad.ts', "export const f = new Function('a', 'return a');\n")).toEqual(['no-new-func']);
    expect(await rulesFor('src/ui/overlay/good.ts', 'export const f = (el: Element, s: string) => { el.textContent = s; };\n')).toEqual([]);
    // Tests may build fixture markup.
    expect(await rulesFor('test/dom/good.test.ts', "export const f = (el: Element) => { el.innerHTML = '<b>x</b>'; };\n")).toEqual([]);
  });

  it('no `!` after a DOM query or lookup', async () => {
    expect(await rulesFor('src/content/bad.ts', "export const t = document.querySelector('a')!.textContent;\n")).toEqual(['no-restricted-syntax']);
    expect(await rulesFor('src/sites/x/bad.ts', "export const f = (el: Element) => el.closest('article')!;\n")).toEqual(['no-restricted-syntax']);
    expect(await rulesFor('tools/demo/bad.ts', 'export const f = (el: Element) => el.shadowRoot!;\n')).toEqual(['no-restricted-syntax']);
    expect(await rulesFor('src/content/good.ts', "export const t = document.querySelector('a')?.textContent ?? '';\n")).toEqual([]);
  });

  it('content/ and background/ never import each other, src/ never imports tools/ or dev packages', async () => {
    expect(await rulesFor('src/content/bad.ts', "import { route } from '../background/router.ts';\nexport const r = route;\n")).toEqual([
      'no-restricted-imports',
    ]);
    expect(await rulesFor('src/background/bad.ts', "import { start } from '../content/content-main.ts';\nexport const s = start;\n")).toEqual([
      'no-restricted-imports',
    ]);
    expect(await rulesFor('src/background/bad.ts', "import { createOverlay } from '../ui/overlay/overlay.tsx';\nexport const c = createOverlay;\n")).toEqual([
      'no-restricted-imports',
    ]);
    expect(await rulesFor('src/cli/bad.ts', "import { page } from '../../tools/demo/demo-pages.ts';\nexport const p = page;\n")).toEqual([
      'no-restricted-imports',
    ]);
    expect(await rulesFor('src/cli/bad.ts', "import { chromium } from '@playwright/test';\nexport const c = chromium;\n")).toEqual(['no-restricted-imports']);
    expect(await rulesFor('src/content/good.ts', "import type { Thread } from '../shared/thread.ts';\nexport type T = Thread;\n")).toEqual([]);
    expect(await rulesFor('tools/bench/good.ts', "import { chromium } from '@playwright/test';\nexport const c = chromium;\n")).toEqual([]);
  });
});
