#!/usr/bin/env node
'use strict';

// Packages the Guidebot Teams app:
//   node manifest/tools/package.js --bot-id <Microsoft App ID> --domain <bot host name> [--out guidebot.zip]
// The id and domain may come from GUIDEBOT_BOT_ID and GUIDEBOT_BOT_DOMAIN instead. The package is
// validated offline (bundled Teams schemas plus icon and localization checks) before it is written.

const fs = require('node:fs');
const path = require('node:path');
const { parseArgs } = require('node:util');
const { buildAppPackage } = require('./lib/app-package');

async function main() {
  const { values } = parseArgs({
    options: {
      'bot-id': { type: 'string', default: process.env.GUIDEBOT_BOT_ID },
      domain: { type: 'string', default: process.env.GUIDEBOT_BOT_DOMAIN },
      out: { type: 'string', default: 'guidebot.zip' },
    },
  });
  if (!values['bot-id'] || !values.domain) {
    throw new Error('give the bot id and domain: --bot-id <GUID> --domain <host> (or GUIDEBOT_BOT_ID and GUIDEBOT_BOT_DOMAIN)');
  }
  const { files, zip } = await buildAppPackage({ botId: values['bot-id'], botDomain: values.domain });
  const out = path.resolve(values.out);
  fs.writeFileSync(out, zip);
  console.log(`wrote ${out} (${[...files.keys()].join(', ')})`);
  // The app registration must expose its API at this URI for the tab's single sign-on (docs/teams-app.md).
  const { webApplicationInfo } = JSON.parse(files.get('manifest.json').toString('utf8'));
  console.log(`Application ID URI for the app registration: ${webApplicationInfo.resource}`);
}

main().catch((error) => {
  console.error(`package.js: ${error.message}`);
  process.exitCode = 1;
});
