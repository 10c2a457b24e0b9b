import type { Evidence } from "../../core/diagnosis.js";
import { isDeployFile } from "../../inventory/build.js";
import {
  commitLink,
  type Direction,
  parseHistory,
  renameSides,
  short,
  whichSideMoved,
  word,
} from "../../inventory/rename-history.js";
import type { CitedLine, Resolution } from "../../inventory/resolution.js";
import { envReadPattern } from "../../inventory/resolve-env.js";
import { resolveRenameByHistory } from "../../inventory/resolve-rename-history.js";
import { type PastCall, type PlannedCall, parseGrepOutput } from "./conversation.js";

export type Directed = { ask: PlannedCall[] } | { resolution: Resolution; evidence: Evidence[] };

export interface DirectOptions {
  /** git_history may be called (the Detective, the Surgeon); without it nothing is asked. */
  canAsk: boolean;
  /** Also search for code still reading the defined name (the Detective; the Surgeon acts on its proposal). */
  searchReaders?: { inRepo: (file: string) => boolean };
}

function sameInput(call: PastCall, planned: PlannedCall): boolean {
  return call.name === planned.name && JSON.stringify(call.input) === JSON.stringify(planned.input);
}

/**
 * An env-var rename the files alone cannot direct (code reads X, a deploy file defines Y), directed by the
 * git history of the two files read through git_history: the calls still to make, or the resolution with
 * the commit that moved as evidence. Without history (not a checkout, a tool refused) both stay cited and
 * nothing is proposed.
 */
export function directByHistory(
  resolution: Resolution,
  contentOf: (file: string) => string | undefined,
  past: readonly PastCall[],
  options: DirectOptions,
): Directed {
  const sides = renameSides(resolution, contentOf);
  if (!sides) return { resolution, evidence: [] };
  const histories: PlannedCall[] = [sides.definition.file, sides.reader.file].map((path) => ({
    name: "git_history",
    input: { paths: [path] },
  }));
  const readers: PlannedCall | undefined = options.searchReaders
    ? { name: "grep_search", input: { pattern: envReadPattern(sides.defined).source } }
    : undefined;
  const planned = [...histories, ...(readers ? [readers] : [])];
  const missing = planned.filter((p) => !past.some((c) => sameInput(c, p)));
  if (missing.length > 0 && options.canAsk) return { ask: missing };
  const results = histories.map((p) => past.find((c) => sameInput(c, p))?.result);
  const [deploy, code] = results;
  if (!deploy || !code || deploy.isError || code.isError) {
    const failed = [deploy, code].find((r) => r?.isError)?.content.split("\n")[0];
    const why = failed
      ? `the git history could not be read (${failed.slice(0, 200)})`
      : "no git history was read to say which side moved";
    return { resolution: { ...resolution, reason: `${resolution.reason}; ${why}` }, evidence: [] };
  }
  const direction = whichSideMoved(sides, parseHistory(deploy.content), parseHistory(code.content));
  const readerResult = readers ? past.find((c) => sameInput(c, readers))?.result : undefined;
  const otherReaders: CitedLine[] =
    readerResult && !readerResult.isError && options.searchReaders
      ? parseGrepOutput(readerResult.content).filter(
          (h) => options.searchReaders!.inRepo(h.file) && !isDeployFile(h.file),
        )
      : [];
  return {
    resolution: resolveRenameByHistory(resolution, sides, direction, otherReaders),
    evidence: commitEvidence(direction, sides.read, sides.defined),
  };
}

/** The commit that moved, as evidence a person can open: its link, header and the diff lines of the rename. */
function commitEvidence(direction: Direction, read: string, defined: string): Evidence[] {
  if (direction.moved === undefined) return [];
  const { commit } = direction;
  const names = [word(read), word(defined)];
  const lines = [
    ...commit.removed.filter((l) => names.some((n) => n.test(l))).map((l) => `-${l}`),
    ...commit.added.filter((l) => names.some((n) => n.test(l))).map((l) => `+${l}`),
  ].slice(0, 6);
  return [
    {
      kind: "command",
      file: commitLink(commit, direction.remote),
      excerpt: [short(commit), ...lines].join("\n").slice(0, 2_000),
      note: `git history of ${direction.file}: the ${direction.moved} side renamed the variable`.slice(
        0,
        500,
      ),
    },
  ];
}
