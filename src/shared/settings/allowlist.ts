// The allow-list's one rule for what a handle is, used by storage, the options page, imported
// files, `threadlens score --settings` and the overlay's "never flag" button alike.
import { normaliseHandle } from '../normalise-handle.ts';
import { MAX_ALLOWLIST } from './schema.ts';

const HANDLE = /^[\p{L}\p{N}_.\-@]{1,253}$/u;

/** A handle as the allow-list keeps it, or null when it cannot be one. */
export function allowlistHandle(raw: string): string | null {
  const handle = normaliseHandle(raw);
  return HANDLE.test(handle) ? handle : null;
}

/** The list with one more handle: unchanged when it is already there, not a handle, or the list is full. */
export function withHandle(allowlist: readonly string[], raw: string): string[] {
  const handle = allowlistHandle(raw);
  if (handle === null || allowlist.includes(handle) || allowlist.length >= MAX_ALLOWLIST) return [...allowlist];
  return [...allowlist, handle];
}

/** Validates a list read from storage or a file: bad entries are named in `problems` and dropped. */
export function readAllowlist(value: unknown, path: string, problems: string[]): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    problems.push(`${path} must be an array of handles`);
    return [];
  }
  const out = new Set<string>();
  value.forEach((raw, i) => {
    const handle = typeof raw === 'string' ? allowlistHandle(raw) : null;
    if (handle === null) problems.push(`${path}[${i}] is not an account handle`);
    else if (out.size < MAX_ALLOWLIST) out.add(handle);
  });
  if (value.length > MAX_ALLOWLIST) problems.push(`${path} keeps at most ${MAX_ALLOWLIST} handles`);
  return [...out];
}
