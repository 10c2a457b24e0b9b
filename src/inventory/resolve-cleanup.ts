import type { FactLine } from "./cluster-facts.js";
import type { Resolution } from "./resolution.js";
import type { Located } from "./types.js";

interface RepoRead {
  path: string;
  content: string;
}

/**
 * A filesystem out of inodes while it still has free blocks: something creates many small files and the
 * cleanup that should remove them is switched off in its configuration. The change switches the cleanup back
 * on at the software's own default; deleting the files or moving them elsewhere only postpones it.
 */
export interface CleanupLookup {
  kind: "files-exhausted";
  /** The file the failed write was creating, when the error names it. */
  path: string;
}

const NO_SPACE = /No space left on device|ENOSPC/;
const OPENED = /(?:open|fopen|mkdir|create|write)\w*\(["']?(\/[^\s,)"']+)/;

export function cleanupLookup(evidence: string): CleanupLookup | undefined {
  const line = evidence.split("\n").find((l) => NO_SPACE.test(l) && OPENED.test(l));
  const path = line ? OPENED.exec(line)?.[1] : undefined;
  return path ? { kind: "files-exhausted", path } : undefined;
}

/** Cleanups a configuration can switch off, as data: where, the setting, the value that enables it. */
export const CLEANUP_RULES = [
  {
    what: "PHP's session garbage collection",
    /** php.ini, or any ini a Dockerfile copies into conf.d (the setting itself is what is matched). */
    files: /\.ini$/,
    disabled: /^(\s*session\.gc_probability\s*=\s*)0\s*$/,
    enabled: (text: string) => Number(/^\s*session\.gc_probability\s*=\s*(\d+)/.exec(text)?.[1] ?? 1) >= 1,
    setting: /^\s*session\.gc_probability\s*=/,
    /** PHP's own default: with session.gc_divisor, the share of requests that remove expired sessions. */
    value: "1",
    savePath: /^\s*session\.save_path\s*=\s*"?(?:\d+;)*([^";\s]+)"?/,
    creates: /\/sess_[\w-]+$/,
  },
] as const;

/** `df -i` and `df -h` tables: which one a header opens, and each row's use and mount point. */
const DF_HEADER = /^Filesystem\s+(Inodes|Size|1K-blocks|1M-blocks)\b/;
const DF_ROW = /^\S+\s+\S+\s+\S+\s+\S+\s+(\d+)%\s+(\/\S*)\s*$/;
export const DF_SEARCH = `(?:${DF_HEADER.source})|(?:${DF_ROW.source})`;
export const isDfLine = (text: string): boolean => DF_HEADER.test(text) || DF_ROW.test(text);

interface Mount {
  mount: string;
  inodes?: number;
  blocks?: number;
  at: FactLine;
}

/** Each mount's inode and block use, from the df tables the facts hold. */
export function mountsIn(lines: readonly FactLine[]): Mount[] {
  const out = new Map<string, Mount>();
  const files = new Map<string, FactLine[]>();
  for (const l of lines) files.set(l.file, [...(files.get(l.file) ?? []), l]);
  for (const file of files.values()) {
    let table: "inodes" | "blocks" | undefined;
    for (const l of [...file].sort((a, b) => a.line - b.line)) {
      const head = DF_HEADER.exec(l.text);
      if (head?.[1]) {
        table = head[1] === "Inodes" ? "inodes" : "blocks";
        continue;
      }
      const row = DF_ROW.exec(l.text);
      if (!row?.[2] || !table) continue;
      const seen = out.get(row[2]) ?? { mount: row[2], at: l };
      out.set(row[2], { ...seen, [table]: Number(row[1]), ...(table === "inodes" ? { at: l } : {}) });
    }
  }
  return [...out.values()];
}

/** The mount the path lives on: the longest mount point that prefixes it. */
const mountOf = (mounts: readonly Mount[], path: string) =>
  mounts
    .filter((m) => path === m.mount || path.startsWith(m.mount === "/" ? "/" : `${m.mount}/`))
    .sort((a, b) => b.mount.length - a.mount.length)[0];

export function resolveCleanup(
  lookup: CleanupLookup,
  files: readonly RepoRead[],
  facts: readonly FactLine[],
): Resolution | undefined {
  const mount = mountOf(mountsIn(facts), lookup.path);
  const found = CLEANUP_RULES.flatMap((rule) =>
    files
      .filter((f) => rule.files.test(f.path))
      .flatMap((f) => {
        const lines = f.content.split("\n");
        const dir = lines.map((t) => rule.savePath.exec(t)?.[1]).find(Boolean);
        const writes = dir
          ? lookup.path.startsWith(`${dir.replace(/\/$/, "")}/`)
          : rule.creates.test(lookup.path);
        const i = lines.findIndex((t) => rule.disabled.test(t));
        return writes && i >= 0 ? [{ rule, file: f.path, line: i + 1, text: lines[i] ?? "" }] : [];
      }),
  );
  const target = found[0];
  if (!target) return undefined;
  const base = {
    kind: "cleanup-enabled" as const,
    subject: target.rule.what,
    cause: { file: target.file, line: target.line, text: target.text },
    truth: mount ? [{ file: mount.at.file, line: mount.at.line } as Located] : [],
  };
  if (!mount || mount.inodes === undefined)
    return {
      ...base,
      candidates: [],
      reason: "the logs show no `df -i` for the filesystem: inodes are not known to be what ran out",
    };
  if (mount.inodes < 95 || (mount.blocks !== undefined && mount.blocks >= 95))
    return {
      ...base,
      candidates: [],
      reason: `${mount.mount} is at ${mount.inodes}% inodes and ${mount.blocks ?? "?"}% blocks: space, not the number of files, ran out`,
    };
  if (found.length > 1)
    return {
      ...base,
      candidates: [],
      reason: "several files switch the cleanup off; which one the service reads is not said",
    };
  return {
    ...base,
    candidates: [target.rule.value],
    reason: `${mount.mount} is out of inodes (${mount.inodes}%) with ${mount.blocks ?? "?"}% of its blocks used, ${lookup.path} is one of the small files the service creates there, and ${target.rule.what} is switched off`,
    change: {
      file: target.file,
      line: target.line,
      before: target.text,
      after: target.text.replace(target.rule.disabled, `$1${target.rule.value}`),
      summary: `${target.rule.what} switched back on (${target.text.trim()} → ${target.rule.value})`,
    },
  };
}

export function cleanupHolds(
  resolution: Resolution,
  patched: readonly RepoRead[],
): { ok: boolean; detail: string } {
  const rule = CLEANUP_RULES.find((r) => r.what === resolution.subject);
  const text = patched
    .find((f) => f.path === resolution.cause.file)
    ?.content.split("\n")
    .find((t) => rule?.setting.test(t));
  return rule && text !== undefined && rule.enabled(text)
    ? { ok: true, detail: `${rule.what} is on again: ${text.trim()}` }
    : { ok: false, detail: `${resolution.subject} is still switched off` };
}
