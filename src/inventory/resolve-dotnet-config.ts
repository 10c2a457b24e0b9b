import type { CitedLine, Resolution } from "./resolution.js";

interface RepoRead {
  path: string;
  content: string;
}

export interface ConfigFileLookup {
  kind: "config-file-unpublished";
  file: string;
}

export function configFileLookup(evidence: string): ConfigFileLookup | undefined {
  const m = /The configuration file '([^'/\\]+)' was not found and is not optional/.exec(evidence);
  return m?.[1] ? { kind: "config-file-unpublished", file: m[1] } : undefined;
}

export const PROJECT_FILE = /\.(csproj|fsproj|vbproj)$|(^|\/)Directory\.Build\.(props|targets)$/i;

/** An MSBuild item path (`appsettings.*.json`, `config\appsettings.json`) as a test of a file name. */
function itemMatches(include: string, file: string): boolean {
  return include.split(";").some((one) => {
    const name = one.trim().split(/[\\/]/).pop() ?? "";
    const re = new RegExp(`^${name.replace(/[.+^${}()|[\]]/g, "\\$&").replace(/\*/g, "[^/]*")}$`, "i");
    return re.test(file);
  });
}

const ITEM = /<(Content|None)\s+[^>]*?(?:Include|Update)="([^"]+)"/;
const NEVER_ATTR = /(CopyTo(?:Publish|Output)Directory)="Never"/;
const NEVER_ATTRS = /(CopyTo(?:Publish|Output)Directory)="Never"/g;
const NEVER_ELEMENT = /<(CopyTo(?:Publish|Output)Directory)>Never<\/\1>/;

/** The line that keeps the file out of the output: the item's `="Never"` attribute or its `<…>Never</…>` child. */
function neverLines(project: RepoRead, file: string): CitedLine[] {
  const lines = project.content.split("\n");
  return lines.flatMap((text, i) => {
    const item = ITEM.exec(text);
    if (!item?.[2] || !itemMatches(item[2], file)) return [];
    if (NEVER_ATTR.test(text)) return [{ file: project.path, line: i + 1, text }];
    if (/\/>\s*$/.test(text)) return [];
    for (let j = i + 1; j < lines.length && !new RegExp(`</${item[1]}>`).test(lines[j] ?? ""); j += 1)
      if (NEVER_ELEMENT.test(lines[j] ?? ""))
        return [{ file: project.path, line: j + 1, text: lines[j] ?? "" }];
    return [];
  });
}

/**
 * A required configuration file is missing from the app's directory, and a project file marks it
 * CopyToPublishDirectory/CopyToOutputDirectory "Never": the one change publishes it ("PreserveNewest"). The
 * file absent from the repository (nothing to publish), several such lines, or none: cited or left to the
 * locators.
 */
export function resolveConfigFile(
  lookup: ConfigFileLookup,
  files: readonly RepoRead[],
  repoFiles: readonly string[],
): Resolution | undefined {
  const never = files.filter((f) => PROJECT_FILE.test(f.path)).flatMap((p) => neverLines(p, lookup.file));
  const first = never[0];
  if (!first) return undefined;
  const exists = repoFiles.filter((f) => f.split("/").pop()?.toLowerCase() === lookup.file.toLowerCase());
  const base = {
    kind: "config-file-published" as const,
    subject: lookup.file,
    cause: first,
    truth: never.slice(1).map(({ file, line }) => ({ file, line })),
    candidates: ["PreserveNewest"],
  };
  if (exists.length === 0)
    return {
      ...base,
      reason: `the repository holds no ${lookup.file} to publish; it must be provided another way`,
    };
  if (never.length > 1)
    return {
      ...base,
      reason: `${never.length} project lines keep ${lookup.file} out; one change would not cover them`,
    };
  const after = first.text
    .replace(NEVER_ATTRS, '$1="PreserveNewest"')
    .replace(NEVER_ELEMENT, "<$1>PreserveNewest</$1>");
  return {
    ...base,
    reason: `the app requires ${lookup.file} (optional: false) but ${first.file}:${first.line} keeps it out of the build output`,
    change: { ...first, before: first.text, after, summary: `${lookup.file}: Never → PreserveNewest` },
  };
}

/** No project line the patch touched keeps the file out any more. */
export function configFileHolds(
  resolution: Resolution,
  patched: readonly RepoRead[],
): { ok: boolean; detail: string } {
  const left = patched
    .filter((f) => PROJECT_FILE.test(f.path))
    .flatMap((p) => neverLines(p, resolution.subject));
  return left.length === 0
    ? { ok: true, detail: `no project file keeps ${resolution.subject} out of the output` }
    : {
        ok: false,
        detail: `${left[0]?.file}:${left[0]?.line} still keeps ${resolution.subject} out of the output`,
      };
}
