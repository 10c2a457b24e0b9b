import type { CitedLine, Resolution } from "./resolution.js";

export interface RepoFile {
  path: string;
  content: string;
}

/** The changed line as it reads in the patched files: what a relation check judges. */
export function patchedLine(resolution: Resolution, patched: readonly RepoFile[]): string {
  const change = resolution.change;
  return patched.find((f) => f.path === change?.file)?.content.split("\n")[(change?.line ?? 0) - 1] ?? "";
}

export const DOCKERFILE = /(^|\/)(Dockerfile|Containerfile)[\w.-]*$|\.dockerfile$/i;

/** The lines of a Dockerfile's final stage: from its last FROM to the end. */
export function finalStage(file: RepoFile): CitedLine[] {
  const lines = file.content.split("\n").map((text, i) => ({ file: file.path, line: i + 1, text }));
  let from = lines.length - 1;
  while (from >= 0 && !/^\s*FROM\s/i.test(lines[from]?.text ?? "")) from -= 1;
  return from < 0 ? [] : lines.slice(from);
}

/** The image a FROM line names (its --platform and AS name dropped). */
export function fromImage(text: string): string {
  return (
    text
      .replace(/^\s*FROM\s+/i, "")
      .replace(/--platform=\S+\s+/i, "")
      .split(/\s+/)[0] ?? ""
  );
}

function normalise(path: string): string {
  const out: string[] = [];
  for (const part of path.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") out.pop();
    else out.push(part);
  }
  return `/${out.join("/")}`;
}

/**
 * Where a repository file lands in the image the final stage builds: its COPY/ADD lines (not --from another
 * stage) read against the WORKDIR in force, the build context being the Dockerfile's directory. undefined when
 * no line copies it.
 */
export function imagePath(
  dockerfile: RepoFile,
  repoFile: string,
): { path: string; copy: CitedLine } | undefined {
  const dir = dockerfile.path.includes("/") ? dockerfile.path.replace(/\/[^/]*$/, "") : "";
  const rel =
    dir && repoFile.startsWith(`${dir}/`) ? repoFile.slice(dir.length + 1) : dir ? undefined : repoFile;
  if (rel === undefined) return undefined;
  let workdir = "/";
  let found: { path: string; copy: CitedLine } | undefined;
  for (const l of finalStage(dockerfile)) {
    const wd = /^\s*WORKDIR\s+(\S+)/i.exec(l.text);
    if (wd?.[1]) workdir = normalise(wd[1].startsWith("/") ? wd[1] : `${workdir}/${wd[1]}`);
    const copy = /^\s*(?:COPY|ADD)\s+(.*)$/i.exec(l.text);
    if (!copy?.[1] || /--from=/i.test(copy[1])) continue;
    const args = copy[1].split(/\s+/).filter((a) => a && !a.startsWith("--"));
    const dest = args.pop();
    if (!dest || args.length === 0) continue;
    const destAbs = normalise(dest.startsWith("/") ? dest : `${workdir}/${dest}`);
    for (const src of args.map((a) => normalise(a).slice(1))) {
      const base = repoFile.split("/").pop() ?? "";
      if (src === rel)
        found = { path: dest.endsWith("/") || args.length > 1 ? `${destAbs}/${base}` : destAbs, copy: l };
      else if (src === "" || rel.startsWith(`${src}/`))
        found = { path: normalise(`${destAbs}/${src === "" ? rel : rel.slice(src.length + 1)}`), copy: l };
    }
  }
  return found;
}
