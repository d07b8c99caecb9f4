// The store packages: licence notices collected from the bundles, the checks a built folder must
// pass before it is zipped, and the zips themselves.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeManifest } from '../../../../extension/manifest.ts';
import { checkStoreFolder, filesNamedBy } from '../../../../tools/build/check-store-folder.ts';
import { sourceFiles } from '../../../../tools/build/package.ts';
import { describePackage, packageRootOf, renderNotices, thirdPartyNotices } from '../../../../tools/build/third-party-notices.ts';
import { zipEntries, zipFolder, zipNames } from '../../../../tools/build/zip.ts';

const root = path.resolve(import.meta.dirname, '../../../..');
const dir = mkdtempSync(path.join(tmpdir(), 'threadlens-package-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('third-party notices', () => {
  it('packageRootOf: the package folder of a bundled module, scoped or not, null for our own code', () => {
    expect(packageRootOf('/r/node_modules/preact/hooks/dist/hooks.module.js')).toBe('/r/node_modules/preact');
    expect(packageRootOf('\0/r/node_modules/@huggingface/transformers/dist/transformers.web.js?commonjs-proxy')).toBe(
      '/r/node_modules/@huggingface/transformers',
    );
    expect(packageRootOf('/r/node_modules/a/node_modules/b/index.js')).toBe('/r/node_modules/a/node_modules/b');
    expect(packageRootOf('/r/src/content/entry.ts')).toBeNull();
    expect(packageRootOf('\0vite/preload-helper.js')).toBeNull();
  });

  it('reads a package licence, and the texts of packages that inline others', async () => {
    const preact = await describePackage(path.join(root, 'node_modules/preact'));
    expect(preact).toMatchObject({ name: 'preact', license: 'MIT' });
    expect(preact.texts[0]?.text).toMatch(/Permission is hereby granted/);
    const notices = await thirdPartyNotices([path.join(root, 'node_modules/@huggingface/transformers'), path.join(root, 'node_modules/onnxruntime-web')]);
    for (const name of ['@huggingface/transformers', '@huggingface/jinja', '@huggingface/tokenizers', 'onnxruntime-web', 'onnxruntime-common'])
      expect(notices).toContain(`- ${name} `);
    // onnxruntime-web ships no licence file: its MIT text with Microsoft's copyright line is written in
    expect(notices).toMatch(/onnxruntime-web[^]*Copyright \(c\) Microsoft Corporation[^]*Permission is hereby granted/);
  });

  it('lists each package once, sorted', () => {
    const text = renderNotices([
      { name: 'b', version: '1.0.0', license: 'MIT', texts: [{ file: 'LICENSE', text: 'B licence' }] },
      { name: 'a', version: '2.0.0', license: 'ISC', texts: [{ file: 'LICENSE', text: 'A licence' }] },
    ]);
    expect(text.indexOf('- a 2.0.0 (ISC)')).toBeLessThan(text.indexOf('- b 1.0.0 (MIT)'));
    expect(text).toContain('A licence');
  });
});

describe('store folder checks', () => {
  function folder(name: string, manifest: Record<string, unknown>, files: string[]): string {
    const at = path.join(dir, name);
    for (const file of ['LICENSE', 'THIRD_PARTY_NOTICES.txt', ...files]) {
      mkdirSync(path.dirname(path.join(at, file)), { recursive: true });
      writeFileSync(path.join(at, file), 'x');
    }
    writeFileSync(path.join(at, 'manifest.json'), JSON.stringify(manifest));
    return at;
  }

  for (const target of ['chrome', 'firefox'] as const) {
    const manifest = makeManifest({ target, version: '1.0.0', test: false });
    const shipped = filesNamedBy(manifest);

    it(`${target}: the shipped manifest names its scripts, pages and icons, and passes with them present`, async () => {
      expect(shipped).toEqual(expect.arrayContaining(['background.js', 'content.js', 'options.html', 'icons/icon-128.png']));
      expect(await checkStoreFolder(folder(`ok-${target}`, manifest, shipped))).toEqual([]);
    });

    it(`${target}: a missing file, a test build, a source map, a missing notices file are refused`, async () => {
      const missing = await checkStoreFolder(
        folder(
          `missing-${target}`,
          manifest,
          shipped.filter((f) => f !== 'content.js'),
        ),
      );
      expect(missing).toEqual(['the manifest names content.js, which is missing']);
      const test = makeManifest({ target, version: '1.0.0', test: true });
      expect(await checkStoreFolder(folder(`test-${target}`, test, filesNamedBy(test)))).toContain('a test build: the manifest names a local host');
      const maps = await checkStoreFolder(folder(`maps-${target}`, manifest, [...shipped, 'background.js.map']));
      expect(maps).toEqual(['source maps: background.js.map']);
      const bare = path.join(dir, `bare-${target}`);
      mkdirSync(bare);
      writeFileSync(path.join(bare, 'manifest.json'), JSON.stringify(manifest));
      for (const file of shipped) {
        mkdirSync(path.dirname(path.join(bare, file)), { recursive: true });
        writeFileSync(path.join(bare, file), 'x');
      }
      expect(await checkStoreFolder(bare)).toEqual(['LICENSE missing', 'THIRD_PARTY_NOTICES.txt missing']);
    });
  }

  it('a CSP that lets pages connect out is refused', async () => {
    const manifest = {
      ...makeManifest({ target: 'chrome', version: '1.0.0', test: false }),
      content_security_policy: { extension_pages: "script-src 'self'" },
    };
    expect((await checkStoreFolder(folder('csp', manifest, filesNamedBy(manifest)))).join()).toMatch(/connect-src/);
  });
});

describe('zips', () => {
  it('zipFolder: every file under its relative path; unzip reads it back', async () => {
    const at = path.join(dir, 'tree');
    mkdirSync(path.join(at, 'a/b'), { recursive: true });
    writeFileSync(path.join(at, 'top.txt'), 'top '.repeat(1000));
    writeFileSync(path.join(at, 'a/b/deep.bin'), Buffer.from([0, 1, 2, 3]));
    const zip = await zipFolder(at);
    expect(zipNames(zip)).toEqual(['a/b/deep.bin', 'top.txt']);
    const file = path.join(dir, 'tree.zip');
    writeFileSync(file, zip);
    let unzip: string;
    try {
      unzip = execFileSync('unzip', ['-p', file, 'top.txt'], { encoding: 'utf8' });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      return; // no unzip on this machine: zipNames above still read the central directory
    }
    expect(unzip).toBe('top '.repeat(1000));
  });

  it('the same files give the same bytes (fixed dates)', () => {
    const entries = [{ name: 'x.txt', data: Buffer.from('same') }];
    expect(zipEntries(entries).equals(zipEntries(entries))).toBe(true);
  });

  it('the source package needs its build instructions', () => {
    expect(sourceFiles(['b.ts', 'SOURCE-BUILD.md', 'a.ts'])).toEqual(['SOURCE-BUILD.md', 'a.ts', 'b.ts']);
    expect(() => sourceFiles(['a.ts'])).toThrow(/SOURCE-BUILD.md/);
  });
});
