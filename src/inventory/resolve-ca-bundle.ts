import { buildInventory } from "./build.js";
import { bundleCandidates, CA_VARS, type CaFile, caFilesIn } from "./ca-files.js";
import { lineAt, type Resolution } from "./resolution.js";
import type { Located } from "./types.js";

interface RepoRead {
  path: string;
  content: string;
}

export interface CaBundleLookup {
  kind: "ca-bundle-path";
  path: string;
}

/** What TLS clients print when the CA bundle they were pointed at is not there (requests, Node, curl). */
const MISSING_BUNDLE = [
  /Could not find a suitable TLS CA certificate bundle, invalid path: (\/\S+)/,
  /Ignoring extra certs from `(\/[^`]+)`, load failed/,
  /error setting certificate (?:verify locations|file):?\s+(?:CAfile: )?(\/[^\s,]+)/,
];

export function caBundleLookup(evidence: string): CaBundleLookup | undefined {
  for (const re of MISSING_BUNDLE) {
    const path = re.exec(evidence)?.[1];
    if (path) return { kind: "ca-bundle-path", path };
  }
  return undefined;
}

/** The CA variables the deploy files set to `path`. */
function settingsNaming(files: readonly RepoRead[], path: string) {
  return buildInventory(files).settings.filter((s) => CA_VARS.test(s.key) && s.value === path);
}

function truthOf(files: readonly CaFile[]): Located[] {
  return files.flatMap((f) => [{ file: f.file, line: f.line }, ...(f.source ? [f.source] : [])]);
}

/**
 * A TLS client was told its CA bundle is at a path the container does not have. The candidates are the
 * certificate files the deploy files do put there (a mounted ConfigMap key, a COPY into the image, a compose
 * bind mount), preferring those with the missing file's name; exactly one → the variable names it. None or
 * several: cited, nothing proposed (turning verification off is never the fix).
 */
export function resolveCaBundlePath(
  lookup: CaBundleLookup,
  files: readonly RepoRead[],
): Resolution | undefined {
  const settings = settingsNaming(files, lookup.path);
  const first = settings[0];
  const text = first
    ? lineAt(files.find((f) => f.path === first.file)?.content ?? "", first.line)
    : undefined;
  if (!first || text === undefined) return undefined;
  const cause = { file: first.file, line: first.line, text };
  const found = bundleCandidates(lookup.path, caFilesIn(files));
  const paths = [...new Set(found.map((f) => f.path))];
  const base = {
    kind: "ca-bundle-path-exists" as const,
    subject: lookup.path,
    cause,
    truth: truthOf(found),
    candidates: paths,
  };
  if (settings.length > 1)
    return {
      ...base,
      reason: `${lookup.path} is named by ${settings.length} settings; one change would not cover them`,
    };
  if (paths.length !== 1 || !paths[0])
    return {
      ...base,
      reason:
        paths.length === 0
          ? "no deploy file puts a certificate file in the container: mount or COPY the bundle, or install ca-certificates"
          : `the deploy files put ${paths.length} certificate files in the container; which one the client needs is a person's call`,
    };
  const to = paths[0];
  const at = text.indexOf(lookup.path);
  if (at < 0 || text.indexOf(lookup.path, at + 1) >= 0)
    return { ...base, reason: "the bundle path could not be rewritten on its line" };
  const after = `${text.slice(0, at)}${to}${text.slice(at + lookup.path.length)}`;
  const where = found[0] ? `${found[0].file}:${found[0].line}` : "";
  return {
    ...base,
    reason: `${first.key} names ${lookup.path}, which nothing puts in the container, while ${where} puts the bundle at ${to}`,
    change: { ...cause, before: text, after, summary: `${first.key} ${lookup.path} → ${to}` },
  };
}

/** The variable on the changed line now names a certificate file the patched deploy files put in the container. */
export function caBundleHolds(
  resolution: Resolution,
  patched: readonly RepoRead[],
): { ok: boolean; detail: string } {
  const change = resolution.change;
  const setting = buildInventory(patched).settings.find(
    (s) => CA_VARS.test(s.key) && s.file === change?.file && s.line === change?.line,
  );
  const held = new Set(caFilesIn(patched).map((f) => f.path));
  return setting && held.has(setting.value)
    ? {
        ok: true,
        detail: `${setting.key} now names ${setting.value}, which the deploy files put in the container`,
      }
    : { ok: false, detail: `the CA bundle variable still names a file nothing puts in the container` };
}
