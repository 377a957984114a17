#!/usr/bin/env node
'use strict';

// Writes manifest/color.png (192×192) and manifest/outline.png (32×32). Run after changing lib/icons.js.

const fs = require('node:fs');
const path = require('node:path');
const { drawColorIcon, drawOutlineIcon } = require('./lib/icons');

const manifestDir = path.join(__dirname, '..');
fs.writeFileSync(path.join(manifestDir, 'color.png'), drawColorIcon());
fs.writeFileSync(path.join(manifestDir, 'outline.png'), drawOutlineIcon());
console.log(`wrote ${path.join(manifestDir, 'color.png')} and ${path.join(manifestDir, 'outline.png')}`);
