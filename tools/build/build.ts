// Builds the loadable extension folders:
//   dist/chrome, dist/firefox       the shipped builds (x.com, twitter.com, bsky.app, reddit.com; Mastodon when granted)
//   dist/chrome-test, firefox-test  the test builds: also run on http://127.0.0.1 (npm start, e2e tests)
// Usage: tsx tools/build/build.ts [--target chrome|firefox|chrome-test|firefox-test ...]
// The content script is one classic (IIFE) file, the background one ES module with no dynamic
// import (a service worker may not import()), the options page a normal Vite page.
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type InlineConfig, type Plugin } from 'vite';
import { makeManifest, type BuildTarget } from '../../extension/manifest.ts';
import { bundledAssets } from './bundled-assets.ts';
import { collectPackagesPlugin, packageRootOf, thirdPartyNotices } from './third-party-notices.ts';
import { ORT_WASM_PATH } from '../../src/background/classifier/asset-paths.ts';

const THIRD_PARTY_NOTICES = 'THIRD_PARTY_NOTICES.txt';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

interface Variant {
  name: string;
  target: BuildTarget;
  test: boolean;
}

const VARIANTS: Record<string, Variant> = {
  chrome: { name: 'chrome', target: 'chrome', test: false },
  firefox: { name: 'firefox', target: 'firefox', test: false },
  'chrome-test': { name: 'chrome-test', target: 'chrome', test: true },
  'firefox-test': { name: 'firefox-test', target: 'firefox', test: true },
};

/**
 * onnxruntime-web's bundle names its WebAssembly as `new URL("ort-wasm-...wasm", import.meta.url)`,
 * which Vite's library mode inlines as base64 (27 MB into background.js). The extension ships the
 * file itself under ort/ and points wasmPaths at it; this keeps the default pointing there too.
 */
function ortWasmAsFile(): Plugin {
  const pattern = /new URL\((["'])(ort-wasm-simd-threaded[\w.]*\.wasm)\1,\s*import\.meta\.url\)/g;
  return {
    name: 'threadlens:ort-wasm-as-file',
    enforce: 'pre',
    transform(code, id) {
      if (!id.includes('onnxruntime-web') || !pattern.test(code)) return null;
      pattern.lastIndex = 0;
      return {
        code: code.replace(
          pattern,
          (_m, _q, file: string) => `new URL(${JSON.stringify(`${path.dirname(ORT_WASM_PATH)}/${file}`)}.toString(), import.meta.url)`,
        ),
        map: null,
      };
    },
  };
}

/**
 * transformers.js's web build imports onnxruntime-web/webgpu; in the extension it gets the plain
 * WASM build instead, which compiles in about half the time (measured: classifier cold start in the
 * service worker ~0.7 s against ~1.6 s), and is the only build the extension ships (issue #12).
 */
function transformersOnPlainWasm(): Plugin {
  return {
    name: 'threadlens:transformers-on-plain-wasm',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (source !== 'onnxruntime-web/webgpu' || !importer?.includes('@huggingface/transformers')) return null;
      return this.resolve('onnxruntime-web/wasm', importer, { ...options, skipSelf: true });
    },
  };
}

function shared(test: boolean, outDir: string, packages: Set<string>): InlineConfig {
  return {
    configFile: false,
    plugins: [transformersOnPlainWasm(), ortWasmAsFile(), collectPackagesPlugin(packages)],
    root,
    logLevel: 'warn',
    publicDir: false,
    // Licence comments are dropped from the minified bundles; THIRD_PARTY_NOTICES.txt carries the full texts.
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact', legalComments: 'none' },
    define: { __THREADLENS_TEST_BUILD__: JSON.stringify(test) },
    build: { outDir, emptyOutDir: false, minify: true, sourcemap: false, target: 'es2022', reportCompressedSize: false },
  };
}

async function buildScript(test: boolean, outDir: string, packages: Set<string>, entry: string, fileName: string, format: 'iife' | 'es'): Promise<void> {
  const base = shared(test, outDir, packages);
  await build({
    ...base,
    build: {
      ...base.build,
      lib: { entry: path.join(root, entry), formats: [format], fileName: () => fileName, name: 'threadlens' },
      rollupOptions: { output: { inlineDynamicImports: true } },
      // Keep Vite's modulepreload polyfill (it touches `document`) out of the service worker.
      modulePreload: false,
    },
  });
}

async function buildPages(test: boolean, outDir: string, packages: Set<string>): Promise<void> {
  const base = shared(test, outDir, packages);
  await build({
    ...base,
    root: path.join(root, 'extension'),
    base: './',
    build: {
      ...base.build,
      modulePreload: false,
      rollupOptions: { input: { options: path.join(root, 'extension/options.html') } },
    },
  });
}

/** Builds the bundles and assets once per test flag; the targets differ only in their manifest. */
async function buildBundles(test: boolean, outDir: string): Promise<void> {
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  // the npm packages whose code is rendered into the bundles or copied beside them
  const packages = new Set<string>();
  await buildScript(test, outDir, packages, 'src/content/entry.ts', 'content.js', 'iife');
  await buildScript(test, outDir, packages, 'src/background/entry.ts', 'background.js', 'es');
  await buildPages(test, outDir, packages);
  await cp(path.join(root, 'public'), outDir, { recursive: true });
  for (const asset of await bundledAssets(root)) {
    await mkdir(path.dirname(path.join(outDir, asset.to)), { recursive: true });
    await cp(asset.from, path.join(outDir, asset.to), { recursive: true });
    const from = packageRootOf(asset.from);
    if (from !== null) packages.add(from);
  }
  await cp(path.join(root, 'LICENSE'), path.join(outDir, 'LICENSE'));
  await writeFile(path.join(outDir, THIRD_PARTY_NOTICES), await thirdPartyNotices(packages));
}

async function writeVariant(variant: Variant, bundles: string, version: string): Promise<string> {
  const outDir = path.join(root, 'dist', variant.name);
  if (outDir !== bundles) {
    await rm(outDir, { recursive: true, force: true });
    await cp(bundles, outDir, { recursive: true });
  }
  const manifest = makeManifest({ target: variant.target, version, test: variant.test });
  await writeFile(path.join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return outDir;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const names: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--target' && args[i + 1] !== undefined) names.push(String(args[++i]));
    else throw new Error(`unknown argument ${args[i]}; usage: build.ts [--target chrome|firefox|chrome-test|firefox-test]`);
  }
  const selected = names.length > 0 ? names : Object.keys(VARIANTS);
  const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as { version: string };
  const variants = selected.map((name) => {
    const variant = VARIANTS[name];
    if (!variant) throw new Error(`unknown target ${name} (known: ${Object.keys(VARIANTS).join(', ')})`);
    return variant;
  });
  const bundlesFor = new Map<boolean, string>();
  for (const variant of variants) {
    let bundles = bundlesFor.get(variant.test);
    if (bundles === undefined) {
      bundles = path.join(root, 'dist', variant.name);
      await buildBundles(variant.test, bundles);
      bundlesFor.set(variant.test, bundles);
    }
    const out = await writeVariant(variant, bundles, pkg.version);
    if (!existsSync(path.join(out, 'manifest.json'))) throw new Error(`${out}: no manifest written`);
    console.log(`built ${path.relative(root, out)}`);
  }
}

await main();
