#!/usr/bin/env node
// Validates Adaptive Cards for the .NET tests.
//
//   node validate-cards.js [path/to/adaptive-card-1.5.json] < cards.json > report.json
//
// stdin:  [{ "name": "...", "card": { ...AdaptiveCard... } }, ...]
// stdout: [{ "name": "...", "errors": ["schema: ...", "parser: ...", "rule: ..."], "bytes": N }, ...]
//
// Each card is checked by
//   1. the official JSON schema (draft-06) given as the first argument; skipped when no path is given.
//      Teams adds `msteams` to the root card, which the schema does not know: the root is validated as a
//      copy without `msteams` (the schema itself is used unchanged, except that its draft-04 style root
//      `id` is read as `$id`, the draft-06 spelling ajv 8 requires).
//   2. the official `adaptivecards` parser (targeting version 1.5): every parse event and every
//      validateProperties() failure is an error.
//   3. the project's rules: non-empty TextBlock text, object `data` on Action.Submit/Action.Execute,
//      version "1.5", size as the bot serializes it under 28 KB, at most 5 actions in any one actions array.
// Exit code 0 when every card was checked (valid or not); non-zero when the input or schema is unusable.
"use strict";

const fs = require("node:fs");
const Ajv = require("ajv");
const addFormats = require("ajv-formats");
const draft06 = require("ajv/dist/refs/json-schema-draft-06.json");
// The package's `lib/` build is extensionless ESM that Node cannot load; its UMD bundle needs no DOM to parse.
const AC = require("adaptivecards/dist/adaptivecards.js");

const MaxCardBytes = 28 * 1024;
const MaxActionsPerSet = 5;
const RequiredVersion = "1.5";

function main() {
    const schemaPath = process.argv[2];
    const schemaCheck = schemaPath ? createSchemaCheck(schemaPath) : null;
    const input = JSON.parse(fs.readFileSync(0, "utf8"));
    if (!Array.isArray(input)) {
        throw new Error("stdin must be a JSON array of { name, card }.");
    }

    const report = input.map(({ name, card }) => ({
        name,
        errors: [
            ...(schemaCheck ? schemaCheck(card).map((e) => `schema: ${e}`) : []),
            ...parserErrors(card).map((e) => `parser: ${e}`),
            ...ruleErrors(card).map((e) => `rule: ${e}`),
        ],
        bytes: wireBytes(card),
    }));
    process.stdout.write(JSON.stringify(report));
}

function createSchemaCheck(schemaPath) {
    const { id, ...schema } = JSON.parse(fs.readFileSync(schemaPath, "utf8"));
    const schemaId = schema.$id ?? id;
    const ajv = new Ajv({ allErrors: true, strict: false });
    ajv.addMetaSchema(draft06);
    addFormats(ajv);
    const validateRoot = ajv.compile({ ...schema, $id: schemaId });
    const definitionNames = new Set(Object.keys(schema.definitions));
    const validatorFor = (type) => ajv.getSchema(`${schemaId}#/definitions/${type}`);

    return (card) => {
        const root = withoutTeamsExtension(card);
        if (validateRoot(root)) {
            return [];
        }

        // The schema picks element and action types through anyOf, so ajv reports every branch that did
        // not match. To name the real fault, each typed object is also validated against its own
        // definition, and each error is reported only by the innermost typed object that contains it.
        const nodes = [{ path: "", validate: validateRoot }];
        for (const { path, value } of walk(root, "")) {
            if (path !== "" && definitionNames.has(value.type)) {
                nodes.push({ path, validate: validatorFor(value.type) });
            }
        }

        const owner = (path) => nodes.map((node) => node.path).filter((p) => path === p || path.startsWith(`${p}/`)).pop();
        const errors = nodes.flatMap((node) =>
            node.validate(resolvePointer(root, node.path))
                ? []
                : node.validate.errors.map((error) => ({ ...error, owner: node.path, path: node.path + error.instancePath })));
        return [...new Set(errors.flatMap((error) => describeSchemaError(error, errors, root, owner, definitionNames)))];
    };
}

function describeSchemaError(error, all, root, owner, definitionNames) {
    const targetPath = error.path.endsWith("/type") ? error.path.slice(0, -"/type".length) : error.path;
    const target = resolvePointer(root, targetPath);
    if (isObject(target) && typeof target.type === "string" && !definitionNames.has(target.type)) {
        return [`${targetPath || "/"}: unknown type "${target.type}"`];
    }

    const samePath = all.filter((other) => other.owner === error.owner && other.path === error.path && other !== error);
    const superseded =
        owner(targetPath) !== error.owner || // a typed object inside reports its own errors
        (error.keyword === "anyOf" && all.some((other) => other.owner === error.owner && other.keyword !== "anyOf")) ||
        (error.keyword === "pattern" && samePath.some((other) => other.keyword === "enum")) || // the schema's case-insensitive twin of an enum
        (error.keyword === "type" && error.params.type === "null" && samePath.length > 0);
    if (superseded) {
        return [];
    }

    const detail = error.params.additionalProperty ?? error.params.allowedValues?.join(", ");
    return [`${error.path || "/"}: ${error.message}${detail ? ` (${detail})` : ""}`];
}

