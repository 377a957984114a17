'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const { localizationSchemaErrors, loadSchema } = require('../lib/schemas');
const { localizableKeys, packageProblems } = require('../lib/checks');
const { buildAppPackage } = require('../lib/app-package');
const { fillTemplate } = require('../lib/template');
const { SAMPLE, readJson, readManifestFile } = require('./helpers');

const manifest = JSON.parse(fillTemplate(readManifestFile('manifest.json').toString('utf8'), SAMPLE));
const danish = readJson('da.json');

async function problemsWithDanish(localization) {
  const { files } = await buildAppPackage(SAMPLE);
  return packageProblems(new Map(files).set('da.json', Buffer.from(JSON.stringify(localization))));
}

test('English is the default language and Danish comes from da.json', () => {
  assert.deepEqual(manifest.localizationInfo, { defaultLanguageTag: 'en', additionalLanguages: [{ languageTag: 'da', file: 'da.json' }] });
});

test('da.json is valid against the bundled Localization schema of the manifest\'s version', () => {
  assert.equal(danish.$schema, manifest.$schema.replace('MicrosoftTeams.schema.json', 'MicrosoftTeams.Localization.schema.json'));
  assert.deepEqual(localizationSchemaErrors(danish), []);
});

test('da.json translates exactly the localizable strings of the manifest', () => {
  const expected = localizableKeys(manifest, loadSchema(danish.$schema));

  assert.deepEqual(Object.keys(danish).filter((key) => key !== '$schema').sort(), expected);
  assert.ok(expected.includes('composeExtensions[0].commands[0].parameters[0].title'));
});

test('da.json keeps the command titles, since they are what the bot understands when typed', () => {
  manifest.bots[0].commandLists[0].commands.forEach((command, i) => {
    assert.equal(danish[`bots[0].commandLists[0].commands[${i}].title`], command.title);
  });
});

test('the Danish search command is "Søg i guiden"', () => {
  assert.equal(danish['composeExtensions[0].commands[0].title'], 'Søg i guiden');
});

test('a missing translation and a key the manifest lacks are both reported', async () => {
  const { 'name.full': _dropped, ...rest } = danish;
  const problems = await problemsWithDanish({ ...rest, 'bots[0].commandLists[0].commands[9].title': 'ekstra' });

  assert.deepEqual(problems, [
    'da.json: no translation for "name.full"',
    'da.json: "bots[0].commandLists[0].commands[9].title" is not a string of the manifest',
  ]);
});

test('a localization file of another schema version is reported', async () => {
  const problems = await problemsWithDanish({ ...danish, $schema: danish.$schema.replace('v1.30', 'v1.22') });

  assert.deepEqual(problems, ['da.json: its "$schema" version v1.22 differs from the manifest\'s v1.30']);
});

test('a translation longer than the schema allows is reported', async () => {
  const problems = await problemsWithDanish({ ...danish, 'description.short': 'x'.repeat(81) });

  assert.equal(problems.length, 1);
  assert.match(problems[0], /^da\.json: \/description\.short must NOT have more than 80 characters/);
});
