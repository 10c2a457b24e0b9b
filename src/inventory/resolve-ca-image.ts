import { lineAt, type Resolution } from "./resolution.js";

interface RepoRead {
  path: string;
  content: string;
}

export interface UnknownAuthorityLookup {
  kind: "unknown-authority";
}

/** A client that found no root it trusts: Go's crypto/x509, OpenSSL (curl, Python, Ruby), Node. */
const UNKNOWN_AUTHORITY =
  /x509: certificate signed by unknown authority|unable to get local issuer certificate|UNABLE_TO_GET_ISSUER_CERT_LOCALLY|x509: failed to load system roots/;

export function unknownAuthorityLookup(evidence: string): UnknownAuthorityLookup | undefined {
  return UNKNOWN_AUTHORITY.test(evidence) ? { kind: "unknown-authority" } : undefined;
}

/** Where Debian, Ubuntu and Alpine keep the bundle, and the first place Go, OpenSSL and curl look on Linux. */
export const SYSTEM_BUNDLE = "/etc/ssl/certs/ca-certificates.crt";

/**
 * Base images that ship the system bundle (data, from their own Dockerfiles): the Go, Node, Python and Rust
 * official images install ca-certificates; Alpine ships ca-certificates-bundle; distroless static/base carry it.
 * Plain debian/ubuntu and their -slim tags do not.
 */
const IMAGES_WITH_BUNDLE =
  /^(?:docker\.io\/)?(?:library\/)?(?:golang|node|python|rust|buildpack-deps|alpine|maven|gradle|eclipse-temurin|ruby)(?::|@|$)|distroless\/(?:static|base)/;

/** Installing ca-certificates in a stage (apk, apt, dnf/yum, microdnf) gives it the bundle. */
const INSTALLS_BUNDLE =
  /\b(?:apk|apt-get|apt|dnf|yum|microdnf)\b[^\n]*\b(?:add|install)\b[^\n]*\bca-certificates\b/;

/** A line of the final stage that puts the bundle there (a COPY of it, or an install). */
const BRINGS_BUNDLE = new RegExp(`ca-certificates\\.crt|/etc/ssl/certs/?\\s*$|${INSTALLS_BUNDLE.source}`);

interface Stage {
  from: string;
  name?: string;
  index: number;
  line: number;
  body: string[];
}

export function stagesOf(content: string): Stage[] {
  const stages: Stage[] = [];
  content.split("\n").forEach((text, i) => {
    const m = /^\s*FROM\s+(?:--platform=\S+\s+)?(\S+)(?:\s+AS\s+(\S+))?\s*$/i.exec(text);
    if (m?.[1]) {
      stages.push({
        from: m[1],
        index: stages.length,
        line: i + 1,
        body: [],
        ...(m[2] ? { name: m[2] } : {}),
      });
      return;
    }
    stages.at(-1)?.body.push(text);
  });
  return stages;
}

function hasBundle(stage: Stage, stages: readonly Stage[], depth = 0): boolean {
  if (IMAGES_WITH_BUNDLE.test(stage.from) || stage.body.some((l) => INSTALLS_BUNDLE.test(l))) return true;
  const parent = stages.find((s) => s.name === stage.from);
  return depth < 8 && parent !== undefined && parent !== stage && hasBundle(parent, stages, depth + 1);
}

/** The final stage is an empty image (`FROM scratch`) and nothing brings the bundle into it. */
function bareFinal(content: string): { final: Stage; stages: Stage[] } | undefined {
  const stages = stagesOf(content);
  const final = stages.at(-1);
  if (final?.from !== "scratch" || final.body.some((l) => BRINGS_BUNDLE.test(l))) return undefined;
  return { final, stages };
}

/**
 * A TLS client found no trusted root, and the image it runs in is built `FROM scratch` with nothing bringing the
 * system bundle in: the change copies the bundle from the build stage that has one (the stage the final stage
 * already copies from, else the only one). Several Dockerfiles like that, or no stage with a bundle: cited,
 * nothing proposed. A final stage that has a bundle is not this cause (the peer's CA is not in it).
 */
export function resolveScratchBundle(files: readonly RepoRead[]): Resolution | undefined {
  const bare = files.flatMap((f) => {
    const found =
      /(^|\/)(Dockerfile|Containerfile)[\w.-]*$|\.dockerfile$/i.test(f.path) && bareFinal(f.content);
    return found ? [{ file: f, ...found }] : [];
  });
  const one = bare[0];
  const text = one ? lineAt(one.file.content, one.final.line) : undefined;
  if (!one || text === undefined) return undefined;
  const cause = { file: one.file.path, line: one.final.line, text };
  const copiedFrom = new Set(one.final.body.flatMap((l) => /^\s*COPY\s+--from=(\S+)/i.exec(l)?.[1] ?? []));
  const sources = one.stages.filter((s) => s !== one.final && hasBundle(s, one.stages));
  const preferred = sources.filter((s) => copiedFrom.has(s.name ?? String(s.index)));
  const pick = preferred.length === 1 ? preferred : sources;
  const names = pick.map((s) => s.name ?? String(s.index));
  const base = {
    kind: "final-stage-has-ca-bundle" as const,
    subject: "FROM scratch",
    cause,
    truth: pick.map((s) => ({ file: one.file.path, line: s.line })),
    candidates: names.map((n) => `COPY --from=${n} ${SYSTEM_BUNDLE} ${SYSTEM_BUNDLE}`),
  };
  if (bare.length > 1)
    return {
      ...base,
      reason: `${bare.length} Dockerfiles build FROM scratch without a CA bundle; which one runs this client is not said`,
    };
  if (names.length !== 1 || !names[0])
    return {
      ...base,
      reason:
        names.length === 0
          ? "no build stage has a CA bundle to copy: install ca-certificates in one and copy it into the final stage"
          : `${names.length} build stages have a CA bundle; which to copy from is a person's call`,
    };
  const copy = `COPY --from=${names[0]} ${SYSTEM_BUNDLE} ${SYSTEM_BUNDLE}`;
  return {
    ...base,
    reason: `the final stage is FROM scratch, which has no CA bundle, so every certificate is from an unknown authority; stage ${names[0]} has ${SYSTEM_BUNDLE}`,
    change: { ...cause, before: text, after: `${text}\n${copy}`, summary: `final stage += ${copy}` },
  };
}

/** The patched Dockerfile's final stage now brings a CA bundle in. */
export function scratchBundleHolds(
  resolution: Resolution,
  patched: readonly RepoRead[],
): { ok: boolean; detail: string } {
  const file = patched.find((f) => f.path === resolution.change?.file);
  const final = file ? stagesOf(file.content).at(-1) : undefined;
  return final?.body.some((l) => BRINGS_BUNDLE.test(l))
    ? { ok: true, detail: `the final stage of ${file?.path} now has ${SYSTEM_BUNDLE}` }
    : { ok: false, detail: "the final stage still has no CA bundle" };
}
