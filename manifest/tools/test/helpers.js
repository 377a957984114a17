'use strict';

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const yauzl = require('yauzl');
const { MANIFEST_DIR } = require('../lib/app-package');

const SAMPLE = Object.freeze({ botId: '3f2504e0-4f89-41d3-9a0c-0305e82c3301', botDomain: 'guidebot.example.dk' });
const TEMPLATE_FILES = ['manifest.json', 'da.json', 'color.png', 'outline.png'];

const readManifestFile = (name) => fs.readFileSync(path.join(MANIFEST_DIR, name));
const readJson = (name) => JSON.parse(readManifestFile(name).toString('utf8'));

/** A temporary copy of manifest/ with the given files replaced (name → string or Buffer); removed after the test. */
function manifestDirWith(t, replacements = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'guidebot-manifest-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  for (const name of TEMPLATE_FILES) fs.copyFileSync(path.join(MANIFEST_DIR, name), path.join(dir, name));
  for (const [name, contents] of Object.entries(replacements)) fs.writeFileSync(path.join(dir, name), contents);
  return dir;
}

/** The entries of a zip as a Map of name → contents, in the order they are stored. */
function unzip(buffer) {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true }, (openError, archive) => {
      if (openError) return reject(openError);
      const entries = new Map();
      archive.on('error', reject);
      archive.on('end', () => resolve(entries));
      archive.on('entry', (entry) => {
        archive.openReadStream(entry, (readError, stream) => {
          if (readError) return reject(readError);
          const chunks = [];
          stream.on('data', (chunk) => chunks.push(chunk));
          stream.on('end', () => {
            entries.set(entry.fileName, Buffer.concat(chunks));
            archive.readEntry();
          });
        });
      });
      archive.readEntry();
    });
  });
}

module.exports = { SAMPLE, manifestDirWith, readJson, readManifestFile, unzip };
