'use strict';

// Builds the Teams app package (guidebot.zip) from the files in manifest/.

const fs = require('node:fs');
const path = require('node:path');
const yazl = require('yazl');
const { fillTemplate } = require('./template');
const { packageFileNames, packageProblems } = require('./checks');

const MANIFEST_DIR = path.join(__dirname, '..', '..');
// A fixed timestamp, so the same inputs always give the same zip.
const ENTRY_TIME = new Date(Date.UTC(2025, 0, 1));

/** The package's files (name → contents) with the template's placeholders filled in. */
function packageFiles({ botId, botDomain }, manifestDir = MANIFEST_DIR) {
  const manifestText = fillTemplate(fs.readFileSync(path.join(manifestDir, 'manifest.json'), 'utf8'), { botId, botDomain });
  const files = new Map([['manifest.json', Buffer.from(manifestText, 'utf8')]]);
  for (const name of packageFileNames(JSON.parse(manifestText)).filter((name) => name !== 'manifest.json')) {
    files.set(name, fs.readFileSync(path.join(manifestDir, name)));
  }
  return files;
}

function zip(files) {
  return new Promise((resolve, reject) => {
    const archive = new yazl.ZipFile();
    for (const [name, data] of files) archive.addBuffer(data, name, { mtime: ENTRY_TIME, mode: 0o100644 });
    archive.end();
    const chunks = [];
    archive.outputStream.on('data', (chunk) => chunks.push(chunk));
    archive.outputStream.on('error', reject);
    archive.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
  });
}

/** Fills, validates and zips the app; throws with every problem listed if the package would not be valid. */
async function buildAppPackage({ botId, botDomain }, manifestDir = MANIFEST_DIR) {
  const files = packageFiles({ botId, botDomain }, manifestDir);
  const problems = await packageProblems(files);
  if (problems.length > 0) {
    throw new Error(`the app package is not valid:\n  ${problems.join('\n  ')}`);
  }
  return { files, zip: await zip(files) };
}

module.exports = { MANIFEST_DIR, buildAppPackage };
