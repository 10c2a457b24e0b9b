import { type FactLine, labelOf, nodesIn } from "./cluster-facts.js";
import type { CitedLine, Resolution } from "./resolution.js";
import { DOCKERFILE, type RepoFile } from "./resolve-build-files.js";

export interface ExecFormatLookup {
  kind: "exec-format";
  /** The nodes' architecture, when the evidence names it (kubernetes.io/arch=amd64, Architecture: amd64). */
  nodeArch?: string;
}

const EXEC_FORMAT = /exec (?:user process caused: )?(?:"?[^\s":]*"?: )?exec format error|exec format error/;
const NODE_ARCH =
  /kubernetes\.io\/arch[=:]\s*"?(amd64|arm64|arm|ppc64le|s390x)|Architecture:\s+(amd64|arm64|arm|ppc64le|s390x)/;

export function execFormatLookup(evidence: string): ExecFormatLookup | undefined {
  if (!EXEC_FORMAT.test(evidence)) return undefined;
  const arch = NODE_ARCH.exec(evidence);
  const nodeArch = arch?.[1] ?? arch?.[2];
  return { kind: "exec-format", ...(nodeArch ? { nodeArch } : {}) };
}

/** An architecture written into a Dockerfile: `FROM --platform=linux/arm64`, `GOARCH=arm64`. */
const PLATFORM_PIN = /--platform=linux\/(\w+)(?:\/\w+)?\s+/;
const GOARCH_PIN = /\bGOARCH=["']?(\w+)["']?\s*/;

function pinsOf(file: RepoFile): (CitedLine & { arch: string })[] {
  return file.content.split("\n").flatMap((text, i) => {
    const m = PLATFORM_PIN.exec(text) ?? GOARCH_PIN.exec(text);
    return m?.[1] && !/^\s*#/.test(text) ? [{ file: file.path, line: i + 1, text, arch: m[1] }] : [];
  });
}

/** The line without its pin; undefined when nothing is left of it (an `ENV GOARCH=arm64` line). */
function unpinned(text: string): string | undefined {
  const out = text.replace(PLATFORM_PIN, "").replace(GOARCH_PIN, "");
  return /^\s*(ENV|ARG)\s*$/i.test(out) ? undefined : out.replace(/\s+$/, "");
}

/**
 * The kernel refused to execute the container's binary (exec format error) and one Dockerfile pins a foreign
 * architecture (FROM --platform=linux/arm64, GOARCH=arm64): the pins are removed so the image is built for the
 * platform the build targets (buildx --platform, or the builder's own). Nodes known to share the pinned
 * architecture (the cause is elsewhere: a script without a shebang), a cross-compiling Dockerfile
 * ($BUILDPLATFORM, whose GOARCH must follow TARGETARCH), several pinned architectures or Dockerfiles: cited,
 * nothing proposed. Never pin another architecture the evidence does not name.
 */
/** The one architecture the nodes the evidence lists share (kubectl get nodes -L kubernetes.io/arch, describe). */
function nodeArchOf(lookup: ExecFormatLookup, facts: readonly FactLine[]): string | undefined {
  if (lookup.nodeArch) return lookup.nodeArch;
  const arches = new Set(nodesIn(facts).flatMap((n) => labelOf(n, "kubernetes.io/arch") || []));
  return arches.size === 1 ? [...arches][0] : undefined;
}

export function resolveExecArch(
  lookup: ExecFormatLookup,
  files: readonly RepoFile[],
  facts: readonly FactLine[] = [],
): Resolution | undefined {
  const nodeArch = nodeArchOf(lookup, facts);
  const pinned = files.filter((f) => DOCKERFILE.test(f.path)).map((f) => ({ file: f, pins: pinsOf(f) }));
  const withPins = pinned.filter((p) => p.pins.length > 0);
  const one = withPins[0];
  const first = one?.pins[0];
  if (!one || !first) return undefined;
  const arches = [...new Set(withPins.flatMap((p) => p.pins.map((x) => x.arch)))];
  if (nodeArch && arches.every((a) => a === nodeArch)) return undefined;
  const last = one.pins.at(-1) ?? first;
  const base = {
    kind: "image-arch-unpinned" as const,
    subject: arches.join(", "),
    cause: first,
    truth: one.pins.slice(1).map(({ file, line }) => ({ file, line })),
    candidates: nodeArch ? [nodeArch] : [],
  };
  if (withPins.length > 1 || arches.length > 1)
    return {
      ...base,
      reason: `several Dockerfiles or architectures are pinned (${arches.join(", ")}); which image runs is a person's call`,
    };
  if (/\$\{?BUILDPLATFORM\b/.test(one.file.content))
    return {
      ...base,
      reason: `${one.file.path} cross-compiles ($BUILDPLATFORM): GOARCH must follow TARGETARCH there`,
    };
  const lines = one.file.content.split("\n").slice(first.line - 1, last.line);
  const pinnedLines = new Set(one.pins.map((p) => p.line));
  const after = lines.flatMap((text, i) =>
    pinnedLines.has(first.line + i) ? (unpinned(text) ?? []) : [text],
  );
  const nodes = nodeArch ? `the nodes are ${nodeArch}` : "the nodes cannot execute it";
  return {
    ...base,
    reason: `${one.file.path} builds for linux/${arches[0]} while ${nodes}; unpinned, it builds for the platform the build targets`,
    change: {
      ...first,
      before: lines.join("\n"),
      after: after.join("\n"),
      span: lines.length,
      summary: `unpin linux/${arches[0]} in ${one.file.path}`,
    },
  };
}

/** The patched Dockerfile pins no architecture other than the nodes'. */
export function execArchHolds(
  resolution: Resolution,
  patched: readonly RepoFile[],
): { ok: boolean; detail: string } {
  const file = patched.find((f) => f.path === resolution.change?.file);
  if (!file) return { ok: false, detail: "the Dockerfile was not handed on" };
  const foreign = pinsOf(file).filter((p) => !resolution.candidates.includes(p.arch));
  return foreign.length === 0
    ? { ok: true, detail: `${file.path} no longer pins a foreign architecture` }
    : { ok: false, detail: `${file.path}:${foreign[0]?.line} still pins linux/${foreign[0]?.arch}` };
}
