'use strict';

// Checks of a Teams app package that the JSON schemas do not make: the version format, icon sizes and
// colours, and that each localization file translates exactly the manifest's localizable strings.

const { PNG } = require('pngjs');
const { loadSchema, localizationSchemaErrors, manifestSchemaErrors } = require('./schemas');

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const ICON_SIZES = { color: 192, outline: 32 };

/** Width and height from a PNG's IHDR chunk, which the format puts first, right after the signature. */
function pngSize(buffer) {
  if (buffer.length < 24 || !buffer.subarray(0, 8).equals(PNG_SIGNATURE) || buffer.toString('latin1', 12, 16) !== 'IHDR') {
    throw new Error('not a PNG file');
  }
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}

/** Problems with an outline icon: every pixel must be white or fully transparent, and it must not be blank. */
function outlineProblems(buffer) {
  const { data } = PNG.sync.read(buffer);
  let coloured = 0;
  let visible = 0;
  let transparent = 0;
  for (let i = 0; i < data.length; i += 4) {
    const alpha = data[i + 3];
    if (alpha === 0) transparent++;
    else if (data[i] !== 255 || data[i + 1] !== 255 || data[i + 2] !== 255) coloured++;
    else visible++;
  }
  const problems = [];
  if (coloured > 0) problems.push(`${coloured} of ${data.length / 4} pixels are neither white nor fully transparent`);
  if (visible === 0) problems.push('it has no white pixels');
  if (transparent === 0) problems.push('it has no transparent background');
  return problems;
}

function schemaVersion(schemaUrl) {
  return /\/teams\/(v[^/]+)\//.exec(schemaUrl ?? '')?.[1];
}

/** Every string in the manifest, keyed by the path syntax localization files use: bots[0].commandLists[0]… */
function stringPaths(value, prefix = '', out = new Map()) {
  if (typeof value === 'string') out.set(prefix, value);
  else if (Array.isArray(value)) value.forEach((item, i) => stringPaths(item, `${prefix}[${i}]`, out));
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) stringPaths(item, prefix ? `${prefix}.${key}` : key, out);
  }
  return out;
}

/** The manifest's strings that a localization file of the same schema version can translate. */
function localizableKeys(manifest, localizationSchema) {
  const named = Object.keys(localizationSchema.properties).filter((key) => key !== '$schema' && key !== 'localizationKeys');
  const patterns = Object.keys(localizationSchema.patternProperties ?? {}).map((pattern) => new RegExp(pattern));
  return [...stringPaths(manifest).keys()].filter((key) => named.includes(key) || patterns.some((p) => p.test(key))).sort();
}

async function localizationProblems(manifest, name, buffer) {
  if (!buffer) return [`${name}: named in localizationInfo but missing from the package`];
  const localization = JSON.parse(buffer.toString('utf8'));
  const problems = localizationSchemaErrors(localization).map((error) => `${name}: ${error}`);
  if (schemaVersion(localization.$schema) !== schemaVersion(manifest.$schema)) {
    problems.push(`${name}: its "$schema" version ${schemaVersion(localization.$schema)} differs from the manifest's ${schemaVersion(manifest.$schema)}`);
  }
  const expected = localizableKeys(manifest, loadSchema(localization.$schema));
  const actual = Object.keys(localization).filter((key) => key !== '$schema');
  for (const key of expected.filter((k) => !actual.includes(k))) problems.push(`${name}: no translation for "${key}"`);
  for (const key of actual.filter((k) => !expected.includes(k))) problems.push(`${name}: "${key}" is not a string of the manifest`);
  return problems;
}

function iconProblems(manifest, files) {
  const problems = [];
  for (const [kind, size] of Object.entries(ICON_SIZES)) {
    const name = manifest.icons?.[kind];
    const buffer = name && files.get(name);
    if (!buffer) {
      problems.push(`icons.${kind}: ${name ?? 'not set'} is missing from the package`);
      continue;
    }
    const { width, height } = pngSize(buffer);
    if (width !== size || height !== size) problems.push(`${name}: is ${width}×${height}, Teams needs ${size}×${size}`);
    if (kind === 'outline') problems.push(...outlineProblems(buffer).map((problem) => `${name}: ${problem}`));
  }
  return problems;
}

/** The files an app package built from this manifest contains: the manifest, its icons and its language files. */
function packageFileNames(manifest) {
  const languageFiles = (manifest.localizationInfo?.additionalLanguages ?? []).map((language) => language.file);
  return ['manifest.json', manifest.icons.color, manifest.icons.outline, ...languageFiles];
}

/** Every problem of an app package given as a Map of file name → contents; [] when it is fit to upload. */
async function packageProblems(files) {
  const manifest = JSON.parse(files.get('manifest.json').toString('utf8'));
  const problems = (await manifestSchemaErrors(manifest)).map((error) => `manifest.json: ${error}`);
  if (!SEMVER.test(manifest.version ?? '')) problems.push(`manifest.json: version ${JSON.stringify(manifest.version)} is not MAJOR.MINOR.PATCH`);
  const placeholders = files.get('manifest.json').toString('utf8').match(/\$\{\{[^}]*\}\}/g);
  if (placeholders) problems.push(`manifest.json: placeholders left unfilled: ${[...new Set(placeholders)].join(', ')}`);
  problems.push(...iconProblems(manifest, files));
  for (const { file } of manifest.localizationInfo?.additionalLanguages ?? []) {
    problems.push(...(await localizationProblems(manifest, file, files.get(file))));
  }
  return problems;
}

module.exports = { pngSize, localizableKeys, packageFileNames, packageProblems };
