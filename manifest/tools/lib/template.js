'use strict';

// Fills the ${{NAME}} placeholders of manifest/manifest.json with the bot's app id and domain.

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HOST_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/i;
const PLACEHOLDER = /\$\{\{([A-Z_]+)\}\}/g;

/** Throws unless botId is a GUID, the form of an Entra app (client) id. */
function checkBotId(botId) {
  if (typeof botId !== 'string' || !GUID.test(botId)) {
    throw new Error(`the bot id must be the bot's Microsoft App ID, a GUID such as 00000000-0000-0000-0000-000000000000; got ${JSON.stringify(botId)}`);
  }
}

/** Throws unless botDomain is a bare host name (no scheme, port, path or query), e.g. guidebot.example.dk. */
function checkBotDomain(botDomain) {
  const problem = domainProblem(botDomain);
  if (problem) {
    throw new Error(`the bot domain must be a bare host name such as guidebot.example.dk (${problem}); got ${JSON.stringify(botDomain)}`);
  }
}

function domainProblem(domain) {
  if (typeof domain !== 'string' || domain.length === 0) return 'it is empty';
  if (domain.includes('://')) return 'leave out the scheme';
  if (/[/?#]/.test(domain)) return 'leave out the path';
  if (domain.includes(':')) return 'leave out the port';
  if (domain.length > 253) return 'it is longer than 253 characters';
  const labels = domain.split('.');
  if (labels.length < 2) return 'it needs a dot: Teams reaches the bot at a public name';
  if (!labels.every((label) => HOST_LABEL.test(label))) return 'only letters, digits, hyphens and dots are allowed';
  return undefined;
}

/** Returns the template text with every placeholder replaced; throws on a bad value or an unknown placeholder. */
function fillTemplate(templateText, { botId, botDomain }) {
  checkBotId(botId);
  checkBotDomain(botDomain);
  const values = { BOT_ID: botId.toLowerCase(), BOT_DOMAIN: botDomain.toLowerCase() };
  return templateText.replace(PLACEHOLDER, (whole, name) => {
    if (!(name in values)) throw new Error(`unknown placeholder ${whole} in the manifest template`);
    return values[name];
  });
}

module.exports = { fillTemplate };
