'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const { fillTemplate } = require('../lib/template');
const { SAMPLE } = require('./helpers');

const TEMPLATE = '{"id":"${{BOT_ID}}","validDomains":["${{BOT_DOMAIN}}"]}';

test('a GUID and a host name fill both placeholders, lower-cased', () => {
  const filled = JSON.parse(fillTemplate(TEMPLATE, { botId: SAMPLE.botId.toUpperCase(), botDomain: 'Guidebot.Example.DK' }));

  assert.deepEqual(filled, { id: SAMPLE.botId, validDomains: ['guidebot.example.dk'] });
});

for (const botId of ['guidebot', '', '{3f2504e0-4f89-41d3-9a0c-0305e82c3301}', '3f2504e04f8941d39a0c0305e82c3301', undefined]) {
  test(`a bot id that is not a GUID is refused: ${JSON.stringify(botId)}`, () => {
    assert.throws(() => fillTemplate(TEMPLATE, { ...SAMPLE, botId }), /bot id must be .* a GUID/);
  });
}

const BAD_DOMAINS = [
  ['https://guidebot.example.dk', /scheme/],
  ['guidebot.example.dk/api/messages', /path/],
  ['guidebot.example.dk:443', /port/],
  ['localhost', /needs a dot/],
  ['guide bot.example.dk', /only letters/],
  ['', /empty/],
];
for (const [botDomain, reason] of BAD_DOMAINS) {
  test(`a domain that is not a bare host name is refused: ${JSON.stringify(botDomain)}`, () => {
    assert.throws(() => fillTemplate(TEMPLATE, { ...SAMPLE, botDomain }), reason);
  });
}

test('a placeholder the packager does not know is refused', () => {
  assert.throws(() => fillTemplate('{"id":"${{TEAMS_APP_ID}}"}', SAMPLE), /unknown placeholder \$\{\{TEAMS_APP_ID\}\}/);
});
