'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { fillTemplate } = require('../lib/template');
const { bundledSchemaPath, manifestSchemaErrors } = require('../lib/schemas');
const { SAMPLE, readManifestFile } = require('./helpers');

const templateText = readManifestFile('manifest.json').toString('utf8');
const WWWROOT = path.join(__dirname, '..', '..', '..', 'src', 'Guidebot', 'wwwroot');
const filled = () => JSON.parse(fillTemplate(templateText, SAMPLE));

test('the filled template is valid against the bundled Teams schema it names', async () => {
  const manifest = filled();

  assert.ok(bundledSchemaPath(manifest.$schema), 'the $schema is bundled, so validation runs offline');
  assert.deepEqual(await manifestSchemaErrors(manifest), []);
});

test('manifestVersion matches the version in the $schema URL', () => {
  const manifest = filled();

  assert.equal(manifest.$schema, `https://developer.microsoft.com/json-schemas/teams/v${manifest.manifestVersion}/MicrosoftTeams.schema.json`);
});

test('the filled template is also valid against v1.22, the documented fallback schema', async () => {
  const manifest = { ...filled(), manifestVersion: '1.22' };
  manifest.$schema = 'https://developer.microsoft.com/json-schemas/teams/v1.22/MicrosoftTeams.schema.json';

  assert.deepEqual(await manifestSchemaErrors(manifest), []);
});

test('the template only uses the BOT_ID and BOT_DOMAIN placeholders, and filling leaves none behind', () => {
  const names = new Set([...templateText.matchAll(/\$\{\{([^}]*)\}\}/g)].map((match) => match[1]));

  assert.deepEqual([...names].sort(), ['BOT_DOMAIN', 'BOT_ID']);
  assert.doesNotMatch(fillTemplate(templateText, SAMPLE), /\$\{\{/);
});

test('the app id, the bot and the message extension all carry the bot id', () => {
  const manifest = filled();

  assert.equal(manifest.id, SAMPLE.botId);
  assert.equal(manifest.bots[0].botId, SAMPLE.botId);
  assert.equal(manifest.composeExtensions[0].botId, SAMPLE.botId);
});

test('the developer links and validDomains point at the bot domain', () => {
  const manifest = filled();

  assert.deepEqual(manifest.validDomains, [SAMPLE.botDomain]);
  for (const key of ['websiteUrl', 'privacyUrl', 'termsOfUseUrl']) {
    assert.equal(new URL(manifest.developer[key]).host, SAMPLE.botDomain, key);
  }
  assert.equal(manifest.developer.name, 'Guidebot');
});

test('the bot is conversational in personal, team and group chats and takes no files', () => {
  const [bot] = filled().bots;

  assert.deepEqual(bot.scopes, ['personal', 'team', 'groupChat']);
  assert.equal(bot.supportsFiles, false);
  assert.equal(bot.isNotificationOnly, false);
});

test('the command list offers exactly the commands the bot understands, in every scope', () => {
  const [commandList] = filled().bots[0].commandLists;

  assert.deepEqual(commandList.scopes, ['personal', 'team', 'groupChat']);
  assert.deepEqual(commandList.commands.map((command) => command.title),
    ['menu', 'hjælp', 'råderum', 'karl tomm', 'step-up', 'virksomhed', 'onboarding']);
  assert.ok(commandList.commands.every((command) => command.description.length > 0));
});

test('the message extension has one search command that runs at once with a query parameter', () => {
  const [extension] = filled().composeExtensions;

  assert.equal(extension.commands.length, 1);
  const [command] = extension.commands;
  assert.equal(command.id, 'searchGuide');
  assert.equal(command.type, 'query');
  assert.equal(command.initialRun, true);
  assert.deepEqual(command.parameters.map((parameter) => parameter.name), ['query']);
});

test('the bot chat stays the first tab of the personal app, followed by the guide as a tab', () => {
  const [chat, guide, ...others] = filled().staticTabs;

  assert.deepEqual(chat, { entityId: 'conversations', scopes: ['personal'] });
  assert.equal(guide.entityId, 'guide');
  assert.deepEqual(guide.scopes, ['personal']);
  assert.equal(guide.contentUrl, `https://${SAMPLE.botDomain}/tab.html`);
  assert.deepEqual(others, []);
});

test('the meeting tab opens in the side panel, the meeting chat and the meeting details, and needs no settings', () => {
  const [tab, ...others] = filled().configurableTabs;

  assert.deepEqual(others, []);
  assert.deepEqual(tab.scopes, ['groupChat']);
  assert.deepEqual([...tab.context].sort(), ['meetingChatTab', 'meetingDetailsTab', 'meetingSidePanel']);
  assert.equal(tab.configurationUrl, `https://${SAMPLE.botDomain}/tab-config.html`);
  assert.equal(tab.canUpdateConfiguration, false);
});

test('tab SSO asks Entra ID for a token of the bot\'s app registration, at the Application ID URI of the bot domain', () => {
  assert.deepEqual(filled().webApplicationInfo, { id: SAMPLE.botId, resource: `api://${SAMPLE.botDomain}/${SAMPLE.botId}` });
});

test('every tab page is one the bot serves from its wwwroot, on a valid domain', () => {
  const manifest = filled();
  const urls = [...manifest.staticTabs.filter((tab) => tab.contentUrl).map((tab) => tab.contentUrl), ...manifest.configurableTabs.map((tab) => tab.configurationUrl)];

  for (const url of urls.map((text) => new URL(text))) {
    assert.ok(manifest.validDomains.includes(url.host), url.href);
    assert.ok(fs.existsSync(path.join(WWWROOT, url.pathname)), `${url.pathname} is not in src/Guidebot/wwwroot`);
  }
});
