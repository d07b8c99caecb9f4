// What a store reviewer would catch in a built extension folder, checked before it is zipped: a
// file the manifest names but the folder lacks (Chrome then fails silently), the test build's
// local hosts, a missing licence or notices file, source maps, a CSP that lets pages connect out.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { listFiles } from './zip.ts';

export const REQUIRED_FILES = ['manifest.json', 'LICENSE', 'THIRD_PARTY_NOTICES.txt'];

/** Every file a manifest names (scripts, pages, icons, resources without wildcards). */
export function filesNamedBy(manifest: Record<string, unknown>): string[] {
  const named: string[] = [];
  const add = (value: unknown): void => {
    if (typeof value === 'string') named.push(value);
    else if (Array.isArray(value)) value.forEach(add);
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(add);
  };
  const background = manifest.background as { service_worker?: string; scripts?: string[] } | undefined;
  add(background?.service_worker);
  add(background?.scripts);
  for (const script of (manifest.content_scripts as { js?: string[]; css?: string[] }[] | undefined) ?? []) {
    add(script.js);
    add(script.css);
  }
  add(manifest.icons);
  add((manifest.action as { default_icon?: unknown; default_popup?: unknown } | undefined)?.default_icon);
  add((manifest.action as { default_popup?: unknown } | undefined)?.default_popup);
  add((manifest.options_ui as { page?: unknown } | undefined)?.page);
  for (const entry of (manifest.web_accessible_resources as { resources?: string[] }[] | undefined) ?? []) add(entry.resources);
  return [...new Set(named)].filter((file) => !file.includes('*'));
}

/** The problems of a shipped build folder; empty when it may be uploaded. */
export async function checkStoreFolder(dir: string): Promise<string[]> {
  const problems: string[] = [];
  for (const file of REQUIRED_FILES) if (!existsSync(path.join(dir, file))) problems.push(`${file} missing`);
  if (!existsSync(path.join(dir, 'manifest.json'))) return problems;
  const manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  for (const file of filesNamedBy(manifest)) if (!existsSync(path.join(dir, file))) problems.push(`the manifest names ${file}, which is missing`);
  const text = JSON.stringify(manifest);
  if (/127\.0\.0\.1|localhost/.test(text)) problems.push('a test build: the manifest names a local host');
  const csp = (manifest.content_security_policy as { extension_pages?: string } | undefined)?.extension_pages ?? '';
  if (!/(^|;)\s*connect-src 'self'\s*(;|$)/.test(csp)) problems.push(`the extension pages' CSP does not limit connect-src to 'self': ${csp}`);
  const maps = (await listFiles(dir)).filter((file) => file.endsWith('.map'));
  if (maps.length > 0) problems.push(`source maps: ${maps.join(', ')}`);
  return problems;
}
