import { describe, expect, it } from "vitest";
import { applies, cites, diagnose, relationCheck, repeat, workspace } from "./repo-e2e.js";

/**
 * End to end through the CLI (offline provider): build, image and configuration-file causes whose truth is in
 * another file than the one the logs name — the flag the Go code defines, where the Dockerfile copies a script,
 * what the base image provides, the architecture a Dockerfile pins, the sibling level of a YAML key. Each
 * patch passes `git apply --check` and the Validator's relation; each must-not proposes nothing.
 */
const GO_MAIN = (flags: string[]) =>
  [
    "package main",
    "",
    'import "gopkg.in/alecthomas/kingpin.v2"',
    "",
    "func main() {",
    ...flags.map((f) => `\t${f}`),
    "\tkingpin.Parse()",
    "}",
    "",
  ].join("\n");

const EXPORTER_COMPOSE = [
  "services:",
  "  exporter:",
  "    image: acme/pg-exporter:3.0.0",
  '    command: ["--log.level=info", "--telemetry-path=/metrics"]',
  "",
].join("\n");

const FLAG_LOG = "logs/exporter.log";
const flagLog = repeat(3, () => "flag provided but not defined: -telemetry-path");

describe("build and configuration fixes through the CLI", () => {
  it("renamed flag: the compose arg passes the name the Go code now defines", async () => {
    const root = workspace({
      [FLAG_LOG]: flagLog,
      "repo/deploy/docker-compose.yml": EXPORTER_COMPOSE,
      "repo/cmd/exporter/flags.go": GO_MAIN([
        'logLevel := kingpin.Flag("log.level", "log level").Default("info").String()',
        'path := kingpin.Flag("web.telemetry-path", "metrics path").Default("/metrics").String()',
      ]),
    });
    const run = await diagnose(root);
    expect(cites(run)).toContain("deploy/docker-compose.yml:4");
    const patch = run.proposal?.patch ?? "";
    expect(patch).toContain('+    command: ["--log.level=info", "--web.telemetry-path=/metrics"]');
    expect(patch).not.toContain("flags.go");
    expect(applies(root, patch)).toBe(true);
    expect(relationCheck(run)).toBe("pass");
  });

  it("renamed flag: two defined flags are near the old one, so none is chosen", async () => {
    const root = workspace({
      [FLAG_LOG]: flagLog,
      "repo/deploy/docker-compose.yml": EXPORTER_COMPOSE,
      "repo/cmd/exporter/flags.go": GO_MAIN([
        'a := kingpin.Flag("web.telemetry-path", "metrics path").String()',
        'b := kingpin.Flag("admin.telemetry-path", "admin metrics path").String()',
        'c := kingpin.Flag("log.level", "log level").String()',
      ]),
    });
    const run = await diagnose(root);
    expect(run.proposal?.patch ?? "").toBe("");
    expect(run.diagnosis?.rootCause).toMatch(/person's call/);
  });

  const SEED_LOG = "python: can't open file '/srv/tools/seed.py': [Errno 2] No such file or directory";
  const SEED_COMPOSE = [
    "services:",
    "  seed:",
    "    build: .",
    '    command: ["python", "/srv/tools/seed.py", "--fixtures", "demo"]',
    "",
  ].join("\n");

  it("script path: the command names where the Dockerfile puts the script", async () => {
    const root = workspace({
      "logs/seed.log": SEED_LOG,
      "repo/docker-compose.yml": SEED_COMPOSE,
      "repo/Dockerfile": [
        "FROM python:3.12-slim",
        "WORKDIR /srv",
        "COPY app/ ./app/",
        "COPY tools/ jobs/",
        'CMD ["python", "-m", "app"]',
        "",
      ].join("\n"),
      "repo/tools/seed.py": "print('seeding')\n",
    });
    const run = await diagnose(root);
    expect(cites(run)).toContain("docker-compose.yml:4");
    expect(cites(run)).toContain("Dockerfile:4");
    const patch = run.proposal?.patch ?? "";
    expect(patch).toContain('+    command: ["python", "/srv/jobs/seed.py", "--fixtures", "demo"]');
    expect(patch).not.toContain("Dockerfile");
    expect(applies(root, patch)).toBe(true);
    expect(relationCheck(run)).toBe("pass");
  });

  it("script path: no Dockerfile copies the script, so the image is a person's call", async () => {
    const root = workspace({
      "logs/seed.log": SEED_LOG,
      "repo/docker-compose.yml": SEED_COMPOSE,
      "repo/Dockerfile":
        'FROM python:3.12-slim\nWORKDIR /srv\nCOPY app/ ./app/\nCMD ["python", "-m", "app"]\n',
      "repo/tools/seed.py": "print('seeding')\n",
    });
    const run = await diagnose(root);
    expect(run.proposal?.patch ?? "").toBe("");
    expect(run.diagnosis?.rootCause).toMatch(/no Dockerfile copies tools\/seed\.py/);
  });

  const HEALTH_LOG = repeat(
    3,
    () =>
      '      "Output": "OCI runtime exec failed: exec failed: unable to start container process: exec: \\"curl\\": executable file not found in $PATH: unknown"',
  );
  const healthCompose = [
    "services:",
    "  web:",
    "    build: ./web",
    "    healthcheck:",
    '      test: ["CMD", "curl", "-f", "http://localhost:3000/healthz"]',
    "      interval: 15s",
    "",
  ].join("\n");

  it("health check: a BusyBox image's check uses wget instead of the curl it lacks", async () => {
    const root = workspace({
      "logs/inspect.log": HEALTH_LOG,
      "repo/docker-compose.yml": healthCompose,
      "repo/web/Dockerfile": 'FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nCMD ["node", "server.js"]\n',
    });
    const run = await diagnose(root);
    expect(cites(run)).toContain("docker-compose.yml:5");
    const patch = run.proposal?.patch ?? "";
    expect(patch).toContain(
      '+      test: ["CMD", "wget", "-q", "--spider", "http://localhost:3000/healthz"]',
    );
    expect(patch).not.toMatch(/disable:\s*true/);
    expect(applies(root, patch)).toBe(true);
    expect(relationCheck(run)).toBe("pass");
  });

  it("health check: a Debian base built here installs curl after its final FROM", async () => {
    const root = workspace({
      "logs/inspect.log": HEALTH_LOG,
      "repo/docker-compose.yml": healthCompose,
      "repo/web/Dockerfile":
        'FROM node:20 AS build\nRUN npm ci\nFROM node:20-bookworm-slim\nWORKDIR /app\nUSER node\nCMD ["node", "server.js"]\n',
    });
    const run = await diagnose(root);
    expect(cites(run)).toContain("web/Dockerfile:3");
    const patch = run.proposal?.patch ?? "";
    expect(patch).toMatch(/\+RUN apt-get update && apt-get install -y --no-install-recommends curl/);
    expect(applies(root, patch)).toBe(true);
    expect(relationCheck(run)).toBe("pass");
  });

  it("health check: a distroless image gets no package installed and the check is not disabled", async () => {
    const root = workspace({
      "logs/inspect.log": HEALTH_LOG,
      "repo/docker-compose.yml": healthCompose,
      "repo/web/Dockerfile":
        'FROM gcr.io/distroless/nodejs20-debian12\nCOPY . /app\nCMD ["/app/server.js"]\n',
    });
    const run = await diagnose(root);
    expect(run.proposal?.patch ?? "").toBe("");
    expect(run.diagnosis?.rootCause).toMatch(/no shell or package manager/);
  });

  const ARCH_LOG = repeat(2, () => "exec /usr/local/bin/api: exec format error");

  it("exec format error: the Dockerfile's pinned foreign architecture is removed", async () => {
    const root = workspace({
      "logs/api-previous.log": ARCH_LOG,
      "repo/build/Dockerfile": [
        "FROM --platform=linux/arm64 rust:1.80-bookworm AS build",
        "WORKDIR /src",
        "COPY . .",
        "RUN cargo build --release",
        "FROM --platform=linux/arm64 debian:bookworm-slim",
        "COPY --from=build /src/target/release/api /usr/local/bin/api",
        'ENTRYPOINT ["/usr/local/bin/api"]',
        "",
      ].join("\n"),
    });
    const run = await diagnose(root);
    expect(cites(run)).toContain("build/Dockerfile:1");
    const patch = run.proposal?.patch ?? "";
    expect(patch).toContain("+FROM rust:1.80-bookworm AS build");
    expect(patch).toContain("+FROM debian:bookworm-slim");
    expect(patch).not.toMatch(/\+.*(amd64|arm64)/);
    expect(applies(root, patch)).toBe(true);
    expect(relationCheck(run)).toBe("pass");
  });

  it("exec format error: the nodes share the pinned architecture, so the pin is not the cause", async () => {
    const root = workspace({
      "logs/api-previous.log": ARCH_LOG,
      "logs/nodes.txt": [
        "$ kubectl get nodes -L kubernetes.io/arch",
        "NAME            STATUS   ROLES    AGE   VERSION   ARCH",
        "graviton-a1     Ready    <none>   12d   v1.30.5   arm64",
        "graviton-b2     Ready    <none>   12d   v1.30.5   arm64",
      ].join("\n"),
      "repo/Dockerfile": [
        "FROM --platform=linux/arm64 debian:bookworm-slim",
        "COPY api /usr/local/bin/api",
        'ENTRYPOINT ["/usr/local/bin/api"]',
        "",
      ].join("\n"),
    });
    const run = await diagnose(root);
    expect(run.proposal?.patch ?? "").not.toMatch(/^-FROM --platform/m);
  });

  it("exec format error: a cross-compiling Dockerfile's GOARCH is not dropped", async () => {
    const root = workspace({
      "logs/api-previous.log": ARCH_LOG,
      "repo/Dockerfile": [
        "FROM --platform=$BUILDPLATFORM golang:1.23 AS build",
        "COPY . /src",
        "RUN cd /src && GOARCH=arm64 go build -o /out/api .",
        "FROM gcr.io/distroless/static-debian12",
        "COPY --from=build /out/api /usr/local/bin/api",
        "",
      ].join("\n"),
    });
    const run = await diagnose(root);
    expect(run.proposal?.patch ?? "").toBe("");
    expect(run.diagnosis?.rootCause).toMatch(/cross-compiles/);
  });

  const yamlLog = (path: string, line: number) =>
    [
      "Traceback (most recent call last):",
      '  File "/opt/worker/settings.py", line 14, in load',
      "    return yaml.safe_load(fh)",
      "yaml.parser.ParserError: while parsing a block mapping",
      `  in "${path}", line 1, column 1`,
      "expected <block end>, but found '<block mapping start>'",
      `  in "${path}", line ${line}, column 4`,
    ].join("\n");

  it("YAML: the key indented off its level moves to its sibling's indent", async () => {
    const root = workspace({
      "logs/worker.log": yamlLog("/etc/worker/worker.yaml", 5),
      "repo/deploy/worker.yaml": [
        "queue:",
        "  name: jobs",
        "  retry:",
        "    attempts: 5",
        "   backoff_seconds: 30",
        "log_level: info",
        "",
      ].join("\n"),
    });
    const run = await diagnose(root);
    expect(cites(run)).toContain("deploy/worker.yaml:5");
    const patch = run.proposal?.patch ?? "";
    expect(patch).toContain("+    backoff_seconds: 30");
    expect(applies(root, patch)).toBe(true);
    expect(relationCheck(run)).toBe("pass");
  });

  it("YAML: a key mis-indented under an opening key is a person's call", async () => {
    const root = workspace({
      "logs/worker.log": yamlLog("/etc/worker/worker.yaml", 3),
      "repo/deploy/worker.yaml": "server:\n  tls:\n cert: /etc/tls/cert.pem\n  port: 8443\n",
    });
    const run = await diagnose(root);
    expect(run.proposal?.patch ?? "").toBe("");
    expect(run.diagnosis?.rootCause).toMatch(/no single re-indentation/);
  });

  const TAG_LOG = repeat(
    3,
    (i) =>
      `Warning  Failed  ${i + 1}m  kubelet  Failed to pull image "ghcr.io/acme/web:3.2.1": Error response from daemon: manifest for ghcr.io/acme/web:3.2.1 not found: manifest unknown: manifest unknown`,
  );
  const VALUES =
    'replicaCount: 2\nimage:\n  repository: ghcr.io/acme/web\n  tag: "3.2.1"\n  pullPolicy: IfNotPresent\n';
  const CHANGELOG =
    "# Changelog\n\n## [Unreleased]\n- faster search\n\n## [3.2.0] - 2026-10-01\n- dark mode\n";

  it("image tag: the values file's tag becomes the changelog's latest release", async () => {
    const root = workspace({
      "logs/events.log": TAG_LOG,
      "repo/charts/web/values.yaml": VALUES,
      "repo/CHANGELOG.md": CHANGELOG,
    });
    const run = await diagnose(root);
    expect(cites(run)).toContain("charts/web/values.yaml:4");
    const patch = run.proposal?.patch ?? "";
    expect(patch).toContain('+  tag: "3.2.0"');
    expect(patch).not.toContain("latest");
    expect(applies(root, patch)).toBe(true);
    expect(relationCheck(run)).toBe("pass");
  });

  it("image tag: CI and the changelog point at different tags, so none is chosen", async () => {
    const root = workspace({
      "logs/events.log": TAG_LOG,
      "repo/charts/web/values.yaml": VALUES,
      "repo/CHANGELOG.md": CHANGELOG,
      "repo/VERSION": "3.3.0\n",
      "repo/.github/workflows/release.yml": `on: push\njobs:\n  image:\n    runs-on: ubuntu-latest\n    steps:\n      - run: docker build -t ghcr.io/acme/web:\${{ env.VERSION }} .\n`,
    });
    const run = await diagnose(root);
    expect(run.proposal?.patch ?? "").toBe("");
    expect(run.diagnosis?.rootCause).toMatch(/3\.3\.0, 3\.2\.0[\s\S]*person's call/);
  });

  it("image tag: another overlay deploys the same release under its real tag; other versions do not count", async () => {
    const overlay = (tag: string) =>
      `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - ../../base\nimages:\n  - name: quay.io/acme/billing\n    newTag: ${tag}\n`;
    const root = workspace({
      "logs/events.log": repeat(
        2,
        () =>
          'Failed to pull image "quay.io/acme/billing:v5.1.0": rpc error: code = NotFound desc = failed to pull and unpack image "quay.io/acme/billing:v5.1.0": failed to resolve reference "quay.io/acme/billing:v5.1.0": quay.io/acme/billing:v5.1.0: not found',
      ),
      "repo/deploy/overlays/prod/kustomization.yaml": overlay("v5.1.0"),
      "repo/deploy/overlays/staging/kustomization.yaml": overlay("5.1.0"),
      "repo/deploy/overlays/dev/kustomization.yaml": overlay("5.2.0-rc.1"),
    });
    const run = await diagnose(root);
    expect(cites(run)).toContain("deploy/overlays/prod/kustomization.yaml:7");
    const patch = run.proposal?.patch ?? "";
    expect(patch).toContain("+    newTag: 5.1.0");
    expect(patch).not.toContain("5.2.0-rc.1");
    expect(applies(root, patch)).toBe(true);
    expect(relationCheck(run)).toBe("pass");
  });
});
