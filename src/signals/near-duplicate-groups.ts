// Groups of near-identical texts without comparing all pairs: exact copies are merged first,
// then one-permutation MinHash over character 5-grams with LSH banding proposes candidates,
// and each candidate is checked by the exact Jaccard similarity of the 5-gram sets.
// Character shingles survive a changed or added word and work for scripts without spaces.
// Cost is linear in the total text (capped per text), so 20,000 replies stay well under a second.

const SHINGLE = 5;
const BASE = 0x01000193;
/** BASE ** SHINGLE mod 2^32: what the character leaving the window contributed */
const BASE_POW_SHINGLE = Array.from({ length: SHINGLE }).reduce<number>((p) => Math.imul(p, BASE), 1);
const BINS = 40;
const BANDS = 10;
const ROWS = BINS / BANDS;
/** texts longer than this are compared on their start: enough to tell a copy */
const MAX_SHINGLED_CHARS = 1000;
/** texts per call are far below this; it keeps (band hash, index) exact in one double */
const INDEX_SPAN = 2 ** 21;
/** how many earlier members of an LSH bucket a text is checked against */
const CHECKS_PER_BUCKET = 4;

export interface NearDuplicateOptions {
  /** minimum Jaccard similarity of the 5-gram sets for two texts to count as copies */
  minSimilarity: number;
}

/**
 * Indices of `texts` grouped into near-duplicate sets (each of size >= 2), largest first.
 * Texts are expected already normalised (see normaliseText); empty texts are never grouped.
 */
export function nearDuplicateGroups(texts: readonly string[], options: NearDuplicateOptions): number[][] {
  // 1. exact copies: one representative per distinct text
  const byText = new Map<string, number[]>();
  texts.forEach((text, i) => {
    if (text === '') return;
    const members = byText.get(text);
    if (members) members.push(i);
    else byText.set(text, [i]);
  });
  // beyond INDEX_SPAN distinct texts (2 million) the rest are not compared: a bound, not a case
  const distinct = [...byText.keys()].slice(0, INDEX_SPAN - 1);
  const sets = distinct.map((text) => shingleSet(text));
  const parent = distinct.map((_, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] ?? r;
    while (parent[i] !== r) {
      const next = parent[i] ?? r;
      parent[i] = r;
      i = next;
    }
    return r;
  };

  // 2. LSH: texts whose MinHash agrees on all rows of a band share a bucket. Buckets are runs of
  // equal band hashes in a sorted index, which spares a Map entry per text and band.
  const signatures = sets.map(minHash);
  // band hash (32 bits) and index (21 bits) packed in one double: a plain numeric sort, no comparator
  const packed = new Float64Array(distinct.length);
  for (let b = 0; b < BANDS; b++) {
    for (let i = 0; i < distinct.length; i++) {
      const sig = signatures[i];
      let h = b + 1;
      for (let r = 0; r < ROWS; r++) h = mix32(Math.imul(h, 0x9e3779b1) ^ (sig?.[b * ROWS + r] ?? 0));
      packed[i] = h * INDEX_SPAN + i;
    }
    packed.sort();
    // 3. check candidates exactly; a bucket of m texts costs at most m * CHECKS_PER_BUCKET comparisons
    let runStart = 0;
    for (let k = 1; k <= packed.length; k++) {
      if (k < packed.length && Math.floor((packed[k] ?? 0) / INDEX_SPAN) === Math.floor((packed[runStart] ?? 0) / INDEX_SPAN)) continue;
      if (k - runStart >= 2) {
        const bucket = Array.from(packed.subarray(runStart, k), (v) => v % INDEX_SPAN);
        checkBucket(bucket, sets, find, parent, options.minSimilarity);
      }
      runStart = k;
    }
  }

  // 4. expand representatives back to every copy
  const groups = new Map<number, number[]>();
  distinct.forEach((text, i) => {
    const root = find(i);
    const members = byText.get(text) ?? [];
    const group = groups.get(root);
    if (group) group.push(...members);
    else groups.set(root, [...members]);
  });
  return [...groups.values()]
    .filter((g) => g.length >= 2)
    .map((g) => g.sort((a, b) => a - b))
    .sort((a, b) => b.length - a.length || (a[0] ?? 0) - (b[0] ?? 0));
}

