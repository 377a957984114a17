'use strict';

// Validates against the JSON schemas bundled in @microsoft/app-manifest, offline.
//
// AppManifestUtils.validateAgainstSchema(json) looks the schema up by the document's "$schema" URL: it
// reads the package's own copy when the URL is a developer.microsoft.com/json-schemas/teams/… address it
// bundles, and otherwise FETCHES the URL. To make sure nothing is ever fetched, the schema is read here
// from the package and passed in explicitly; an unbundled "$schema" is an error instead of a download.

const fs = require('node:fs');
const path = require('node:path');
const { AppManifestUtils } = require('@microsoft/app-manifest');
const Ajv = require('ajv-draft-04');
const addFormats = require('ajv-formats');

const BUNDLE_ROOT = path.dirname(require.resolve('@microsoft/app-manifest'));

/** Maps a Teams "$schema" URL (with or without a locale such as /en-us) to the package's file, or throws. */
function bundledSchemaPath(schemaUrl) {
  const match = /^https:\/\/developer\.microsoft\.com(?:\/[a-z]{2}(?:-[a-z]{2})?)?(\/json-schemas\/teams\/[^?#]+\.json)$/i
    .exec(schemaUrl ?? '');
  const file = match && path.join(BUNDLE_ROOT, match[1]);
  if (!file || !fs.existsSync(file)) {
    throw new Error(`"$schema" ${JSON.stringify(schemaUrl)} is not a Teams schema bundled in @microsoft/app-manifest (expected https://developer.microsoft.com/json-schemas/teams/vX.Y/…)`);
  }
  return file;
}

function loadSchema(schemaUrl) {
  return JSON.parse(fs.readFileSync(bundledSchemaPath(schemaUrl), 'utf8'));
}

/** Schema errors of an app manifest, by the package's own validator ([] when valid). */
async function manifestSchemaErrors(manifest) {
  return AppManifestUtils.validateAgainstSchema(manifest, loadSchema(manifest.$schema));
}

/**
 * Schema errors of a localization file ([] when valid). Every bundled Localization schema from v1.8 on has a
 * pattern with an unescaped "]" (the activities.activityTypes keys; MicrosoftDocs/msteams-docs#8858), which
 * Ajv's default Unicode regular expressions reject, so AppManifestUtils cannot compile it. The same Ajv
 * setup as the package's, with non-Unicode regular expressions, reads "]" as the literal it is meant to be.
 */
function localizationSchemaErrors(localization) {
  const ajv = new Ajv({ allErrors: true, strictTypes: false, unicodeRegExp: false });
  addFormats(ajv, ['uri', 'email', 'regex']);
  const validate = ajv.compile(loadSchema(localization.$schema));
  return validate(localization) ? [] : validate.errors.map((error) => `${error.instancePath} ${error.message}. Details: ${JSON.stringify(error.params)}`);
}

module.exports = { bundledSchemaPath, loadSchema, manifestSchemaErrors, localizationSchemaErrors };
