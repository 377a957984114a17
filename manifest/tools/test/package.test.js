'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync, spawnSync } = require('node:child_process');
const { buildAppPackage } = require('../lib/app-package');
const { packageProblems } = require('../lib/checks');
const { SAMPLE, manifestDirWith, readManifestFile, unzip } = require('./helpers');

const CLI = path.join(__dirname, '..', 'package.js');

function tempDir(t) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'guidebot-zip-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function runCli(args, env = {}) {
  const { GUIDEBOT_BOT_ID: _id, GUIDEBOT_BOT_DOMAIN: _domain, ...inherited } = process.env;
  return spawnSync(process.execPath, [CLI, ...args], { env: { ...inherited, ...env }, encoding: 'utf8' });
}

test('the zip holds exactly manifest.json, color.png, outline.png and da.json at its root', async () => {
  const entries = await unzip((await buildAppPackage(SAMPLE)).zip);

  assert.deepEqual([...entries.keys()].sort(), ['color.png', 'da.json', 'manifest.json', 'outline.png']);
});

test('the packaged manifest is filled in and passes every check', async () => {
  const entries = await unzip((await buildAppPackage(SAMPLE)).zip);
  const manifest = JSON.parse(entries.get('manifest.json').toString('utf8'));

  assert.equal(manifest.id, SAMPLE.botId);
  assert.deepEqual(manifest.validDomains, [SAMPLE.botDomain]);
  assert.deepEqual(await packageProblems(entries), []);
});

test('the icons and da.json are packaged unchanged', async () => {
  const entries = await unzip((await buildAppPackage(SAMPLE)).zip);

  for (const name of ['color.png', 'outline.png', 'da.json']) {
    assert.ok(entries.get(name).equals(readManifestFile(name)), name);
  }
});

test('the same inputs give a byte-identical zip', async () => {
  const first = await buildAppPackage(SAMPLE);
  const second = await buildAppPackage(SAMPLE);

  assert.ok(first.zip.equals(second.zip));
});

test('a template whose version is not MAJOR.MINOR.PATCH is not packaged', async (t) => {
  const template = readManifestFile('manifest.json').toString('utf8').replace(/"version": "[^"]*"/, '"version": "1.0"');

  await assert.rejects(buildAppPackage(SAMPLE, manifestDirWith(t, { 'manifest.json': template })),
    /the app package is not valid:\n {2}manifest\.json: version "1\.0" is not MAJOR\.MINOR\.PATCH/);
});

test('a template that breaks the Teams schema is not packaged', async (t) => {
  const template = readManifestFile('manifest.json').toString('utf8').replace('"accentColor": "#1F6F78"', '"accentColor": "teal"');

  await assert.rejects(buildAppPackage(SAMPLE, manifestDirWith(t, { 'manifest.json': template })), /manifest\.json: \/accentColor must match pattern/);
});

test('the command writes guidebot.zip from GUIDEBOT_BOT_ID and GUIDEBOT_BOT_DOMAIN', async (t) => {
  const dir = tempDir(t);
  const out = path.join(dir, 'guidebot.zip');

  execFileSync(process.execPath, [CLI, '--out', out], { env: { ...process.env, GUIDEBOT_BOT_ID: SAMPLE.botId, GUIDEBOT_BOT_DOMAIN: SAMPLE.botDomain } });

  const manifest = JSON.parse((await unzip(fs.readFileSync(out))).get('manifest.json').toString('utf8'));
  assert.equal(manifest.bots[0].botId, SAMPLE.botId);
});

test('the command takes the id and domain as arguments too', async (t) => {
  const out = path.join(tempDir(t), 'app.zip');

  const result = runCli(['--bot-id', SAMPLE.botId, '--domain', SAMPLE.botDomain, '--out', out]);

  assert.equal(result.status, 0, result.stderr);
  assert.ok(fs.existsSync(out));
  assert.match(result.stdout, new RegExp(`Application ID URI for the app registration: api://${SAMPLE.botDomain}/${SAMPLE.botId}`));
});

test('the command refuses a domain with a scheme and writes nothing', (t) => {
  const out = path.join(tempDir(t), 'guidebot.zip');

  const result = runCli(['--bot-id', SAMPLE.botId, '--domain', 'https://guidebot.example.dk', '--out', out]);

  assert.equal(result.status, 1);
  assert.match(result.stderr, /bare host name .*leave out the scheme/);
  assert.ok(!fs.existsSync(out));
});

test('the command says what is missing when no id or domain is given', () => {
  const result = runCli([]);

  assert.equal(result.status, 1);
  assert.match(result.stderr, /give the bot id and domain/);
});
