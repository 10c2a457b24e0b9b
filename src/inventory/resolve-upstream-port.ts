import { portMapping } from "./compose.js";
import { child, entries, items, scalar, yamlDocs } from "./parse-yaml.js";
import type { CitedLine, Resolution } from "./resolution.js";
import type { Located } from "./types.js";

interface RepoFile {
  path: string;
  content: string;
}

const COMPOSE = /(^|\/)(docker-)?compose[\w.-]*\.ya?ml$/;

/** Where the proxy sends requests: an nginx upstream `server host:port;` or `proxy_pass scheme://host:port`. */
function proxyTargets(files: readonly RepoFile[], port: number): (CitedLine & { host: string })[] {
  const re = /^\s*(?:server|proxy_pass\s+\w+:\/\/)\s*([\w.-]+):(\d+)\b/;
  return files
    .filter((f) => /\.conf$/.test(f.path))
    .flatMap((f) =>
      f.content.split("\n").flatMap((text, i) => {
        const m = re.exec(text.replace(/#.*$/, ""));
        return m?.[1] && Number(m[2]) === port ? [{ file: f.path, line: i + 1, text, host: m[1] }] : [];
      }),
    );
}

/** The ports a compose service is known to listen on (ports/expose container side, PORT=, its EXPOSE). */
function listeningPorts(files: readonly RepoFile[], service: string): number[] | undefined {
  return listening(files, service)?.ports;
}

/** The ports, and the lines that say them (the service's compose entry, its Dockerfile's EXPOSE). */
function listening(
  files: readonly RepoFile[],
  service: string,
): { ports: number[]; where: Located[] } | undefined {
  for (const f of files.filter((x) => COMPOSE.test(x.path))) {
    for (const doc of yamlDocs(f.content)) {
      const svc = entries(child(doc.root, "services")).find((s) => s.key === service);
      if (!svc) continue;
      const ports = new Set<number>();
      const where: Located[] = [{ file: f.path, line: doc.lineOf(svc.keyNode) }];
      for (const p of [...items(child(svc.value, "ports")), ...items(child(svc.value, "expose"))]) {
        const text = scalar(p) ?? scalar(child(p, "target"));
        const mapped = text ? portMapping(text) : undefined;
        if (mapped) ports.add(mapped.container);
      }
      const env = child(svc.value, "environment");
      const fromMap = scalar(child(env, "PORT"));
      const fromList = items(env)
        .map((n) => /^PORT=(\d+)$/.exec(scalar(n) ?? "")?.[1])
        .find(Boolean);
      for (const v of [fromMap, fromList]) if (v && /^\d+$/.test(v)) ports.add(Number(v));
      const build = scalar(child(svc.value, "build")) ?? scalar(child(child(svc.value, "build"), "context"));
      const dir = build?.replace(/^\.\/?/, "").replace(/\/$/, "");
      const base = f.path.includes("/") ? f.path.slice(0, f.path.lastIndexOf("/") + 1) : "";
      const dockerfile =
        build !== undefined
          ? files.find((x) => x.path === `${base}${dir ? `${dir}/` : ""}Dockerfile`)
          : undefined;
      for (const m of dockerfile?.content.matchAll(/^\s*EXPOSE\s+(\d+)/gim) ?? []) {
        ports.add(Number(m[1]));
        if (dockerfile)
          where.push({
            file: dockerfile.path,
            line: dockerfile.content.slice(0, m.index).split("\n").length,
          });
      }
      return { ports: [...ports], where };
    }
  }
  return undefined;
}

/**
 * nginx refused at the upstream's port: the proxy's line naming a compose service at that port is the cause
 * when the service is known to listen on exactly one other port; the change is that port. Unknown or several
 * listening ports: cited, nothing proposed (the service may simply be down).
 */
export function resolveUpstreamPort(files: readonly RepoFile[], port: number): Resolution | undefined {
  const targets = proxyTargets(files, port);
  const target = targets[0];
  if (!target || targets.length > 1) return undefined;
  const known = listening(files, target.host);
  const ports = known?.ports ?? [];
  if (!known || ports.length === 0 || ports.includes(port)) return undefined;
  const base = {
    kind: "upstream-port-listens" as const,
    subject: `${target.host}:${port}`,
    cause: { file: target.file, line: target.line, text: target.text },
    truth: known.where,
    candidates: ports.map(String),
  };
  const to = ports[0];
  if (ports.length > 1 || to === undefined)
    return { ...base, reason: `${target.host} listens on several ports (${ports.join(", ")})` };
  return {
    ...base,
    reason: `${target.host} listens on ${to} (compose ports/expose, PORT or the image's EXPOSE), not ${port}`,
    change: {
      file: target.file,
      line: target.line,
      before: target.text,
      after: target.text.replace(`${target.host}:${port}`, `${target.host}:${to}`),
      summary: `upstream ${target.host}:${port} → ${target.host}:${to}`,
    },
  };
}

/** Every proxy target naming a compose service points at a port that service listens on. */
export function upstreamPortHolds(
  files: readonly RepoFile[],
  resolution: Resolution,
): { ok: boolean; detail: string } {
  const host = resolution.subject.split(":")[0] ?? "";
  const listening = listeningPorts(files, host) ?? [];
  const re = new RegExp(`\\b${host.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:(\\d+)\\b`);
  const line = files.find((f) => f.path === resolution.change?.file)?.content.split("\n")[
    (resolution.change?.line ?? 0) - 1
  ];
  const port = Number(re.exec(line ?? "")?.[1]);
  return listening.includes(port)
    ? { ok: true, detail: `the proxy now sends to ${host}:${port}, where ${host} listens` }
    : { ok: false, detail: `the proxy still sends to a port ${host} does not listen on` };
}
