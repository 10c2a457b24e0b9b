import type { CitedLine, Resolution } from "./resolution.js";
import type { Located } from "./types.js";

interface RepoRead {
  path: string;
  content: string;
}

export interface ImagePathLookup {
  kind: "image-path-missing";
  /** The absolute path the process opened, as it printed it. */
  path: string;
}

/**
 * nginx failing to start on a file its configuration names (`[emerg] open() "/etc/nginx/x.conf" failed (2: No
 * such file or directory) in /etc/nginx/nginx.conf:15`). Only [emerg]: an [error] open() is a request for a
 * static file that is not there, which says nothing about the image.
 */
export function imagePathLookup(evidence: string): ImagePathLookup | undefined {
  const m = /\[emerg\][^\n]*?open\(\) "(\/[^"\s]+)" failed \(2: No such file or directory\)/.exec(evidence);
  return m?.[1] ? { kind: "image-path-missing", path: m[1] } : undefined;
}

const DOCKERFILE = /(^|\/)(Dockerfile|Containerfile)[\w.-]*$|\.dockerfile$/i;
const CONFIG = /\.(conf|cfg|ini|cnf|ya?ml|json|toml)$/i;

const dirOf = (p: string) => p.slice(0, p.lastIndexOf("/") + 1);
const baseOf = (p: string) => p.slice(p.lastIndexOf("/") + 1);
/** The last directory name of a path (`/etc/nginx/includes/` → includes, `nginx/snippets` → snippets). */
const lastDir = (p: string) => p.replace(/\/+$/, "").split("/").pop() ?? "";

interface Copy extends CitedLine {
  source: string;
  dest: string;
}

/** Plain `COPY src dest` lines (a single source; `--from=` copies from another stage, not the repository). */
function copies(dockerfile: RepoRead): Copy[] {
  return dockerfile.content.split("\n").flatMap((text, i) => {
    if (/--from=/.test(text)) return [];
    const m = /^\s*(?:COPY|ADD)\s+(?:--[\w-]+=\S+\s+)*(\S+)\s+(\/\S*)\s*$/i.exec(text);
    return m?.[1] && m[2] ? [{ file: dockerfile.path, line: i + 1, text, source: m[1], dest: m[2] }] : [];
  });
}

/** Where each repository file a COPY line takes lands in the image (the build context is the Dockerfile's folder). */
function shipped(dockerfiles: readonly RepoRead[], repoFiles: readonly string[]) {
  return dockerfiles.flatMap((d) =>
    copies(d).flatMap((c) => {
      const src = `${dirOf(d.path)}${c.source.replace(/^\.\//, "")}`.replace(/\/+$/, "");
      if (repoFiles.includes(src))
        return [
          {
            copy: c,
            repoFile: src,
            folder: false,
            at: c.dest.endsWith("/") ? `${c.dest}${baseOf(src)}` : c.dest,
          },
        ];
      const dest = c.dest.endsWith("/") ? c.dest : `${c.dest}/`;
      return repoFiles
        .filter((f) => f.startsWith(`${src}/`))
        .map((f) => ({ copy: c, repoFile: f, folder: true, at: `${dest}${f.slice(src.length + 1)}` }));
    }),
  );
}

/** The Dockerfiles, the repository's files of that name, and the configuration that may name it: few. */
export function imagePathReads(path: string, repoFiles: readonly string[]): string[] {
  const name = baseOf(path);
  const rank = (f: string) => (DOCKERFILE.test(f) ? 0 : baseOf(f) === name ? 1 : 2);
  return repoFiles
    .filter((f) => DOCKERFILE.test(f) || baseOf(f) === name || /\.conf$/.test(f))
    .sort((a, b) => rank(a) - rank(b))
    .slice(0, 10);
}

/** Configuration lines (not Dockerfiles) that name the path. */
function referencing(path: string, files: readonly RepoRead[]): CitedLine[] {
  return files
    .filter((f) => CONFIG.test(f.path) && !DOCKERFILE.test(f.path))
    .flatMap((f) =>
      f.content
        .split("\n")
        .flatMap((text, i) => (text.includes(path) ? [{ file: f.path, line: i + 1, text }] : [])),
    );
}

