// THIRD_PARTY_NOTICES.txt for every build: the name, version, licence and licence text of each
// npm package whose code ends up in the extension. The bundles are minified with their licence
// comments stripped (smaller, and the comments would be partial anyway); this file carries them
// instead. The packages are read from what Rollup actually rendered into the bundles, plus the
// packages the copied assets come from, so the list follows the code rather than package.json.
import { existsSync, realpathSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from 'vite';

export interface BundledPackage {
  name: string;
  version: string;
  license: string;
  /** the package's own licence file(s) and NOTICE, or a text written here for packages that ship none */
  texts: { file: string; text: string }[];
  homepage?: string;
}

/**
 * Packages that ship no licence file in their npm tarball (checked 2026-12): the licence they
 * declare, with the copyright line of their repository's LICENSE. onnxruntime's WebAssembly also
 * links third-party libraries; their notices are in the file named here.
 */
const MISSING_LICENSE_FILES: Readonly<Record<string, { copyright: string; source: string }>> = {
  'onnxruntime-web': {
    copyright: 'Copyright (c) Microsoft Corporation',
    source:
      'https://github.com/microsoft/onnxruntime/blob/main/LICENSE (the libraries linked into its WebAssembly are listed, with their licences, in https://github.com/microsoft/onnxruntime/blob/main/ThirdPartyNotices.txt)',
  },
  'onnxruntime-common': { copyright: 'Copyright (c) Microsoft Corporation', source: 'https://github.com/microsoft/onnxruntime/blob/main/LICENSE' },
  // its readme says "MIT © Titus Wormer"; the licence file is in the repository, not the npm package
  'franc-min': { copyright: 'Copyright (c) Titus Wormer <tituswormer@gmail.com>', source: 'https://github.com/wooorm/franc/blob/main/license' },
};

/**
 * Packages whose prebuilt dist files inline other packages, which Rollup therefore never sees
 * (read from their dist files' imports, 2026-12): transformers.web.js imports only onnxruntime-*
 * and carries its Jinja and tokenizers code; ort.*.bundle.min.mjs carries onnxruntime-common's.
 */
const INLINED: Readonly<Record<string, readonly string[]>> = {
  '@huggingface/transformers': ['@huggingface/jinja', '@huggingface/tokenizers'],
  'onnxruntime-web': ['onnxruntime-common'],
};

const MIT_TEXT = `Permission is hereby granted, free of charge, to any person obtaining a copy of this software and
associated documentation files (the "Software"), to deal in the Software without restriction,
including without limitation the rights to use, copy, modify, merge, publish, distribute,
sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or
substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT
NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES
OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN
CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.`;

const ISC_TEXT = `Permission to use, copy, modify, and/or distribute this software for any purpose with or without
fee is hereby granted, provided that the above copyright notice and this permission notice appear
in all copies.

THE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES WITH REGARD TO THIS
SOFTWARE INCLUDING ALL IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS. IN NO EVENT SHALL THE
AUTHOR BE LIABLE FOR ANY SPECIAL, DIRECT, INDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES
WHATSOEVER RESULTING FROM LOSS OF USE, DATA OR PROFITS, WHETHER IN AN ACTION OF CONTRACT, NEGLIGENCE
OR OTHER TORTIOUS ACTION, ARISING OUT OF OR IN CONNECTION WITH THE USE OR PERFORMANCE OF THIS
SOFTWARE.`;

const TEMPLATES: Readonly<Record<string, string>> = { MIT: MIT_TEXT, ISC: ISC_TEXT };

/** The root folder of the npm package a bundled module or copied file comes from, or null for the project's own code. */
export function packageRootOf(moduleId: string): string | null {
  const file = moduleId
    .replace(/^\0/, '')
    .replace(/[?#].*$/, '')
    .replaceAll('\\', '/');
  const at = file.lastIndexOf('/node_modules/');
  if (at === -1) return null;
  const rest = file.slice(at + '/node_modules/'.length).split('/');
  const depth = rest[0]?.startsWith('@') ? 2 : 1;
  if (rest.length <= depth) return null;
  return `${file.slice(0, at)}/node_modules/${rest.slice(0, depth).join('/')}`;
}

/** A Vite plugin that adds the package root of every module rendered into the bundle to `roots`. */
export function collectPackagesPlugin(roots: Set<string>): Plugin {
  return {
    name: 'threadlens:collect-packages',
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        for (const [id, module] of Object.entries(output.modules)) {
          // A module tree-shaken to nothing ships no code of its package.
          if (module.renderedLength === 0) continue;
          const root = packageRootOf(id);
          if (root !== null) roots.add(root);
        }
      }
    },
  };
}

const LICENSE_FILE = /^(licen[cs]e|copying|notice)(\.(md|txt|markdown))?$/i;

export async function describePackage(root: string): Promise<BundledPackage> {
  const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as { name: string; version: string; license?: string; homepage?: string };
  const license = pkg.license ?? 'UNKNOWN';
  const texts: BundledPackage['texts'] = [];
  for (const file of (await readdir(root)).sort()) {
    if (LICENSE_FILE.test(file)) texts.push({ file, text: (await readFile(path.join(root, file), 'utf8')).trim() });
  }
  if (texts.length === 0) {
    const known = MISSING_LICENSE_FILES[pkg.name];
    const template = TEMPLATES[license];
    if (known === undefined || template === undefined) {
      throw new Error(
        `${pkg.name}@${pkg.version} ships no licence file: add its copyright and source to MISSING_LICENSE_FILES in tools/build/third-party-notices.ts`,
      );
    }
    texts.push({ file: `(none in the package; ${license} text from ${known.source})`, text: `${known.copyright}\n\n${template}` });
  }
  return { name: pkg.name, version: pkg.version, license, texts, ...(pkg.homepage ? { homepage: pkg.homepage } : {}) };
}

export function renderNotices(packages: readonly BundledPackage[]): string {
  const sorted = [...packages].sort((a, b) => a.name.localeCompare(b.name));
  const rule = '='.repeat(78);
  const parts = [
    'Threadlens includes the following third-party software. Each is listed with its version,',
    'its licence, and its licence text as shipped in its npm package.',
    '',
    ...sorted.map((p) => `- ${p.name} ${p.version} (${p.license})`),
  ];
  for (const p of sorted) {
    parts.push('', rule, `${p.name} ${p.version}`, `License: ${p.license}${p.homepage ? `\nHomepage: ${p.homepage}` : ''}`, rule);
    for (const t of p.texts) parts.push('', `--- ${t.file} ---`, '', t.text);
  }
  return `${parts.join('\n')}\n`;
}

/** Where Node would find package `name` required from the package at `root`. */
function resolvePackage(name: string, root: string): string {
  for (let dir = root; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    if (existsSync(path.join(candidate, 'package.json'))) return candidate;
    if (path.dirname(dir) === dir) throw new Error(`${name} (inlined in ${root}) is not installed`);
  }
}

/** The notices for the packages under `roots` and the packages they inline (Rollup's virtual modules have no package.json and are skipped). */
export async function thirdPartyNotices(roots: Iterable<string>): Promise<string> {
  // real paths: node_modules may be reached through a symlink, and one package must be listed once
  const found = [...new Set([...roots].filter((root) => existsSync(path.join(root, 'package.json'))).map((root) => realpathSync(root)))];
  const all = new Set(found);
  for (const root of found) {
    const { name } = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as { name: string };
    for (const inlined of INLINED[name] ?? []) all.add(realpathSync(resolvePackage(inlined, root)));
  }
  // one entry per name and version, wherever the copies sit
  const byId = new Map<string, BundledPackage>();
  for (const described of await Promise.all([...all].map(describePackage))) byId.set(`${described.name}@${described.version}`, described);
  return renderNotices([...byId.values()]);
}
