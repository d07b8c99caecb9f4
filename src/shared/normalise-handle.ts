// One spelling per account, so that "@Maria", "maria" and "MARIA" are the same author everywhere.

export function normaliseHandle(handle: string): string {
  return handle.trim().replace(/^@+/, '').toLowerCase();
}
