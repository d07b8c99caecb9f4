// The X adapter's parse time in Chromium, for one checkout or several side by side (e.g. before and
// after a change: a worktree or `git archive` of the old commit, with node_modules linked in). The
// linkedom figure of measure-x-parse.ts is 5-10x Chromium's and ranks costs differently; this one
// runs the adapter in a real page of the demo's X status page, each repetition in a fresh page:
// "cold" is the first pass over every post (what the content script pays: new DOM wrappers,
// unoptimised code), "warm" the third. Alternating the checkouts evens out a busy machine; the
// minimum is the steadiest figure there.
// Run from the repo root: npx tsx tools/bench/compare-x-parse.ts [--replies N] [--reps N] [CHECKOUT...]
import { chromium } from '@playwright/test';
import path from 'node:path';
import { build, type Rollup } from 'vite';
import { CHROMIUM_ARGS, chromiumPath } from '../demo/chromium.ts';
import { renderXStatusPage } from '../demo/render-x-status-page.ts';
import { stressThread } from '../demo/stress-thread.ts';
import { spread, type Spread } from './spread.ts';

/** The adapter of a checkout as one script that sets `globalThis.threadlensX`. */
async function adapterBundle(checkout: string): Promise<string> {
  const out = (await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      lib: { entry: path.join(checkout, 'src/sites/x/x-adapter.ts'), formats: ['iife'], name: 'threadlensX', fileName: () => 'x.js' },
    },
  })) as Rollup.RollupOutput[];
  const chunk = out[0]?.output[0];
  if (chunk?.type !== 'chunk') throw new Error(`${checkout}: no bundle`);
  return chunk.code;
}

/** In the page: parses every post once, in ms per 100 posts. */
function parsePass(): number {
  const { xAdapter } = (globalThis as unknown as { threadlensX: typeof import('../../src/sites/x/x-adapter.ts') }).threadlensX;
  const url = new URL(location.href);
  const posts = xAdapter.findPostElements(document);
  const start = performance.now();
  for (const post of posts) xAdapter.parsePost(post, url);
  return ((performance.now() - start) / Math.max(1, posts.length)) * 100;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const option = (name: string, fallback: number): number => {
    const i = args.indexOf(name);
    if (i === -1) return fallback;
    const [value] = args.splice(i, 2).slice(1);
    return Number(value);
  };
  const replies = option('--replies', 1000);
  const reps = option('--reps', 7);
  const checkouts = args.length > 0 ? args.map((a) => path.resolve(a)) : [process.cwd()];
  const html = renderXStatusPage(stressThread(replies));
  const bundles = await Promise.all(checkouts.map(adapterBundle));
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
  const cold: number[][] = checkouts.map(() => []);
  const warm: number[][] = checkouts.map(() => []);
  try {
    for (let rep = 0; rep < reps; rep++) {
      for (const [k, bundle] of bundles.entries()) {
        const page = await browser.newPage();
        await page.route('http://127.0.0.1/**', (r) => r.fulfill({ body: html, contentType: 'text/html' }));
        await page.goto('http://127.0.0.1/x/status/1');
        await page.addScriptTag({ content: bundle });
        cold[k]?.push(await page.evaluate(parsePass));
        await page.evaluate(parsePass);
        warm[k]?.push(await page.evaluate(parsePass));
        await page.close();
      }
    }
  } finally {
    await browser.close();
  }
  const show = (s: Spread): string => `median ${s.median}, min ${s.min}, max ${s.max}`;
  console.log(`X adapter parse time in Chromium, ms per 100 posts (${replies + 1} posts, ${reps} fresh pages each)`);
  checkouts.forEach((c, k) => console.log(`${c}\n  cold: ${show(spread(cold[k] ?? []))}\n  warm: ${show(spread(warm[k] ?? []))}`));
}

await main();
