// The canonical form of a JSON value, hashed so that evidence can be checked later by anyone:
// object keys sorted (by UTF-16 code units, JavaScript's default sort), no whitespace, strings and
// numbers exactly as JSON.stringify writes them, properties whose value is undefined left out (as
// JSON.stringify does). The SHA-256 is taken of the UTF-8 bytes of that text.
//
// `jq -S -j -c . thread.json | sha256sum` gives the same hash for the threads of ../shared (keys
// in ASCII, ordinary numbers); the definition above is the reference where jq differs.

export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    // JSON.stringify(undefined) is undefined: a bare undefined (or a function) is written as null,
    // which is what JSON.stringify does inside arrays.
    return JSON.stringify(value) ?? 'null';
  }
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v)).join(',')}]`;
  const entries: string[] = [];
  const object = value as Record<string, unknown>;
  for (const key of Object.keys(object).sort()) {
    const v = object[key];
    if (v === undefined || typeof v === 'function') continue;
    entries.push(`${JSON.stringify(key)}:${canonicalJson(v)}`);
  }
  return `{${entries.join(',')}}`;
}

/**
 * Lower-case hex SHA-256 of a text's UTF-8 bytes. Web Crypto, so the same code runs in Node 20,
 * the service worker and a content script on an https page.
 */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
