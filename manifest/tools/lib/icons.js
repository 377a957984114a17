'use strict';

// Draws Guidebot's Teams icons: a signpost with two boards pointing opposite ways ("which way now?").
// Shapes are in unit coordinates (0..1, y down) and rasterised with 8×8 supersampling for smooth edges.

const { PNG } = require('pngjs');

const ACCENT = { r: 0x1f, g: 0x6f, b: 0x78 }; // the manifest's accentColor, #1F6F78
const WHITE = { r: 255, g: 255, b: 255 };
const SUBSAMPLES = 8;

const rect = (left, top, right, bottom) => [[left, top], [right, top], [right, bottom], [left, bottom]];

const SIGNPOST = [
  rect(0.455, 0.14, 0.545, 0.84), // pole
  rect(0.30, 0.82, 0.70, 0.89), // foot
  [[0.20, 0.20], [0.68, 0.20], [0.80, 0.295], [0.68, 0.39], [0.20, 0.39]], // board pointing right
  [[0.80, 0.47], [0.32, 0.47], [0.20, 0.565], [0.32, 0.66], [0.80, 0.66]], // board pointing left
];

function insidePolygon(polygon, x, y) {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i];
    const [xj, yj] = polygon[j];
    if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Share (0..1) of the pixel at column x, row y of a size×size image that the signpost covers. */
function coverage(size, x, y) {
  let hits = 0;
  for (let i = 0; i < SUBSAMPLES; i++) {
    for (let j = 0; j < SUBSAMPLES; j++) {
      const u = (x + (i + 0.5) / SUBSAMPLES) / size;
      const v = (y + (j + 0.5) / SUBSAMPLES) / size;
      if (SIGNPOST.some((shape) => insidePolygon(shape, u, v))) hits++;
    }
  }
  return hits / (SUBSAMPLES * SUBSAMPLES);
}

function draw(size, pixel) {
  const png = new PNG({ width: size, height: size, colorType: 6 });
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const { r, g, b, a } = pixel(coverage(size, x, y));
      const offset = (y * size + x) * 4;
      png.data[offset] = r;
      png.data[offset + 1] = g;
      png.data[offset + 2] = b;
      png.data[offset + 3] = a;
    }
  }
  return PNG.sync.write(png, { colorType: 6 });
}

const mix = (from, to, share) => Math.round(from + (to - from) * share);

/** The 192×192 colour icon: a white signpost on the accent colour. */
function drawColorIcon() {
  return draw(192, (share) => ({
    r: mix(ACCENT.r, WHITE.r, share),
    g: mix(ACCENT.g, WHITE.g, share),
    b: mix(ACCENT.b, WHITE.b, share),
    a: 255,
  }));
}

/** The 32×32 outline icon: the same signpost in white on a transparent background. */
function drawOutlineIcon() {
  return draw(32, (share) => ({ ...WHITE, a: Math.round(255 * share) }));
}

module.exports = { drawColorIcon, drawOutlineIcon };
