import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);
import {
  detectAlertSource
} from "./chunk-ZB46GCZO.js";
import {
  normalizeAlert
} from "./chunk-23ZSANFV.js";

// src/security/gateway/posting-neutraliser.ts
var INVISIBLE = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]|\uDB40[\uDC00-\uDC7F]/g;
function stripInvisible(text) {
  return text.replace(INVISIBLE, "");
}
var BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
function stripBidi(text) {
  return text.replace(BIDI, "");
}
var ZWSP = "​";
function neutraliseReferences(text) {
  return text.replace(/@(?=[\w-])/g, `@${ZWSP}`).replace(
    /\b(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?)\b(?=[^\S\n]*:?[^\S\n]*(?:[\w.-]+\/[\w.-]+)?\\?#\d|[^\S\n]*:?[^\S\n]*https?:\/\/)/gi,
    (keyword) => `${keyword}${ZWSP}`
  ).replace(/\b(https?):\/\//gi, `$1:${ZWSP}//`).replace(/\bwww\./gi, `www${ZWSP}.`);
}
var MARKDOWN_PUNCTUATION = /[\\`*_[\]()<>!|~#{}]/g;
function inlineText(text, max = 1e3) {
  const clean = stripInvisible(text);
  const clipped = clean.length > max ? `${clean.slice(0, max)}…` : clean;
  return neutraliseReferences(
    clipped.replace(/&/g, "&amp;").replace(MARKDOWN_PUNCTUATION, (c) => c === "<" ? "&lt;" : c === ">" ? "&gt;" : `\\${c}`).replace(/\r?\n|\r/g, " ")
  );
}
function codeBlock(text, max = 2e3, lang = "") {
  const clean = stripInvisible(text);
  const clipped = clean.length > max ? `${clean.slice(0, max)}
…` : clean;
  const body = neutraliseReferences(clipped);
  const longest = Math.max(2, ...[...body.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  return `${fence}${lang.replace(/[^\w+-]/g, "")}
${body}
${fence}`;
}
function inlineCode(text, max = 300) {
  const clean = stripInvisible(text).replace(/\r?\n|\r/g, " ");
  const clipped = neutraliseReferences(clean.length > max ? `${clean.slice(0, max)}…` : clean).replace(
    /\|/g,
    "\\|"
  );
  const longest = Math.max(0, ...[...clipped.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  const pad = /^[`\s]|[`\s]$/.test(clipped) ? " " : "";
  return `${fence}${pad}${clipped}${pad}${fence}`;
}
function plainText(text, max = 1e4) {
  const clean = stripInvisible(text);
  return neutraliseReferences(clean.length > max ? `${clean.slice(0, max)}…` : clean);
}

// src/engine/incident-from-alert.ts
function incidentFromAlertBody(body, sourceHint) {
  const source = sourceHint ?? detectAlertSource(body) ?? "generic";
  const result = normalizeAlert(source, body);
  if (result.status === "invalid")
    return { ok: false, reason: `alert (${source}): ${result.path}: ${result.reason}` };
  const incidents = result.incidents;
  const primary = incidents.find((incident) => incident.status === "firing") ?? incidents[0];
  if (!primary) return { ok: false, reason: `alert (${source}) holds no alerts` };
  const others = incidents.filter((incident) => incident !== primary);
  if (others.length === 0) return { ok: true, incident: primary };
  const related = `Related alerts in the same notification: ${others.map((o) => `${o.title} (${o.status})`).join("; ")}`;
  return {
    ok: true,
    incident: {
      ...primary,
      description: [primary.description, related].filter(Boolean).join("\n\n").slice(0, 2e4)
    }
  };
}

export {
  stripBidi,
  inlineText,
  codeBlock,
  inlineCode,
  plainText,
  incidentFromAlertBody
};
