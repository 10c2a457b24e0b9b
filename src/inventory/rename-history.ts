import { isDeployFile } from "./build.js";
import type { CitedLine, Resolution } from "./resolution.js";
import { envReadPattern } from "./resolve-env.js";

/** One commit as git_history prints it: header, then the lines its diff removed and added. */
export interface HistoryCommit {
  hash: string;
  date: string;
  subject: string;
  removed: string[];
  added: string[];
}

export interface FileHistory {
  /** `https://github.com/owner/repo` when the repository's origin is on GitHub. */
  remote?: string;
  commits: HistoryCommit[];
  /** False when the tool or the output budget cut the history: a rename may be in the part not shown. */
  complete: boolean;
}

/** The marks git_history and the runner's output budget end a cut output with. */
const CUT = /^\[(?:history|output) cut\b/;

const HEADER = /^commit ([0-9a-f]{40})$/;

/**
 * git_history's output read back. It is untrusted text (commit subjects and diffs are the repository's): only
 * lines of the exact shapes the tool prints are taken, and a diff line is never read as a header.
 */
export function parseHistory(output: string): FileHistory {
  const lines = output.split("\n");
  const remote = /^remote: (https:\/\/github\.com\/[A-Za-z0-9-]+\/[A-Za-z0-9._-]+)$/.exec(
    lines[0] ?? "",
  )?.[1];
  const commits: HistoryCommit[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const hash = HEADER.exec(lines[i] ?? "")?.[1];
    const date = /^Date: (\S+)$/.exec(lines[i + 1] ?? "")?.[1];
    const subject = /^Subject: (.*)$/.exec(lines[i + 2] ?? "")?.[1];
    if (hash && date && subject !== undefined) {
      commits.push({ hash, date, subject, removed: [], added: [] });
      i += 2;
      continue;
    }
    const current = commits.at(-1);
    const line = lines[i] ?? "";
    if (!current || line.startsWith("+++ ") || line.startsWith("--- ")) continue;
    if (line.startsWith("-")) current.removed.push(line.slice(1));
    else if (line.startsWith("+")) current.added.push(line.slice(1));
  }
  const complete = !lines.some((l) => CUT.test(l));
  return { ...(remote ? { remote } : {}), commits, complete };
}

export function word(name: string): RegExp {
  return new RegExp(`(?<![A-Za-z0-9_])${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![A-Za-z0-9_])`);
}

/** The newest commit (git prints newest first) that replaced `from` with `to` in this file. */
export function renamedIn(history: FileHistory, from: string, to: string): HistoryCommit | undefined {
  const was = word(from);
  const now = word(to);
  return history.commits.find((c) => c.removed.some((l) => was.test(l)) && c.added.some((l) => now.test(l)));
}

/** The two sides of a variable rename: where the deploy file defines its name, where code reads the other. */
export interface RenameSides {
  read: string;
  defined: string;
  definition: CitedLine;
  reader: CitedLine;
}

/**
 * An env-var resolution that proposed nothing because the direction was not in the evidence, split into its
 * two sides; undefined unless it is exactly one definition and one read (one line to change either way).
 */
export function renameSides(
  r: Resolution,
  contentOf: (file: string) => string | undefined,
): RenameSides | undefined {
  const defined = r.candidates[0];
  if (r.kind !== "env-var-defined" || r.change || r.candidates.length !== 1 || !defined) return undefined;
  const cited = r.truth.flatMap((t) => {
    const text = contentOf(t.file)?.split("\n")[t.line - 1];
    return text === undefined ? [] : [{ ...t, text }];
  });
  const definitions = cited.filter((c) => isDeployFile(c.file) && word(defined).test(c.text));
  const readers = cited.filter((c) => !isDeployFile(c.file) && envReadPattern(r.subject).test(c.text));
  const [definition] = definitions;
  const [reader] = readers;
  if (definitions.length !== 1 || readers.length !== 1 || !definition || !reader) return undefined;
  return { read: r.subject, defined, definition, reader };
}

export type Direction =
  | { moved: "deploy" | "code"; commit: HistoryCommit; file: string; remote?: string }
  | { moved: undefined; reason: string };

/**
 * Which side of the rename moved, by the files' own histories. A rename is someone's decision, written in a
 * commit that replaced the old name with the new one; the side with such a commit carries the intended name
 * and the other side is the one left behind. Exactly one side must show it: both (each renamed towards its
 * own name) or neither (the names never agreed in this history) is no evidence of direction.
 */
export function whichSideMoved(sides: RenameSides, deploy: FileHistory, code: FileHistory): Direction {
  const deployRename = renamedIn(deploy, sides.read, sides.defined);
  const codeRename = renamedIn(code, sides.defined, sides.read);
  const remote = deploy.remote ?? code.remote;
  const extra = remote ? { remote } : {};
  if (deployRename && codeRename)
    return {
      moved: undefined,
      reason: `both sides were renamed (${sides.definition.file} in ${short(deployRename)}, ${sides.reader.file} in ${short(codeRename)}), so the history does not say which name is intended`,
    };
  const untracked = [deploy, code].findIndex((h) => h.commits.length === 0);
  if (untracked >= 0)
    return {
      moved: undefined,
      reason: `${untracked === 0 ? sides.definition.file : sides.reader.file} has no git history (not committed), so its side of the rename is unknown`,
    };
  // A side whose history was cut may hold a rename in the part not shown: no direction from the other side.
  const cut = deployRename ? code : codeRename ? deploy : undefined;
  if (cut && !cut.complete)
    return {
      moved: undefined,
      reason: `the history of ${cut === code ? sides.reader.file : sides.definition.file} was cut, so a rename on that side cannot be ruled out`,
    };
  if (deployRename) return { moved: "deploy", commit: deployRename, file: sides.definition.file, ...extra };
  if (codeRename) return { moved: "code", commit: codeRename, file: sides.reader.file, ...extra };
  return {
    moved: undefined,
    reason: `no commit in the history of ${sides.definition.file} or ${sides.reader.file} renamed ${sides.read} to ${sides.defined} or back`,
  };
}

export function short(c: HistoryCommit): string {
  return `${c.hash.slice(0, 12)} "${c.subject.slice(0, 120)}" (${c.date})`;
}

/** Where a person sees the commit: on GitHub when the repository is there, else the command that shows it. */
export function commitLink(commit: HistoryCommit, remote: string | undefined): string {
  return remote ? `${remote}/commit/${commit.hash}` : `git show ${commit.hash}`;
}