/**
 * The configuration opens a path the image does not have, while one COPY puts the repository's file of that
 * name elsewhere. The two disagree; the side to change is the one whose directory name is the odd one out among
 * the three (the config's directory, the COPY's destination, the repository folder it copies): `include
 * …/snippets/x.conf` and `COPY nginx/snippets/ …/includes/` move the destination; `include …/conf/x.conf` with
 * `COPY nginx/includes/ …/includes/` move the include. No such majority, several lines, several files of that
 * name: cited, nothing proposed.
 */
export function resolveImagePath(
  lookup: ImagePathLookup,
  files: readonly RepoRead[],
  repoFiles: readonly string[],
): Resolution | undefined {
  const dockerfiles = files.filter((f) => DOCKERFILE.test(f.path));
  const all = shipped(dockerfiles, repoFiles);
  if (all.some((s) => s.at === lookup.path)) return undefined;
  const same = all.filter((s) => baseOf(s.at) === baseOf(lookup.path));
  const refs = referencing(lookup.path, files);
  const ref = refs[0];
  const placed = same[0];
  if (!ref && !placed) return undefined;
  const truth: Located[] = [
    ...same.flatMap((s) => [
      { file: s.copy.file, line: s.copy.line },
      { file: s.repoFile, line: 1 },
    ]),
    ...refs.slice(1),
  ];
  const base = {
    kind: "image-path-shipped" as const,
    subject: lookup.path,
    cause: ref ?? placed?.copy ?? { file: "", line: 1, text: "" },
    truth,
    candidates: same.map((s) => s.at),
  };
  if (!ref || !placed)
    return { ...base, reason: `nothing in the repository both names ${lookup.path} and ships it` };
  if (same.length > 1 || refs.length > 1)
    return { ...base, reason: `${same.length} copies and ${refs.length} lines name ${baseOf(lookup.path)}` };
  const wanted = lastDir(dirOf(lookup.path));
  const folder = lastDir(dirOf(placed.repoFile));
  const landed = lastDir(dirOf(placed.at));
  // Moving the destination moves every file copied with it: only when nothing else names that destination.
  const othersUseDest = files.some(
    (f) => !DOCKERFILE.test(f.path) && f.content.includes(dirOf(placed.at)) && f.path !== ref.file,
  );
  if (wanted === folder && landed !== folder && placed.folder && !othersUseDest) {
    const after = placed.copy.text.replace(placed.copy.dest, dirOf(lookup.path));
    return {
      ...base,
      cause: placed.copy,
      truth: [ref, { file: placed.repoFile, line: 1 }],
      reason: `${ref.file}:${ref.line} and the repository folder say ${wanted}/; only the COPY puts ${baseOf(lookup.path)} under ${landed}/`,
      change: {
        ...placed.copy,
        before: placed.copy.text,
        after,
        summary: `COPY destination ${placed.copy.dest} → ${dirOf(lookup.path)}`,
      },
    };
  }
  if (landed === folder && wanted !== folder) {
    return {
      ...base,
      cause: ref,
      truth: [placed.copy, { file: placed.repoFile, line: 1 }],
      reason: `the image has ${baseOf(lookup.path)} at ${placed.at} (${placed.copy.file}:${placed.copy.line}), the folder the repository keeps it in`,
      change: {
        ...ref,
        before: ref.text,
        after: ref.text.replace(lookup.path, placed.at),
        summary: `path ${lookup.path} → ${placed.at}`,
      },
    };
  }
  return {
    ...base,
    reason: `the config says ${lookup.path}, the image has ${placed.at}; nothing says which side moved`,
  };
}

/** Every configuration line naming a file of that name names a path some COPY puts it at. */
export function imagePathHolds(
  resolution: Resolution,
  patched: readonly RepoRead[],
): { ok: boolean; detail: string } {
  const name = baseOf(resolution.subject);
  const paths = patched.map((f) => f.path);
  const at = new Set(
    shipped(
      patched.filter((f) => DOCKERFILE.test(f.path)),
      paths,
    ).map((s) => s.at),
  );
  const named = patched
    .filter((f) => CONFIG.test(f.path) && !DOCKERFILE.test(f.path))
    .flatMap((f) => [...f.content.matchAll(/(\/[^\s;"']+)/g)].map((m) => m[1] ?? ""))
    .filter((p) => baseOf(p) === name);
  const missing = named.filter((p) => !at.has(p));
  return named.length > 0 && missing.length === 0
    ? { ok: true, detail: `the image now has ${named[0]} where the configuration opens it` }
    : {
        ok: false,
        detail: `the configuration still opens ${missing[0] ?? resolution.subject}, which no COPY puts there`,
      };
}
