// Draws build/icon.png, the 1024×1024 app icon electron-builder turns into each platform's format:
// a small stakeholder graph (one amber node joined to five white ones) on a blue rounded square.
// Run `node scripts/make-icon.mjs` after changing the drawing; the PNG is committed, not built.
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 1024;

// Shapes are drawn with signed distance functions; coverage = clamp(0.5 - distance) gives
// one pixel of anti-aliasing without supersampling.
const coverage = (distance) => Math.min(1, Math.max(0, 0.5 - distance));

function roundedSquareDistance(x, y, inset, radius) {
  const half = SIZE / 2 - inset;
  const qx = Math.abs(x - SIZE / 2) - (half - radius);
  const qy = Math.abs(y - SIZE / 2) - (half - radius);
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  return outside + Math.min(Math.max(qx, qy), 0) - radius;
}

function segmentDistance(x, y, [ax, ay], [bx, by], width) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.min(1, Math.max(0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy)) - width / 2;
}

const circleDistance = (x, y, [cx, cy], radius) => Math.hypot(x - cx, y - cy) - radius;

const hub = [512, 528];
const spokes = [
  [512, 236],
  [790, 420],
  [700, 780],
  [324, 780],
  [234, 420],
];
const edges = [
  ...spokes.map((spoke) => [hub, spoke]),
  [spokes[0], spokes[1]],
  [spokes[2], spokes[3]],
];

const TOP = [58, 110, 165];
const BOTTOM = [31, 64, 112];
const WHITE = [255, 255, 255];
const AMBER = [244, 185, 66];
const EDGE = [214, 228, 245];

/** Paints `color` at `alpha` over the pixel (straight alpha, "over" operator). */
function over(pixel, color, alpha) {
  const outAlpha = alpha + pixel[3] * (1 - alpha);
  if (outAlpha === 0) return;
  for (let channel = 0; channel < 3; channel += 1) {
    pixel[channel] = (color[channel] * alpha + pixel[channel] * pixel[3] * (1 - alpha)) / outAlpha;
  }
  pixel[3] = outAlpha;
}

function shade(x, y) {
  const pixel = [0, 0, 0, 0];
  const t = y / SIZE;
  const background = TOP.map((top, channel) => top + (BOTTOM[channel] - top) * t);
  over(pixel, background, coverage(roundedSquareDistance(x, y, 72, 190)));
  for (const [from, to] of edges)
    over(pixel, EDGE, 0.9 * coverage(segmentDistance(x, y, from, to, 26)));
  for (const spoke of spokes) {
    over(pixel, WHITE, coverage(circleDistance(x, y, spoke, 74)));
  }
  over(pixel, WHITE, coverage(circleDistance(x, y, hub, 124)));
  over(pixel, AMBER, coverage(circleDistance(x, y, hub, 104)));
  return pixel;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

const rowBytes = SIZE * 4 + 1;
const raw = Buffer.alloc(rowBytes * SIZE);
for (let y = 0; y < SIZE; y += 1) {
  raw[y * rowBytes] = 0; // filter type: none
  for (let x = 0; x < SIZE; x += 1) {
    const [r, g, b, a] = shade(x + 0.5, y + 0.5);
    const offset = y * rowBytes + 1 + x * 4;
    raw[offset] = Math.round(r);
    raw[offset + 1] = Math.round(g);
    raw[offset + 2] = Math.round(b);
    raw[offset + 3] = Math.round(a * 255);
  }
}

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bits per channel
header[9] = 6; // colour type: RGBA
header[10] = 0; // compression: deflate
header[11] = 0; // filter method
header[12] = 0; // no interlace

const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);

mkdirSync(new URL('../build/', import.meta.url), { recursive: true });
writeFileSync(new URL('../build/icon.png', import.meta.url), png);
console.log(`build/icon.png: ${SIZE}×${SIZE}, ${png.length} bytes`);
