// What the shipped builds leave out: test-only messages, attributes and hooks exist only under
// the build's TEST_BUILD flag (src/shared/build-flags.ts), which the bundler folds to a literal,
// so the shipped files must not contain them at all. Reads the folders `npm run build` wrote
// (npm test builds them before this runs); no browser.
import { test, expect } from '@playwright/test';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** Every script of a build folder, concatenated (bundles and the options page's assets). */
async function scriptsOf(build: string): Promise<string> {
  const dir = path.resolve('dist', build);
  expect(existsSync(path.join(dir, 'manifest.json')), `${dir} is missing: npm run build`).toBe(true);
  const files = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.js') || f.endsWith('.mjs'));
  const texts = await Promise.all(files.map((f) => readFile(path.join(dir, f), 'utf8')));
  return texts.join('\n');
}

/** Strings that only the test builds may hold, with why each is test-only. */
const TEST_ONLY = {
  'ui/measure-classifier': "the bench's classifier timing message",
  'data-level': "the badge's level as an attribute",
  'data-threadlens-highlight': 'the marker on highlighted posts',
};

for (const build of ['chrome', 'firefox']) {
  test(`the shipped ${build} build holds no test-only message or hook`, async () => {
    const scripts = await scriptsOf(build);
    for (const [needle, what] of Object.entries(TEST_ONLY)) expect(scripts.includes(needle), `${what} (${needle}) in dist/${build}`).toBe(false);
  });
}

test('the shipped content script closes its shadow roots; the test build opens them for Playwright', async () => {
  // The minifier may name the mode: `attachShadow({mode:x})` with `x="closed"` elsewhere.
  const modes = (scripts: string) =>
    [...new Set([...scripts.matchAll(/attachShadow\(\{mode:([^}]*)\}\)/g)].map((m) => m[1] ?? ''))].map((mode) =>
      mode.startsWith('"') ? mode : (new RegExp(`[^\\w$]${mode.replace(/\$/g, '\\$')}=("[a-z]+")`).exec(scripts)?.[1] ?? mode),
    );
  for (const build of ['chrome', 'firefox']) {
    const shipped = modes(await scriptsOf(build));
    expect(shipped.length, `no attachShadow found in dist/${build}`).toBeGreaterThan(0);
    for (const mode of shipped) expect(mode, `dist/${build}`).toBe('"closed"');
  }
  expect(modes(await scriptsOf('chrome-test'))).toEqual(['"open"']);
});

test('the test build still holds them (the check above looks for the right strings)', async () => {
  const scripts = await scriptsOf('chrome-test');
  for (const [needle, what] of Object.entries(TEST_ONLY)) expect(scripts.includes(needle), `${what} (${needle}) in dist/chrome-test`).toBe(true);
});
