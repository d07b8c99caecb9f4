// Draws the extension's icons (a lens over three thread lines) as PNGs into public/icons/.
// Run once when the design changes: tsx tools/build/make-icons.ts. Uses only node:zlib.
import { mkdir, writeFile } from 'node:fs/promises';
import { deflateSync } from 'node:zlib';
import { crc32 } from './crc32.ts';

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const body = Buffer.concat([head.subarray(4), data]);
  const tail = Buffer.alloc(4);
  tail.writeUInt32BE(crc32(body), 0);
  return Buffer.concat([head.subarray(0, 4), body, tail]);
}

function png(size: number, pixel: (x: number, y: number) => [number, number, number, number]): Buffer {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x, y);
      raw.set([r, g, b, a], y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', new Uint8Array()),
  ]);
}

/** Coverage of a pixel by the icon's shapes, supersampled 4x4 for smooth edges. */
function icon(size: number): Buffer {
  const inside = (u: number, v: number): 'lens' | 'line' | 'bg' | 'none' => {
    const dx = u - 0.42;
    const dy = v - 0.42;
    const d = Math.hypot(dx, dy);
    if (d > 0.28 && d < 0.36) return 'lens';
    const h = (u + v - 1.16) / Math.SQRT2;
    const along = (u - v) / Math.SQRT2;
    if (Math.abs(along) < 0.06 && h > 0.1 && h < 0.36) return 'lens';
    if (d <= 0.28) {
      for (const ly of [0.3, 0.42, 0.54]) if (Math.abs(v - ly) < 0.035 && u > 0.24 && u < 0.6) return 'line';
      return 'bg';
    }
    return 'none';
  };
  return png(size, (x, y) => {
    const counts = { lens: 0, line: 0, bg: 0, none: 0 };
    for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) counts[inside((x + (i + 0.5) / 4) / size, (y + (j + 0.5) / 4) / size)]++;
    const a = (16 - counts.none) / 16;
    const r = (counts.lens * 29 + counts.line * 240 + counts.bg * 240) / Math.max(1, 16 - counts.none);
    const g = (counts.lens * 78 + counts.line * 120 + counts.bg * 246) / Math.max(1, 16 - counts.none);
    const b = (counts.lens * 216 + counts.line * 40 + counts.bg * 252) / Math.max(1, 16 - counts.none);
    return [Math.round(r), Math.round(g), Math.round(b), Math.round(a * 255)];
  });
}

await mkdir('public/icons', { recursive: true });
for (const size of [16, 32, 48, 128]) await writeFile(`public/icons/icon-${size}.png`, icon(size));
console.log('wrote public/icons/icon-{16,32,48,128}.png');
