#!/usr/bin/env node
/**
 * Draws the add-in's icons (a green rounded square with a white check mark) and writes them as PNGs to
 * assets/icon-{16,32,64,80}.png. No image library: pixels are computed from signed distances (so edges are
 * anti-aliased at every size) and encoded with zlib. Re-run with `npm run icons` after changing the design.
 */
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");

const SIZES = [16, 32, 64, 80];
const OUT = path.join(__dirname, "..", "assets");
const BG = [0x10, 0x7c, 0x41]; // Excel green
const FG = [0xff, 0xff, 0xff];

// --- PNG encoding ---------------------------------------------------------------------------------
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
/** rgba: Uint8Array of width*height*4, straight (non-premultiplied) alpha. */
function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  ihdr[10] = 0; // compression
  ihdr[11] = 0; // filter
  ihdr[12] = 0; // no interlace
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, rgba.byteOffset + y * width * 4, width * 4).copy(raw, y * (width * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// --- drawing ----------------------------------------------------------------------------------------
/** Signed distance from (px,py) to a rounded rectangle centred at (cx,cy) with half sizes hw,hh and radius r. */
function roundedRectSdf(px, py, cx, cy, hw, hh, r) {
  const qx = Math.abs(px - cx) - (hw - r);
  const qy = Math.abs(py - cy) - (hh - r);
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  return outside + Math.min(Math.max(qx, qy), 0) - r;
}
function segmentDistance(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}
const coverage = (sdf) => Math.max(0, Math.min(1, 0.5 - sdf)); // sdf in pixels → 1px anti-aliased edge

function drawIcon(size) {
  const rgba = new Uint8Array(size * size * 4);
  const s = size;
  const radius = Math.max(2, s * 0.2);
  // Check mark in unit coordinates, scaled to the icon; the stroke is never thinner than 2 px.
  const pts = [
    [0.26, 0.53],
    [0.43, 0.7],
    [0.75, 0.33],
  ].map(([x, y]) => [x * s, y * s]);
  const stroke = Math.max(2, s * 0.12) / 2;
  for (let y = 0; y < s; y++) {
    for (let x = 0; x < s; x++) {
      const px = x + 0.5;
      const py = y + 0.5;
      const bgA = coverage(roundedRectSdf(px, py, s / 2, s / 2, s / 2, s / 2, radius));
      const d = Math.min(
        segmentDistance(px, py, pts[0][0], pts[0][1], pts[1][0], pts[1][1]),
        segmentDistance(px, py, pts[1][0], pts[1][1], pts[2][0], pts[2][1]),
      );
      const fgA = coverage(d - stroke) * bgA; // the check stays inside the square
      const i = (y * s + x) * 4;
      for (let c = 0; c < 3; c++) {
        // Composite FG over BG; alpha is the square's coverage.
        rgba[i + c] = Math.round((FG[c] * fgA + BG[c] * (bgA - fgA)) / (bgA || 1));
      }
      rgba[i + 3] = Math.round(bgA * 255);
    }
  }
  return encodePng(s, s, rgba);
}

for (const size of SIZES) {
  const file = path.join(OUT, `icon-${size}.png`);
  fs.writeFileSync(file, drawIcon(size));
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
