// A fast, stable content hash (FNV-1a, 53 bits kept) for caching reports by what a thread says.
import type { Thread } from './thread.ts';

export function fnv1a(text: string, seed = 0x811c9dc5): number {
  let h1 = seed >>> 0;
  let h2 = 0x01000193 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  return (h2 & 0x1fffff) * 0x100000000 + h1;
}

/** Hash of everything in a thread that scoring reads (not the capture time). */
export function threadHash(thread: Thread): string {
  let h = fnv1a(thread.site);
  for (const p of thread.posts) h = fnv1a(JSON.stringify(p), h % 0xffffffff);
  return `${thread.posts.length}-${h.toString(36)}`;
}
