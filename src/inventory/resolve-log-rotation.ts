import { isMap } from "yaml";
import { child, entries, scalar, yamlDocs } from "./parse-yaml.js";
import { lineAt, type Resolution } from "./resolution.js";
import type { Located } from "./types.js";

interface RepoRead {
  path: string;
  content: string;
}

/**
 * Docker's own container logs filled the disk: a compose service logs through a file driver (json-file, or
 * local) with no max-size, so its log grows forever. The change adds rotation options; the values are the
 * `local` driver's own documented defaults (20m × 5 files), not a figure sized from this incident.
 */
export const LOG_ROTATION_RULE = {
  drivers: /^(json-file|local)$/,
  options: { "max-size": "20m", "max-file": "5" },
} as const;

export interface LogRotationLookup {
  kind: "container-logs-unrotated";
}

const COMPOSE = /(^|\/)(docker-)?compose[\w.-]*\.ya?ml$/;
const DOCKER_LOG = /for logger (json-file|local)\b|\/var\/lib\/docker\/containers\/\S*-json\.log/;
const NO_SPACE = /no space left on device|ENOSPC/i;

/** Docker's log writer (or its log file) reported the disk full. */
export function logRotationLookup(evidence: string): LogRotationLookup | undefined {
  return evidence.split("\n").some((l) => DOCKER_LOG.test(l) && NO_SPACE.test(l))
    ? { kind: "container-logs-unrotated" }
    : undefined;
}

interface Logged extends Located {
  service: string;
  /** The service chose its driver (a `logging:` block); otherwise the daemon's default applies. */
  explicit: boolean;
  /** The line the options are added after (the driver's, else the `logging:` key's). */
  text: string;
  /** That line is the `logging:` key itself (options go one level in), not the driver beside them. */
  underKey: boolean;
  options: { line: number; flow: boolean } | undefined;
}

/** The compose services whose container logs are never rotated. */
function unrotated(files: readonly RepoRead[]): Logged[] {
  return files
    .filter((f) => COMPOSE.test(f.path))
    .flatMap((f) =>
      yamlDocs(f.content).flatMap((doc) =>
        entries(child(doc.root, "services")).flatMap((svc): Logged[] => {
          const logging = entries(svc.value).find((e) => e.key === "logging");
          if (!logging)
            return [
              {
                service: svc.key,
                explicit: false,
                file: f.path,
                line: doc.lineOf(svc.keyNode),
                text: "",
                underKey: false,
                options: undefined,
              },
            ];
          const driver = entries(logging.value).find((e) => e.key === "driver");
          const name = scalar(driver?.value) ?? "json-file";
          const opts = entries(logging.value).find((e) => e.key === "options");
          if (!LOG_ROTATION_RULE.drivers.test(name) || scalar(child(opts?.value, "max-size"))) return [];
          const at = doc.lineOf((driver ?? logging).keyNode);
          const block = isMap(logging.value) && !(logging.value as { flow?: boolean }).flow;
          return [
            {
              service: svc.key,
              explicit: true,
              file: f.path,
              line: at,
              text: lineAt(f.content, at) ?? "",
              underKey: !driver,
              options: !block
                ? { line: at, flow: true }
                : opts
                  ? {
                      line: doc.lineOf(opts.keyNode),
                      flow: !isMap(opts.value) || Boolean((opts.value as { flow?: boolean }).flow),
                    }
                  : undefined,
            },
          ];
        }),
      ),
    );
}

const indentOf = (text: string): string => /^\s*/.exec(text)?.[0] ?? "";

/** The one service that chose an unrotated file driver gets max-size/max-file; several, or none: cited. */
export function resolveLogRotation(files: readonly RepoRead[]): Resolution | undefined {
  const found = unrotated(files);
  const explicit = found.filter((s) => s.explicit);
  // A service an override gives a driver is one service, not one per compose file.
  const all = found.filter((s) => s.explicit || !explicit.some((e) => e.service === s.service));
  const target = explicit[0];
  if (!target) return undefined;
  const also = all
    .filter((s) => s !== target)
    .map((s) => `${s.service}${s.explicit ? "" : " (daemon default)"}`);
  const opts = LOG_ROTATION_RULE.options;
  const base = {
    kind: "log-rotation-set" as const,
    subject: `the log driver of service ${target.service}`,
    cause: { file: target.file, line: target.line, text: target.text },
    truth: all.filter((s) => s !== target).map(({ file, line }) => ({ file, line })),
    candidates: [`max-size ${opts["max-size"]}`, `max-file ${opts["max-file"]}`],
  };
  const others = also.length > 0 ? `; also never rotated: ${also.join(", ")}` : "";
  if (explicit.length > 1)
    return {
      ...base,
      reason: `several services choose an unrotated log driver${others}: rotate each (or the daemon's log-opts)`,
    };
  if (target.options?.flow)
    return { ...base, reason: `${target.file}:${target.options.line} writes its options inline${others}` };
  const content = files.find((f) => f.path === target.file)?.content ?? "";
  const anchor = target.options ? target.options.line : target.line;
  const before = lineAt(content, anchor) ?? "";
  const inner = target.options
    ? indentOf(lineAt(content, anchor + 1) ?? "") || `${indentOf(before)}  `
    : `${indentOf(before)}  `;
  const pairs = Object.entries(opts).map(([k, v]) => `${inner}${k}: "${v}"`);
  const key = target.underKey ? `${indentOf(before)}  ` : indentOf(before);
  const after = target.options
    ? [before, ...pairs].join("\n")
    : [before, `${key}options:`, ...pairs.map((p) => (target.underKey ? `  ${p}` : p))].join("\n");
  return {
    ...base,
    reason: `service ${target.service} logs through a file driver with no max-size, and Docker's log writer reports the disk full${others}`,
    change: {
      file: target.file,
      line: anchor,
      before,
      after,
      summary: `service ${target.service}: log rotation max-size ${opts["max-size"]}, max-file ${opts["max-file"]}`,
    },
  };
}

/** Whether the service's logs are now rotated in the patched files. */
export function logRotationHolds(
  resolution: Resolution,
  patched: readonly RepoRead[],
): { ok: boolean; detail: string } {
  const service = /service ([\w.-]+)$/.exec(resolution.subject)?.[1];
  const still = unrotated(patched).some((s) => s.explicit && s.service === service);
  return still
    ? { ok: false, detail: `${resolution.subject} still has no max-size` }
    : { ok: true, detail: `service ${service} now rotates its logs (max-size set)` };
}