/** Joins the members of one LSH bucket that really are near-duplicates of one of its first few members. */
function checkBucket(bucket: readonly number[], sets: readonly Uint32Array[], find: (i: number) => number, parent: number[], minSimilarity: number): void {
  const heads: number[] = [];
  for (const i of bucket) {
    const a = sets[i];
    if (!a) continue;
    let joined = false;
    for (const h of heads) {
      if (find(h) === find(i)) {
        joined = true;
        break;
      }
      const b = sets[h];
      if (b && jaccard(a, b) >= minSimilarity) {
        parent[find(i)] = find(h);
        joined = true;
        break;
      }
    }
    if (!joined && heads.length < CHECKS_PER_BUCKET) heads.push(i);
  }
}

/** Sorted, distinct 32-bit hashes of the text's character 5-grams. */
export function shingleSet(text: string): Uint32Array {
  const end = Math.min(text.length, MAX_SHINGLED_CHARS);
  const hashes = new Uint32Array(Math.max(1, end));
  // the last SHINGLE code points, in a ring, for the polynomial rolling hash: each 5-gram costs a
  // few multiplications instead of five, and no array of characters is built
  const ring = new Int32Array(SHINGLE);
  let h = 0;
  let count = 0;
  let n = 0;
  for (let i = 0; i < end; i++) {
    const code = text.codePointAt(i) ?? 0;
    if (code > 0xffff) i++; // the low half of a surrogate pair is part of this code point
    h = (Math.imul(h, BASE) + code) | 0;
    if (count >= SHINGLE) h = (h - Math.imul(ring[count % SHINGLE] ?? 0, BASE_POW_SHINGLE)) | 0;
    ring[count % SHINGLE] = code;
    count++;
    if (count >= SHINGLE) hashes[n++] = mix32(h);
  }
  if (count < SHINGLE) hashes[n++] = mix32(h); // a text shorter than one shingle is one shingle
  const sorted = hashes.subarray(0, n).sort();
  let distinct = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[distinct++] = sorted[i] ?? 0;
  }
  return sorted.slice(0, distinct);
}

/** Exact Jaccard similarity of two sorted hash sets. */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) {
      common++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  const union = a.length + b.length - common;
  return union === 0 ? 0 : common / union;
}

/** murmur3's finaliser: spreads FNV's weak low bits over the whole word */
function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * One-permutation MinHash (Li, Owen and Zhang 2012): each hash falls in one of BINS bins and
 * each bin keeps its minimum, so a text costs one pass instead of BINS passes. Empty bins borrow
 * from the next filled bin to the right, shifted by the distance (rotation densification,
 * Shrivastava and Li 2014), so short texts still get a full signature.
 */
function minHash(set: Uint32Array): Uint32Array {
  const empty = 0xffffffff;
  const bins = new Uint32Array(BINS).fill(empty);
  const span = Math.floor(0x100000000 / BINS);
  for (const h of set) {
    const bin = Math.min(BINS - 1, Math.floor(h / span));
    const value = h - bin * span;
    if (value < (bins[bin] ?? empty)) bins[bin] = value;
  }
  const out = new Uint32Array(BINS);
  for (let b = 0; b < BINS; b++) {
    let distance = 0;
    let value = bins[b] ?? empty;
    while (value === empty && distance < BINS) {
      distance++;
      value = bins[(b + distance) % BINS] ?? empty;
    }
    out[b] = value === empty ? 0 : (value + distance * span) >>> 0;
  }
  return out;
}
