import type { CitedLine, Resolution } from "./resolution.js";
import { DOCKERFILE, imagePath, patchedLine, type RepoFile } from "./resolve-build-files.js";

export interface ScriptLookup {
  kind: "script-not-in-image";
  path: string;
}

/** An interpreter told to run a file the image does not hold: CPython, Node, a shell. */
const MISSING_SCRIPT = [
  /can't open file '(\/[^']+)': \[Errno 2\] No such file or directory/,
  /Error: Cannot find module '(\/[^']+)'/,
  /(?:^|\s)(?:sh|bash): (?:\d+: )?(?:can't open |cannot open )?'?(\/[\w./-]+\.(?:sh|py|rb|js|pl))'?: (?:No such file|not found)/,
];

export function scriptLookup(evidence: string): ScriptLookup | undefined {
  for (const re of MISSING_SCRIPT) {
    const m = re.exec(evidence);
    if (m?.[1]) return { kind: "script-not-in-image", path: m[1] };
  }
  return undefined;
}

const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const mentions = (path: string) => new RegExp(`(^|[\\s"'=\\[,])${literal(path)}(?=[\\s"',\\]]|$)`);

/**
 * A workload runs a file at a path its image lacks, while the repository holds a file of that name and a
 * Dockerfile copies it elsewhere. The reference follows the image's layout (the image serves other workloads
 * too; moving its files would break their paths): the one deploy line naming the path names where the file
 * lands. Several repository files of that name landing in different places, the file copied by no Dockerfile
 * (the image must change: a person's call), or several deploy lines: cited, nothing proposed.
 */
export function resolveScriptPath(
  lookup: ScriptLookup,
  files: readonly RepoFile[],
  deploy: ReadonlySet<string>,
  repoFiles: readonly string[],
): Resolution | undefined {
  const re = mentions(lookup.path);
  const refs: CitedLine[] = files
    .filter((f) => deploy.has(f.path) && !DOCKERFILE.test(f.path))
    .flatMap((f) =>
      f.content
        .split("\n")
        .flatMap((text, i) => (re.test(text) ? [{ file: f.path, line: i + 1, text }] : [])),
    );
  const ref = refs[0];
  if (!ref) return undefined;
  const name = lookup.path.split("/").pop() ?? "";
  const namesake = repoFiles.filter((f) => f.split("/").pop() === name);
  const dockerfiles = files.filter((f) => DOCKERFILE.test(f.path));
  const landed = namesake.flatMap((f) =>
    dockerfiles.flatMap((d) => {
      const at = imagePath(d, f);
      return at && at.path !== lookup.path ? [{ ...at, source: f }] : [];
    }),
  );
  const places = [...new Set(landed.map((l) => l.path))];
  const base = {
    kind: "script-path-in-image" as const,
    subject: lookup.path,
    cause: ref,
    truth: landed.flatMap((l) => [l.copy]).map(({ file, line }) => ({ file, line })),
    candidates: places,
  };
  const to = places[0];
  if (refs.length > 1)
    return {
      ...base,
      reason: `${refs.length} deploy lines name ${lookup.path}; one change would not cover them`,
    };
  if (places.length !== 1 || !to)
    return {
      ...base,
      reason:
        places.length === 0
          ? namesake.length === 0
            ? `the repository holds no ${name}`
            : `no Dockerfile copies ${namesake.join(", ")} into the image: the image must change (a person's call)`
          : `${name} lands at ${places.join(", ")}; which one is meant is a person's call`,
    };
  const copy = landed[0]?.copy;
  return {
    ...base,
    reason: `the image holds ${landed[0]?.source} at ${to} (${copy?.file}:${copy?.line}), not at ${lookup.path}`,
    change: {
      ...ref,
      before: ref.text,
      after: ref.text.replace(lookup.path, to),
      summary: `${lookup.path} → ${to}`,
    },
  };
}

/** The patched line names a path where a Dockerfile puts a repository file. */
export function scriptPathHolds(
  resolution: Resolution,
  patched: readonly RepoFile[],
  repoFiles: readonly string[],
): { ok: boolean; detail: string } {
  const change = resolution.change;
  const text = patchedLine(resolution, patched);
  const landed = repoFiles.flatMap((f) =>
    patched.filter((d) => DOCKERFILE.test(d.path)).flatMap((d) => imagePath(d, f)?.path ?? []),
  );
  const hit = landed.find((p) => mentions(p).test(text));
  return hit
    ? { ok: true, detail: `${change?.file}:${change?.line} now names ${hit}, where the image holds the file` }
    : { ok: false, detail: `${change?.file}:${change?.line} still names a path the image does not hold` };
}
