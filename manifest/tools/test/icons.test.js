'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const { PNG } = require('pngjs');
const { drawColorIcon, drawOutlineIcon } = require('../lib/icons');
const { pngSize, packageProblems } = require('../lib/checks');
const { buildAppPackage } = require('../lib/app-package');
const { SAMPLE, readManifestFile } = require('./helpers');

function png(size, pixel) {
  const image = new PNG({ width: size, height: size });
  for (let i = 0; i < size * size; i++) image.data.set(pixel(i), i * 4);
  return PNG.sync.write(image);
}

async function problemsWithIcon(name, data) {
  const { files } = await buildAppPackage(SAMPLE);
  return packageProblems(new Map(files).set(name, data));
}

test('the PNG headers say color.png is 192×192 and outline.png is 32×32', () => {
  assert.deepEqual(pngSize(readManifestFile('color.png')), { width: 192, height: 192 });
  assert.deepEqual(pngSize(readManifestFile('outline.png')), { width: 32, height: 32 });
});

test('the committed icons are the ones draw-icons.js draws', () => {
  const pixels = (buffer) => PNG.sync.read(buffer).data;

  assert.ok(pixels(readManifestFile('color.png')).equals(pixels(drawColorIcon())), 'color.png');
  assert.ok(pixels(readManifestFile('outline.png')).equals(pixels(drawOutlineIcon())), 'outline.png');
});

test('the outline icon has only white and transparent pixels, and some of each', () => {
  const { data } = PNG.sync.read(readManifestFile('outline.png'));
  let white = 0;
  let transparent = 0;
  for (let i = 0; i < data.length; i += 4) {
    if (data[i + 3] === 0) transparent++;
    else if (data[i] === 255 && data[i + 1] === 255 && data[i + 2] === 255) white++;
    else assert.fail(`pixel ${i / 4} is neither white nor transparent`);
  }
  assert.ok(white > 0 && transparent > 0);
});

test('an icon of the wrong size is reported', async () => {
  const problems = await problemsWithIcon('color.png', png(96, () => [31, 111, 120, 255]));

  assert.deepEqual(problems, ['color.png: is 96×96, Teams needs 192×192']);
});

test('an outline icon with a coloured pixel is reported', async () => {
  const problems = await problemsWithIcon('outline.png', png(32, (i) => (i === 0 ? [31, 111, 120, 255] : [255, 255, 255, i % 2 ? 255 : 0])));

  assert.deepEqual(problems, ['outline.png: 1 of 1024 pixels are neither white nor fully transparent']);
});

test('an outline icon without a transparent background is reported', async () => {
  const problems = await problemsWithIcon('outline.png', png(32, () => [255, 255, 255, 255]));

  assert.deepEqual(problems, ['outline.png: it has no transparent background']);
});

test('a file that is not a PNG is refused when its size is read', () => {
  assert.throws(() => pngSize(Buffer.from('GIF89a, not a PNG at all')), /not a PNG/);
});
