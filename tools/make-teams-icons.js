// Draws the Teams icons of the "Mina uppföljningar" web part (a checked clipboard) as PNGs,
// with no image library: `node tools/make-teams-icons.js`. Writes <web part id>_color.png (192×192,
// full-bleed colour) and <web part id>_outline.png (32×32, white on transparent) here and
// copies both into the Teams app folders that reference them.
'use strict';
const fs = require('fs');
const path = require('path');
const teamsDir = path.join(__dirname, '..', 'teams');
const zlib = require('zlib');

const WEB_PART_ID = 'da03f6ed-f3f3-49f5-a75b-e577d6de6b5f';
const BRAND = [0x0f, 0x6c, 0xbd]; // blue background of the colour icon

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
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0))
  ]);
}

// The glyph in unit coordinates: a clipboard outline and a check mark, as stroked segments.
const SEGMENTS = [
  [0.24, 0.2, 0.76, 0.2], [0.76, 0.2, 0.76, 0.84], [0.76, 0.84, 0.24, 0.84], [0.24, 0.84, 0.24, 0.2],
  [0.4, 0.13, 0.6, 0.13],
  [0.34, 0.53, 0.46, 0.65], [0.46, 0.65, 0.67, 0.4]
];
function distanceToSegment(px, py, [x1, y1, x2, y2]) {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const t = Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (x1 + t * dx), py - (y1 + t * dy));
}
function glyphCoverage(size, x, y, stroke) {
  const n = 4; // 4×4 supersampling for smooth edges
  let hits = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const px = (x + (i + 0.5) / n) / size;
      const py = (y + (j + 0.5) / n) / size;
      if (SEGMENTS.some((s) => distanceToSegment(px, py, s) <= stroke / 2)) hits++;
    }
  }
  return hits / (n * n);
}
function draw(size, stroke, background) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const a = glyphCoverage(size, x, y, stroke);
      const o = (y * size + x) * 4;
      if (background) {
        for (let c = 0; c < 3; c++) rgba[o + c] = Math.round(background[c] * (1 - a) + 255 * a);
        rgba[o + 3] = 255;
      } else {
        rgba.fill(255, o, o + 3);
        rgba[o + 3] = Math.round(255 * a);
      }
    }
  }
  return encodePng(size, rgba);
}

const icons = {
  [`${WEB_PART_ID}_color.png`]: draw(192, 0.07, BRAND),
  [`${WEB_PART_ID}_outline.png`]: draw(32, 0.09, undefined)
};
const appIcons = { 'color.png': icons[`${WEB_PART_ID}_color.png`], 'outline.png': icons[`${WEB_PART_ID}_outline.png`] };
for (const [name, png] of Object.entries(icons)) fs.writeFileSync(path.join(teamsDir, name), png);
for (const app of ['my-follow-ups', 'notifier']) {
  for (const [name, png] of Object.entries(appIcons)) fs.writeFileSync(path.join(teamsDir, app, name), png);
}
console.log('Teams icons written.');
