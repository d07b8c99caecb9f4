import { describe, expect, it } from 'vitest';
import { canonicalJson, sha256Hex } from '../../../src/evidence/canonical-json.ts';

describe('canonicalJson', () => {
  it('sorts keys at every depth and writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 'x y' }], c: null } })).toBe('{"a":{"c":null,"d":[3,{"y":"x y","z":1}]},"b":1}');
  });

  it('does not depend on key order and leaves out undefined', () => {
    expect(canonicalJson({ x: 1, y: undefined, z: 'é' })).toBe(canonicalJson({ z: 'é', x: 1 }));
  });

  it('round-trips: parsing the canonical text gives the same value', () => {
    const value = { site: 'x', posts: [{ id: '1', author: { handle: 'a' }, text: 'line\nnext "q" \u202E' }] };
    expect(JSON.parse(canonicalJson(value))).toEqual(value);
  });
});

describe('sha256Hex', () => {
  it('gives the standard digests', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(await sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('hashes UTF-8 bytes', async () => {
    // echo -n 'é' | sha256sum
    expect(await sha256Hex('\u00e9')).toBe('4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c');
  });
});