function parserErrors(card) {
    const context = new AC.SerializationContext(AC.Versions.v1_5);
    const parsed = new AC.AdaptiveCard();
    parsed.parse(structuredClone(card), context);
    const events = [];
    for (let i = 0; i < context.eventCount; i++) {
        events.push(context.getEventAt(i));
    }

    events.push(...parsed.validateProperties().validationEvents);
    return events.map((e) => `${AC.ValidationEvent[e.event]}: ${e.message}`);
}

function ruleErrors(card) {
    const errors = [];
    if (!isObject(card)) {
        return ["the card is not a JSON object"];
    }

    if (card.version !== RequiredVersion) {
        errors.push(`version must be "${RequiredVersion}", found ${JSON.stringify(card.version)}`);
    }

    const bytes = wireBytes(card);
    if (bytes >= MaxCardBytes) {
        errors.push(`serialized size is ${bytes} bytes; it must stay under ${MaxCardBytes} (28 KB)`);
    }

    for (const { path, value } of walk(card, "")) {
        const where = path || "/";
        if (value.type === "TextBlock" && (typeof value.text !== "string" || value.text.trim() === "")) {
            errors.push(`${where}: TextBlock has no text`);
        }

        if ((value.type === "Action.Submit" || value.type === "Action.Execute") && !isObject(value.data)) {
            errors.push(`${where}: ${value.type} "${value.title ?? ""}" needs an object "data"`);
        }

        if (Array.isArray(value.actions) && value.actions.length > MaxActionsPerSet) {
            errors.push(`${where}: ${value.actions.length} actions in one set; at most ${MaxActionsPerSet}`);
        }
    }

    return errors;
}

// The card's size as the bot sends it (BotFrameworkJson.Wire: System.Text.Json with the relaxed encoder):
// UTF-8, with quote, backslash and control characters escaped, and \uXXXX escapes (six bytes per UTF-16
// unit) for what the encoder never writes raw: characters outside the Basic Multilingual Plane (emoji),
// control characters, separators other than the space (no-break space), the byte order mark, private-use
// and unassigned code points. Checked against .NET by CardValidatorTests.
function wireBytes(value) {
    if (typeof value === "string") {
        let bytes = 2;
        for (const char of value) {
            bytes += escapedLength(char);
        }

        return bytes;
    }

    if (Array.isArray(value)) {
        return 2 + Math.max(0, value.length - 1) + value.reduce((sum, item) => sum + wireBytes(item), 0);
    }

    if (isObject(value)) {
        const entries = Object.entries(value).filter(([, item]) => item !== undefined);
        return 2 + Math.max(0, entries.length - 1) + entries.reduce((sum, [key, item]) => sum + wireBytes(key) + 1 + wireBytes(item), 0);
    }

    return JSON.stringify(value).length;
}

const AlwaysEscaped = /[\p{Cc}\p{Co}\p{Cn}\p{Cs}\p{Zl}\p{Zp}\p{Zs}]/u;

function escapedLength(char) {
    const code = char.codePointAt(0);
    if ([0x08, 0x09, 0x0a, 0x0c, 0x0d, 0x22, 0x5c].includes(code)) {
        return 2;
    }

    if (code === 0x20) {
        return 1;
    }

    if (code > 0xffff || code === 0xfeff || AlwaysEscaped.test(char)) {
        return 6 * char.length;
    }

    return Buffer.byteLength(char, "utf8");
}

function withoutTeamsExtension(card) {
    if (!isObject(card)) {
        return card;
    }

    const { msteams, ...rest } = card;
    return rest;
}

// Every JSON object in the tree with its JSON pointer, depth first.
function* walk(value, path) {
    if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
            yield* walk(value[i], `${path}/${i}`);
        }
    } else if (isObject(value)) {
        yield { path, value };
        for (const [key, child] of Object.entries(value)) {
            yield* walk(child, `${path}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`);
        }
    }
}

function resolvePointer(value, pointer) {
    return pointer
        .split("/")
        .slice(1)
        .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
        .reduce((current, key) => (current == null ? undefined : current[key]), value);
}

function isObject(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}

try {
    main();
} catch (error) {
    process.stderr.write(`validate-cards: ${error.message}\n`);
    process.exitCode = 1;
}
