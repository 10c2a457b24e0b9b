import { basename } from "node:path";
import picomatch from "picomatch";
import { REDACTED } from "../../core/redaction-marker.js";
import { redactSecrets } from "../gateway/secret-patterns.js";

/**
 * dotenv files hold deploy configuration (hosts, ports, levels) next to credentials. They are read only as a
 * redacted view: the same lines, so `file:line` citations hold, with every value that is or may be a secret
 * replaced by a fixed marker. Anything this module cannot parse is treated as secret (fail closed).
 */
export { REDACTED };

export const DOTENV_FILES = ["**/.env", "**/.env.*", "**/*.env"];

const glob = { dot: true, nocase: true };
const isDotenvGlob = picomatch(DOTENV_FILES, glob);

/** A dotenv file by name, on the normalised path or on its file name. */
export function isDotenvPath(rel: string): boolean {
  return isDotenvGlob(rel) || isDotenvGlob(basename(rel));
}

/**
 * Keys that name a credential. Over-matching only hides a value; under-matching would leak one, so words are
 * matched anywhere in the key (`DB_PASS`, `apiKey`, `OAUTH_CLIENT_SECRET`, `SENTRY_DSN`).
 */
const SECRET_KEY =
  /PASS|PWD|SECRET|TOKEN|PRIVATE|CREDENTIAL|AUTH|SALT|COOKIE|DSN|SIGNATURE|SIGNING|APIKEY|API_KEY|ACCESS_?KEY|KEYS?$|(^|[_.-])KEYS?([_.-]|$)/;

export function isSecretKey(key: string): boolean {
  return SECRET_KEY.test(key.toUpperCase());
}

const ASSIGNMENT = /^(\s*(?:export\s+)?)([A-Za-z_][\w.-]*)(\s*=\s*)(.*)$/;
/** `scheme://user:password@host`: the password goes, the scheme, user and host stay. */
const URL_PASSWORD = /([a-z][\w+.-]*:\/\/[^:@/\s]*:)([^@/\s]+)(@)/gi;
/** ADO/JDBC-style `Password=…;` inside a value. */
const INLINE_PASSWORD = /(?:password|pwd|secret|token)\s*[=:]/i;

/** A credential-shaped token: long, varied, not a DNS name (hosts must stay readable). */
export function looksLikeCredential(value: string): boolean {
  for (const token of value.split(/[\s"'`,;&?=/@:()[\]{}<>]+/)) {
    if (token.length < 16) continue;
    if (/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(token) && !/^[0-9a-f.-]+$/.test(token)) continue;
    if (/^[a-z]+([_.-][a-z]+)*$/i.test(token)) continue;
    const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((c) => c.test(token)).length;
    if (classes >= 2 && entropy(token) >= (token.length >= 32 ? 3.3 : 3.6)) return true;
  }
  return false;
}

function entropy(text: string): number {
  const counts = new Map<string, number>();
  for (const ch of text) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) bits -= (n / text.length) * Math.log2(n / text.length);
  return bits;
}

export interface DotenvView {
  /** The file as a model may read it: same line count, secrets replaced by {@link REDACTED}. */
  text: string;
  /** Per 0-based line: it holds (or hides) a secret and may not be changed, removed or split. */
  sealed: readonly boolean[];
  /** Per 0-based line: a quoted value continues after it (nothing may be inserted there). */
  continues: readonly boolean[];
}

/** The built-in patterns find something in this text. */
function detected(text: string): boolean {
  return redactSecrets(text, { personal: false }).text !== text;
}

/**
 * The redacted view of a dotenv file. `flagged` marks 0-based lines another detector (secretlint) found a
 * secret on. Multi-line secrets (keys pasted unquoted, quoted values spanning lines) never parse as one
 * `KEY=value` line, so they are hidden line by line.
 */
export function viewDotenv(raw: string, flagged: ReadonlySet<number> = new Set()): DotenvView {
  const out: string[] = [];
  const sealed: boolean[] = [];
  const continues: boolean[] = [];
  const state: { openQuote: string | undefined } = { openQuote: undefined };
  for (const [i, full] of raw.split("\n").entries()) {
    const cr = full.endsWith("\r") ? "\r" : "";
    const line = cr ? full.slice(0, -1) : full;
    const shown = viewLine(line, state, (text) => flagged.has(i) || detected(text));
    out.push(shown.text === line ? full : `${shown.text}${cr}`);
    sealed.push(shown.seal || shown.text !== line);
    continues.push(state.openQuote !== undefined);
  }
  return { text: out.join("\n"), sealed, continues };
}

/** One line as shown; `seal` also when nothing is hidden but the line names a secret (an empty password). */
function viewLine(
  line: string,
  state: { openQuote: string | undefined },
  hit: (text: string) => boolean,
): { text: string; seal: boolean } {
  if (state.openQuote !== undefined) {
    if (closes(line, state.openQuote)) state.openQuote = undefined;
    return { text: REDACTED, seal: true };
  }
  if (line.trim() === "") return { text: line, seal: false };
  const comment = /^(\s*#)(.*)$/.exec(line);
  if (comment) {
    const body = comment[2] ?? "";
    const assigned = ASSIGNMENT.exec(body.trim());
    const secret =
      hit(line) ||
      looksLikeCredential(body) ||
      INLINE_PASSWORD.test(body) ||
      /:\/\/[^@/\s]*:[^@/\s]+@/.test(body) ||
      (assigned?.[2] !== undefined && isSecretKey(assigned[2]));
    return { text: secret ? `${comment[1]} ${REDACTED}` : line, seal: false };
  }
  const m = ASSIGNMENT.exec(line);
  if (!m) return { text: REDACTED, seal: true };
  const [, prefix = "", key = "", sep = "", value = ""] = m;
  const hidden = { text: `${prefix}${key}${sep}${REDACTED}`, seal: true };
  const quote = /^["']/.exec(value)?.[0];
  if (quote && !closes(value.slice(1), quote)) {
    state.openQuote = quote;
    return hidden;
  }
  if (isSecretKey(key)) return /^(["']?)\1\s*(#.*)?$/.test(value) ? { text: line, seal: true } : hidden;
  const bare = value.replace(URL_PASSWORD, "$1$3");
  if (hit(`${key}=${bare}`) || looksLikeCredential(bare) || INLINE_PASSWORD.test(value)) return hidden;
  return { text: `${prefix}${key}${sep}${value.replace(URL_PASSWORD, `$1${REDACTED}$3`)}`, seal: false };
}

/** The quote closes on this line (not escaped with a backslash). */
function closes(text: string, quote: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    if (text[i] === "\\") i += 1;
    else if (text[i] === quote) return true;
  }
  return false;
}

/**
 * The view with secretlint's maintained rules on top: they run on the view already made, and a line they
 * still find something on is hidden too. Every read and every patch check uses this one.
 */
export async function viewDotenvChecked(raw: string): Promise<DotenvView> {
  const first = viewDotenv(raw);
  const { secretlintLines } = await import("../gateway/secretlint-pass.js");
  // A URL whose password is already hidden still reads as a connection string to secretlint; without the
  // marker it is judged on what is left (scheme, user, host), which must stay readable.
  const flagged = await secretlintLines(first.text.replaceAll(`:${REDACTED}@`, "@"));
  // The output filter must find nothing left to redact, or the model would read another view than this one.
  first.text.split("\n").forEach((line, i) => {
    if (detected(line)) flagged.add(i);
  });
  return flagged.size === 0 ? first : viewDotenv(raw, flagged);
}
