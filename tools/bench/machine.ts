// What the figures were measured on.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import { chromiumPath } from '../demo/chromium.ts';

export function describeMachine(): string {
  const cpus = os.cpus();
  let chromium = 'Chromium not found';
  try {
    // Debian's /usr/bin/chromium is a wrapper script that prints noise; the binary behind it does not.
    const binary = existsSync('/usr/lib/chromium/chromium') ? '/usr/lib/chromium/chromium' : chromiumPath();
    chromium = execFileSync(binary, ['--version'], { encoding: 'utf8', timeout: 20_000, stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    // no Chromium: the extension figures are null, with a note
  }
  const load = os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
  return `${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${cpus.length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${chromium}; load average at start ${load}`;
}
