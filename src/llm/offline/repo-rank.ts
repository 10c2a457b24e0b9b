/**
 * Which of several grep hits is the cause: a line the evidence names beats a generic key, and a key outside
 * the block its locator asks for (a limit where a request is meant, a label outside nodeSelector) is no hit.
 */

const COMMENT = /^\s*(#|\/\/|;|--)/;
const KEY = /^(\s*)(?:-\s+)?"?([\w./-]+)"?\s*:/;

function indentOf(text: string): number {
  return (/^(\s*)/.exec(text)?.[1] ?? "").length;
}

/** A commented-out line is not a setting, whatever it says. */
export function commentedOut(text: string): boolean {
  return COMMENT.test(text);
}

/** The YAML keys enclosing a line (nearest first), found by indentation; list items count as their own level. */
export function enclosingKeys(lines: readonly string[], line: number): string[] {
  const keys: string[] = [];
  let indent = indentOf(lines[line - 1] ?? "");
  for (let i = line - 2; i >= 0 && indent > 0; i -= 1) {
    const text = lines[i] ?? "";
    if (text.trim() === "" || commentedOut(text)) continue;
    const own = indentOf(text);
    if (own >= indent) continue;
    const key = KEY.exec(text);
    if (key?.[2]) keys.push(key[2]);
    indent = own;
  }
  return keys;
}

/** Whether the line sits inside the named block (at any depth), e.g. `requests` or `nodeSelector`. */
export function inside(lines: readonly string[], line: number, block: string): boolean {
  return enclosingKeys(lines, line).includes(block);
}

/** The value a `key: value` / `key=value` / `key value` line sets, unquoted. */
function settingValue(text: string): string | undefined {
  const value = /[:=\s]\s*"?([^"\s#;,]+)"?\s*[;,]?\s*(#.*)?$/.exec(text.trim())?.[1];
  return value && value.length >= 3 ? value : undefined;
}

/** The name of the list item (container, volume, env entry) or compose service holding the line. */
function ownerName(lines: readonly string[], line: number): string | undefined {
  const indent = indentOf(lines[line - 1] ?? "");
  for (let i = line - 2; i >= 0; i -= 1) {
    const text = lines[i] ?? "";
    const item = /^(\s*)-\s+name:\s*"?([\w.-]+)"?\s*$/.exec(text);
    if (item?.[2] && (item[1] ?? "").length < indent) return item[2];
    const service = /^ {2}([\w.-]+):\s*$/.exec(text);
    if (service?.[1] && indent > 2) return service[1];
    // An nginx location names the request paths it serves.
    const location = /^(\s*)location\s+(?:[=~^]+\s*)?(\/[^\s{]*)\s*\{/.exec(text);
    if (location?.[2] && (location[1] ?? "").length < indent) return location[2];
  }
  return undefined;
}

/** A compose container is `service-1` or `service_1` in its log prefix; a location path prefixes the request's. */
function named(word: string | undefined, evidence: string): boolean {
  if (!word || word.length < 2) return false;
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const end = word.endsWith("/") ? "" : "([-_]\\d+)?($|[^\\w-])";
  return new RegExp(`(^|[^\\w.-])${escaped}${end}`).test(evidence);
}

/**
 * How strongly the evidence names a hit: 0 when the value the line sets appears in the evidence (the tag that
 * was not found, the port the probe dialled), 1 when the container or service holding it does, 2 otherwise.
 */
export function evidenceRank(lines: readonly string[], line: number, evidence: string): number {
  const text = lines[line - 1] ?? "";
  if (named(settingValue(text), evidence)) return 0;
  return named(ownerName(lines, line), evidence) ? 1 : 2;
}
