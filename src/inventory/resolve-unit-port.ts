import { buildInventory } from "./build.js";
import { lineAt, type Resolution } from "./resolution.js";
import type { SettingFact } from "./types.js";

interface RepoRead {
  path: string;
  content: string;
}

/**
 * The systemd unit whose process failed to bind, from the line that says so: journald's JSON export
 * (`"_SYSTEMD_UNIT":"admin.service"`), `UNIT=`, or a syslog-style `admin[812]:` identifier.
 */
export function failingUnit(evidence: string): string | undefined {
  for (const line of evidence.split("\n").filter((l) => /address already in use|EADDRINUSE/i.test(l))) {
    const unit =
      /"_SYSTEMD_UNIT"\s*:\s*"([\w@.-]+?)\.service"/.exec(line) ??
      /\bUNIT=([\w@.-]+?)\.service\b/.exec(line) ??
      /\b([\w@.-]+?)\.service\b/.exec(line) ??
      /^\S+\s+\S+\s+\S+\s+\S+\s+([\w@.-]+)\[\d+\]:/.exec(line);
    if (unit?.[1] && unit[1] !== "systemd") return unit[1];
  }
  return undefined;
}

const PORT_KEY = /(^|_)PORT$/;
const at = (s: { file: string; line: number }) => `${s.file}:${s.line}`;
const LOCAL_PROXY =
  /^\s*(?:proxy_pass\s+\w+:\/\/|server\s+)(?:127\.0\.0\.1|localhost|\[::1\]|0\.0\.0\.0):(\d+)\b/;
const escaped = (name: string) => name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const word = (name: string) => new RegExp(`(^|[^\\w])${escaped(name)}([^\\w]|$)`);

/** Ports a reverse proxy config on the same host sends to for that unit (its file or server_name names it). */
function proxiedFor(
  unit: string,
  files: readonly RepoRead[],
): { port: number; file: string; line: number }[] {
  const named = new RegExp(`server_name[^;]*\\b${escaped(unit)}\\.`);
  return files
    .filter(
      (f) =>
        /\.conf$/.test(f.path) && (word(unit).test(f.path.split("/").pop() ?? "") || named.test(f.content)),
    )
    .flatMap((f) =>
      f.content.split("\n").flatMap((text, i) => {
        const m = LOCAL_PROXY.exec(text.replace(/#.*$/, ""));
        return m?.[1] ? [{ port: Number(m[1]), file: f.path, line: i + 1 }] : [];
      }),
    );
}

/** The unit file's EnvironmentFile= lines that name a file of the repository. */
function unitEnvRefs(unit: string, files: readonly RepoRead[]) {
  const unitFile = files.find((f) => f.path.split("/").pop() === `${unit}.service`);
  if (!unitFile) return { unitFile, refs: [] };
  const refs = buildInventory([unitFile]).fileRefs.flatMap((r) =>
    files
      .filter((f) => r.path === f.path || r.path.endsWith(`/${f.path}`))
      .map((f) => ({ file: r.file, line: r.line, envFile: f.path })),
  );
  return { unitFile, refs };
}

/** The PORT-like settings of the unit: its Environment= and its EnvironmentFile='s lines in the repository. */
function unitPorts(unit: string, files: readonly RepoRead[]): SettingFact[] {
  const { unitFile, refs } = unitEnvRefs(unit, files);
  if (!unitFile) return [];
  const envFiles = refs.map((r) => r.envFile);
  return buildInventory(files).settings.filter(
    (s) => PORT_KEY.test(s.key) && (s.file === unitFile.path || envFiles.includes(s.file)),
  );
}

/**
 * A unit cannot bind port P because another unit's env file (or Environment=) also sets P. The unit the log
 * names is the one to move, and only to the one port a reverse proxy on the host already sends that unit's
 * traffic to and no other setting holds: the proxy is the record of where it was meant to listen. Another
 * unit named, no such port or several: cited, nothing proposed.
 */
export function resolveUnitPort(
  port: number,
  files: readonly RepoRead[],
  evidence: string,
): Resolution | undefined {
  const unit = failingUnit(evidence);
  if (!unit) return undefined;
  const own = unitPorts(unit, files).filter((s) => s.value === String(port));
  const cause = own[0];
  const all = buildInventory(files).settings.filter(
    (s) => PORT_KEY.test(s.key) && (s.source === "env-file" || s.source === "systemd"),
  );
  const others = all.filter((s) => s.value === String(port) && s.file !== cause?.file);
  const text = cause
    ? lineAt(files.find((f) => f.path === cause.file)?.content ?? "", cause.line)
    : undefined;
  if (!cause || text === undefined || others.length === 0) return undefined;
  const held = new Set(all.filter((s) => at(s) !== at(cause)).map((s) => Number(s.value)));
  const proxied = proxiedFor(unit, files).filter((p) => p.port !== port && !held.has(p.port));
  const ports = [...new Set(proxied.map((p) => p.port))];
  const base = {
    kind: "unit-port-unique" as const,
    subject: unit,
    cause: { file: cause.file, line: cause.line, text },
    // The unit's EnvironmentFile= line too: the Surgeon and the Validator re-resolve from the cited files.
    truth: [...others, ...proxied, ...unitEnvRefs(unit, files).refs].map(({ file, line }) => ({
      file,
      line,
    })),
    candidates: ports.map(String),
  };
  const to = ports[0];
  if (ports.length !== 1 || to === undefined)
    return {
      ...base,
      reason:
        ports.length === 0
          ? `${unit} and ${others[0]?.file} both set ${port}; nothing in the repository says which port ${unit} should have`
          : `a proxy sends ${unit}'s traffic to several free ports (${ports.join(", ")})`,
    };
  const after = text.replace(new RegExp(`(=\\s*["']?)${port}\\b`), `$1${to}`);
  if (after === text) return { ...base, reason: "the port could not be rewritten on its line" };
  return {
    ...base,
    reason: `${others[0]?.file}:${others[0]?.line} already sets ${port}; ${proxied[0]?.file}:${proxied[0]?.line} sends ${unit}'s traffic to ${to}, which nothing else holds`,
    change: { ...base.cause, before: text, after, summary: `${unit} ${cause.key} ${port} → ${to}` },
  };
}

/** The unit's port is now one no other unit sets, and the one its proxy sends to. */
export function unitPortHolds(
  resolution: Resolution,
  patched: readonly RepoRead[],
): { ok: boolean; detail: string } {
  const unit = resolution.subject;
  const mine = unitPorts(unit, patched);
  const values = new Set(mine.map((s) => s.value));
  const own = new Set(mine.map(at));
  const clash = buildInventory(patched).settings.find(
    (s) =>
      PORT_KEY.test(s.key) &&
      (s.source === "env-file" || s.source === "systemd") &&
      !own.has(at(s)) &&
      values.has(s.value),
  );
  const proxied = new Set(proxiedFor(unit, patched).map((p) => String(p.port)));
  if (clash)
    return { ok: false, detail: `${clash.file}:${clash.line} still sets ${unit}'s port ${clash.value}` };
  return mine.some((s) => proxied.has(s.value))
    ? { ok: true, detail: `${unit} now listens where its proxy sends, on a port no other unit sets` }
    : { ok: false, detail: `${unit}'s port is not the one its proxy sends to` };
}
