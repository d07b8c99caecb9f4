// One spelling per account, so that "@Maria", "maria" and "MARIA" are the same author everywhere.
// Leading @ signs and spaces in any order, and trailing spaces, all go: "@ maria" once gave
// " maria", which a second pass turned into "maria" (found by the property tests).

export function normaliseHandle(handle: string): string {
  return handle.replace(/^[\s@]+|\s+$/gu, '').toLowerCase();
}
