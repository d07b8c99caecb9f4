// The BERT-base-shaped reference the bench compares the shipped model with (README, Performance):
// 12 x 768, random weights, int8 like the shipped model. About 110 MB, so it is neither committed
// nor in the repository: it lives in the user's cache folder, shared by every checkout, and is
// built once by models/pipeline/reference_bert.py (Debian's /usr/bin/python3 with python3-torch
// and python3-onnx) the first time the bench finds it missing. If it cannot be built, the bench
// says exactly why and reports the reference as not measured.
import { spawnSync } from 'node:child_process';
import { existsSync, statfsSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** Debian's Python: its python3-torch and python3-onnx are what the model pipeline uses (models/README.md). */
export const REFERENCE_PYTHON = '/usr/bin/python3';
export const REFERENCE_SCRIPT = 'models/pipeline/reference_bert.py';
/** Export (float, ~440 MB, deleted after) and the int8 file, with room to spare. */
const NEEDED_FREE_BYTES = 2 * 1024 ** 3;
/** The export of a 110M-parameter model takes minutes on a busy 2-core machine. */
const BUILD_TIMEOUT_MS = 20 * 60_000;

/** `$XDG_CACHE_HOME/threadlens/reference-bert-base`, or `~/.cache/...`: outside any checkout. */
export function referenceDir(env: NodeJS.ProcessEnv = process.env, home = os.homedir()): string {
  const cache = env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : path.join(home, '.cache');
  return path.join(cache, 'threadlens', 'reference-bert-base');
}

export type ReferenceModel = { ok: true; file: string; built: boolean } | { ok: false; reason: string };

/**
 * Why Python cannot run the pipeline, from the stderr of `import torch, onnx, numpy`, in words a
 * reader can act on (the Debian package to install), or null when the cause is not a missing module.
 */
export function missingPythonModule(stderr: string): string | null {
  const m = /No module named '([\w.]+)'/.exec(stderr);
  if (!m?.[1]) return null;
  const module = m[1].split('.')[0] ?? m[1];
  return `${REFERENCE_PYTHON} has no ${module} module (Debian package python3-${module}; the pipeline needs python3-torch, python3-onnx and python3-numpy)`;
}

function lastLine(text: string): string {
  return (
    text
      .trim()
      .split('\n')
      .filter((l) => l.trim() !== '')
      .pop() ?? ''
  ).trim();
}

/** The reference's int8 file: found in the cache, or built there now (once), or why it cannot be. */
export async function ensureReference(root: string, log: (line: string) => void, dir = referenceDir()): Promise<ReferenceModel> {
  const file = path.join(dir, 'model_quantized.onnx');
  if (existsSync(file)) return { ok: true, file, built: false };
  if (!existsSync(REFERENCE_PYTHON)) return { ok: false, reason: `${REFERENCE_PYTHON} does not exist (the model pipeline runs on Debian's Python)` };
  const probe = spawnSync(REFERENCE_PYTHON, ['-c', 'import torch, onnx, numpy'], { encoding: 'utf8', timeout: 120_000 });
  if (probe.error || probe.status !== 0) {
    return {
      ok: false,
      reason:
        missingPythonModule(probe.stderr ?? '') ??
        `${REFERENCE_PYTHON} cannot import torch, onnx and numpy: ${lastLine(probe.stderr ?? '') || probe.error?.message || `exit ${probe.status}`}`,
    };
  }
  await mkdir(path.dirname(dir), { recursive: true });
  const { bavail, bsize } = statfsSync(path.dirname(dir));
  const free = bavail * bsize;
  if (free < NEEDED_FREE_BYTES) {
    return {
      ok: false,
      reason: `${(free / 1024 ** 3).toFixed(1)} GiB free under ${path.dirname(dir)}; building it needs about ${NEEDED_FREE_BYTES / 1024 ** 3} GiB`,
    };
  }
  // Built beside the cache folder and renamed into place, so an interrupted build is never taken
  // for a finished one, and two benches building at once do not write into each other's files.
  const partial = `${dir}.partial-${process.pid}`;
  await rm(partial, { recursive: true, force: true });
  log(`building the BERT-base-shaped reference once into ${dir} (${REFERENCE_PYTHON} ${REFERENCE_SCRIPT}; a few minutes)`);
  const run = spawnSync(REFERENCE_PYTHON, [path.join(root, REFERENCE_SCRIPT), partial], {
    cwd: root,
    encoding: 'utf8',
    timeout: BUILD_TIMEOUT_MS,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error || run.status !== 0 || !existsSync(path.join(partial, 'model_quantized.onnx'))) {
    await rm(partial, { recursive: true, force: true });
    const why = run.error?.message ?? (lastLine(run.stderr ?? '') || `exit ${run.status}`);
    return { ok: false, reason: `${REFERENCE_SCRIPT} failed: ${why}` };
  }
  if (existsSync(file)) await rm(partial, { recursive: true, force: true });
  else {
    await rm(dir, { recursive: true, force: true });
    await rename(partial, dir);
  }
  return { ok: true, file, built: true };
}
