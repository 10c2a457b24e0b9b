import type { CitedLine, Resolution } from "./resolution.js";
import { DOCKERFILE, finalStage, fromImage, type RepoFile } from "./resolve-build-files.js";

export interface HealthToolLookup {
  kind: "healthcheck-tool-missing";
  tool: "curl" | "wget";
}

/** The runtime's words (exec form) or the shell's (CMD-SHELL) for a health check tool the image lacks. */
const TOOL_MISSING = [
  /exec: \\?"(curl|wget)\\?": executable file not found in \$PATH/,
  /(?:^|[\s"])(?:\/bin\/)?(?:sh|bash): (?:\d+: |line \d+: )?(curl|wget): (?:not found|command not found)/,
];

export function healthToolLookup(evidence: string): HealthToolLookup | undefined {
  for (const re of TOOL_MISSING) {
    const m = re.exec(evidence);
    if (m?.[1] === "curl" || m?.[1] === "wget") return { kind: "healthcheck-tool-missing", tool: m[1] };
  }
  return undefined;
}

const COMPOSE = /(^|\/)(docker-)?compose[\w.-]*\.ya?ml$/;
/** Images whose userland is BusyBox: wget is there, curl is not. */
const BUSYBOX = /(^|[/:-])(alpine|busybox)\b/;
/** Debian/Ubuntu-based images (the official language images' slim variants too): apt-get installs curl. */
const APT = /(^|[/:-])(debian|ubuntu|bookworm|bullseye|trixie|buster|jammy|noble|focal|slim)\b/;
const NO_SHELL = /distroless|^scratch$|chainguard/;
const APT_CURL =
  "RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*";

/** The compose service a line belongs to, with its build context or image. */
function serviceOf(compose: RepoFile, line: number): { build?: string; dockerfile?: string; image?: string } {
  const lines = compose.content.split("\n");
  let start = line - 1;
  while (start > 0 && !/^ {2}[\w.-]+:\s*$/.test(lines[start] ?? "")) start -= 1;
  let end = start + 1;
  while (end < lines.length && !/^ {0,2}[\w.-]+:/.test(lines[end] ?? "")) end += 1;
  const block = lines.slice(start + 1, end).join("\n");
  const build =
    /^ {4}build:\s*["']?([^\s"'#]+)/m.exec(block)?.[1] ??
    /^ {6}context:\s*["']?([^\s"'#]+)/m.exec(block)?.[1];
  const dockerfile = /^ {6}dockerfile:\s*["']?([^\s"'#]+)/m.exec(block)?.[1];
  const image = /^ {4}image:\s*["']?([^\s"'#]+)/m.exec(block)?.[1];
  return { ...(build ? { build } : {}), ...(dockerfile ? { dockerfile } : {}), ...(image ? { image } : {}) };
}

function joinPath(dir: string, file: string): string {
  const parts = `${dir}/${file}`.split("/").filter((p) => p && p !== ".");
  return parts.join("/");
}

/** curl's invocation in the test rewritten to BusyBox wget, the URL kept. */
function toWget(text: string): string | undefined {
  const exec = /"curl"(?:\s*,\s*"-[^"]*")*\s*,\s*"(https?:\/\/[^"]+)"/;
  if (exec.test(text)) return text.replace(exec, (_m, url: string) => `"wget", "-q", "--spider", "${url}"`);
  const shell = /\bcurl(?:\s+-\S+)*\s+(['"]?)(https?:\/\/[^\s'"]+)\1/;
  return shell.test(text)
    ? text.replace(shell, (_m, q: string, url: string) => `wget -q --spider ${q}${url}${q}`)
    : undefined;
}

/**
 * A compose health check runs a tool the service's image does not have, so the container never turns healthy.
 * By what the image provides: a BusyBox image (alpine) has wget, so the test uses it; a Debian/Ubuntu base
 * built from a Dockerfile in the repository installs curl right after its final FROM. Distroless or scratch (no
 * shell, no package manager), another distribution, an image built elsewhere, several such tests: cited,
 * nothing proposed. Never disable the health check.
 */
export function resolveHealthTool(
  lookup: HealthToolLookup,
  files: readonly RepoFile[],
): Resolution | undefined {
  if (lookup.tool !== "curl") return undefined;
  const tests: (CitedLine & { compose: RepoFile })[] = files
    .filter((f) => COMPOSE.test(f.path))
    .flatMap((f) =>
      f.content
        .split("\n")
        .flatMap((text, i) =>
          /^\s*test:.*\bcurl\b/.test(text) ? [{ file: f.path, line: i + 1, text, compose: f }] : [],
        ),
    );
  const test = tests[0];
  if (!test) return undefined;
  const service = serviceOf(test.compose, test.line);
  const dir = test.compose.path.includes("/") ? test.compose.path.replace(/\/[^/]*$/, "") : "";
  const dockerfilePath = service.build
    ? joinPath(joinPath(dir, service.build), service.dockerfile ?? "Dockerfile")
    : undefined;
  const dockerfile = files.find((f) => f.path === dockerfilePath && DOCKERFILE.test(f.path));
  const from = dockerfile ? finalStage(dockerfile)[0] : undefined;
  const image = from ? fromImage(from.text) : (service.image ?? "");
  const base = {
    kind: "healthcheck-tool-present" as const,
    subject: lookup.tool,
    cause: { file: test.file, line: test.line, text: test.text },
    truth: from ? [{ file: from.file, line: from.line }] : [],
    candidates: [] as string[],
  };
  if (tests.length > 1)
    return { ...base, reason: `${tests.length} health checks run curl; one change would not cover them` };
  const wget = toWget(test.text);
  if (BUSYBOX.test(image) && wget)
    return {
      ...base,
      candidates: ["wget"],
      reason: `${image} is BusyBox-based: it has wget, not curl`,
      change: {
        ...base.cause,
        before: test.text,
        after: wget,
        summary: "health check curl → wget (BusyBox)",
      },
    };
  if (from && APT.test(image) && !NO_SHELL.test(image))
    return {
      ...base,
      cause: from,
      truth: [{ file: test.file, line: test.line }],
      candidates: ["apt-get install curl"],
      reason: `${image} is Debian-based and ships no curl; its package manager installs it before any USER switch`,
      change: {
        ...from,
        before: from.text,
        after: `${from.text}\n${APT_CURL}`,
        summary: `install curl in ${image}`,
      },
    };
  return {
    ...base,
    reason: NO_SHELL.test(image)
      ? `${image} has no shell or package manager: give the health check a binary the image ships`
      : `what ${image || "the service's image"} provides is not known from the repository`,
  };
}

/** The patched test no longer runs curl on an image without it: it uses BusyBox wget, or the image installs curl. */
export function healthToolHolds(
  resolution: Resolution,
  patched: readonly RepoFile[],
): { ok: boolean; detail: string } {
  const change = resolution.change;
  const file = patched.find((f) => f.path === change?.file);
  if (!change || !file) return { ok: false, detail: "the changed file was not handed on" };
  const disabled = /disable:\s*true/.test(file.content);
  if (DOCKERFILE.test(file.path)) {
    const installs = finalStage(file).some((l) => /apt-get install[^\n]*\bcurl\b/.test(l.text));
    return installs && !disabled
      ? { ok: true, detail: `${file.path}'s final stage installs curl for the health check` }
      : { ok: false, detail: `${file.path}'s final stage still has no curl` };
  }
  const text = file.content.split("\n")[change.line - 1] ?? "";
  return /\bwget\b/.test(text) && !/\bcurl\b/.test(text) && !disabled
    ? { ok: true, detail: `the health check now runs wget, which the BusyBox image has` }
    : { ok: false, detail: `the health check still runs curl` };
}
