// `npm run package`: the three uploads, in dist/:
//   threadlens-<version>-chrome.zip    the Chrome Web Store package (dist/chrome)
//   threadlens-<version>-firefox.zip   the addons.mozilla.org package (dist/firefox)
//   threadlens-<version>-source.zip    AMO's source package: every file git tracks, with
//                                      SOURCE-BUILD.md saying how to rebuild the add-on from it
// It builds the shipped targets first (skip with --skip-build), checks each folder
// (check-store-folder.ts) and refuses a working tree with uncommitted changes to tracked files,
// whose source package would not rebuild the uploaded add-on (override with --allow-dirty).
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkStoreFolder } from './check-store-folder.ts';
import { zipEntries, zipFolder } from './zip.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SOURCE_GUIDE = 'SOURCE-BUILD.md';

function git(args: string[]): string {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
}

/** What goes into the source package: every tracked file (the build reads nothing else from the checkout). */
export function sourceFiles(tracked: readonly string[]): string[] {
  if (!tracked.includes(SOURCE_GUIDE)) throw new Error(`${SOURCE_GUIDE} is not tracked: the source package needs its build instructions`);
  return [...tracked].sort();
}

async function main(): Promise<void> {
  const args = new Set(process.argv.slice(2));
  for (const arg of args)
    if (arg !== '--skip-build' && arg !== '--allow-dirty') throw new Error(`unknown argument ${arg}; usage: package.ts [--skip-build] [--allow-dirty]`);
  const dirty = git(['status', '--porcelain', '--untracked-files=no']).trim();
  if (dirty !== '' && !args.has('--allow-dirty')) throw new Error(`uncommitted changes to tracked files (commit them, or pass --allow-dirty):\n${dirty}`);
  if (!args.has('--skip-build')) {
    execFileSync(process.execPath, ['--import', 'tsx', 'tools/build/build.ts', '--target', 'chrome', '--target', 'firefox'], { cwd: root, stdio: 'inherit' });
  }
  const { version } = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as { version: string };
  const outputs: [string, Buffer][] = [];
  for (const target of ['chrome', 'firefox']) {
    const dir = path.join(root, 'dist', target);
    const problems = await checkStoreFolder(dir);
    if (problems.length > 0) throw new Error(`dist/${target} cannot be uploaded:\n- ${problems.join('\n- ')}`);
    outputs.push([`threadlens-${version}-${target}.zip`, await zipFolder(dir)]);
  }
  const tracked = git(['ls-files', '-z']).split('\0').filter(Boolean);
  const files = sourceFiles(tracked);
  outputs.push([
    `threadlens-${version}-source.zip`,
    zipEntries(await Promise.all(files.map(async (name) => ({ name, data: await readFile(path.join(root, name)) })))),
  ]);
  for (const [name, zip] of outputs) {
    await writeFile(path.join(root, 'dist', name), zip);
    console.log(`wrote dist/${name} (${(zip.length / 1e6).toFixed(2)} MB)`);
  }
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
