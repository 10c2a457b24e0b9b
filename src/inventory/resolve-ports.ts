import { lineAt, type Resolution } from "./resolution.js";
import type { Inventory } from "./types.js";

type ContentOf = (file: string) => string | undefined;

/**
 * Two compose services publish the same host port. The one to move is the one the log names as failing to
 * bind (its container name holds the service name); it gets the next host port nobody publishes. Without a
 * named service, both are cited and nothing is proposed: which one owns the port is a team decision.
 */
export function resolvePortConflict(
  port: number,
  inv: Inventory,
  evidence: string,
  contentOf: ContentOf,
): Resolution | undefined {
  const publishers = inv.published.filter((p) => p.hostPort === port);
  const file = publishers[0]?.file;
  const same = publishers.filter((p) => p.file === file);
  if (same.length < 2 || !file) return undefined;
  // Only lines that report a failure: a compose log also lists the containers that started fine.
  const failing = evidence.split("\n").filter((l) => /error|fail|✘/i.test(l));
  const named = same.filter((p) => {
    const svc = p.service.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const re = new RegExp(`(^|[^\\w-])[\\w.-]*[-_]?${svc}[-_]\\d+\\b|service "?${p.service}"?`, "i");
    return failing.some((l) => re.test(l));
  });
  const mover = named.length === 1 ? named[0] : undefined;
  const cited = mover ?? same.at(-1);
  const text = cited ? lineAt(contentOf(cited.file) ?? "", cited.line) : undefined;
  if (!cited || text === undefined) return undefined;
  const base = {
    kind: "host-port-unique" as const,
    subject: String(port),
    cause: { file: cited.file, line: cited.line, text },
    truth: same.map((p) => ({ file: p.file, line: p.line })),
    candidates: same.map((p) => p.service),
  };
  if (!mover)
    return {
      ...base,
      reason: `${same.map((p) => p.service).join(" and ")} both publish ${port}; the logs do not say which one failed to bind`,
    };
  const taken = new Set(inv.published.filter((p) => p.file === file).map((p) => p.hostPort));
  let free = port + 1;
  while (taken.has(free) && free < port + 100) free += 1;
  const after = text.replace(new RegExp(`(^|[\\s"'-]|:)${port}:`), `$1${free}:`);
  if (after === text) return { ...base, reason: "the published port could not be rewritten on its line" };
  return {
    ...base,
    reason: `${mover.service} is the service that failed to bind; ${free} is the next host port nobody publishes`,
    change: { ...base.cause, before: text, after, summary: `${mover.service} host port ${port} → ${free}` },
  };
}

/**
 * EnvironmentFile= names a file that does not exist, while another deploy file writes an env file beside it
 * (an Ansible `dest:`, a compose env_file): the one such path is the change; several, none.
 */
export function resolveEnvFile(
  inv: Inventory,
  repoFiles: readonly string[],
  contentOf: ContentOf,
): Resolution | undefined {
  for (const ref of inv.fileRefs) {
    if (ref.optional || repoFiles.some((f) => ref.path.endsWith(`/${f}`) || ref.path === f)) continue;
    const dir = ref.path.slice(0, ref.path.lastIndexOf("/") + 1);
    if (!dir.startsWith("/")) continue;
    const written = inv.settings.filter(
      (s) => s.value !== ref.path && s.value.startsWith(dir) && /\.env$|\.conf$/.test(s.value),
    );
    const values = [...new Set(written.map((s) => s.value))];
    const text = lineAt(contentOf(ref.file) ?? "", ref.line);
    if (text === undefined) continue;
    const base = {
      kind: "env-file-exists" as const,
      subject: ref.path,
      cause: { file: ref.file, line: ref.line, text },
      truth: written.map((s) => ({ file: s.file, line: s.line })),
      candidates: values,
    };
    const to = values[0];
    if (values.length !== 1 || !to)
      return {
        ...base,
        reason:
          values.length > 1
            ? "several env files are written beside it"
            : "no deploy file writes that env file",
      };
    return {
      ...base,
      reason: `${written[0]?.file}:${written[0]?.line} writes ${to}`,
      change: {
        ...base.cause,
        before: text,
        after: text.replace(ref.path, to),
        summary: `EnvironmentFile ${ref.path} → ${to}`,
      },
    };
  }
  return undefined;
}
