import { describe, expect, it } from "vitest";
import { applies, cites, diagnose, relationCheck, repeat, workspace } from "./repo-e2e.js";

/**
 * End to end through the CLI (offline provider): a CA bundle path, a FROM scratch image and a dropped
 * dependency, each in a repository whose truth is in another file than the one the logs point at. The patch
 * must pass `git apply --check` on a copy of the repository, and the Validator's relation check must pass.
 */

describe("CA bundle and dependency-manifest fixes through the CLI", () => {
  it("CA bundle: the Dockerfile's NODE_EXTRA_CA_CERTS is pointed at the file compose mounts", async () => {
    const root = workspace({
      "logs/ledger.log": [
        "Warning: Ignoring extra certs from `/etc/ssl/private-ca/root.pem`, load failed: error:80000002:system library::No such file or directory",
        repeat(
          6,
          (i) =>
            `{"level":50,"time":17330${i}0000,"msg":"settlement push failed","err":"unable to get local issuer certificate","code":"UNABLE_TO_GET_ISSUER_CERT_LOCALLY"}`,
        ),
      ].join("\n"),
      "repo/Dockerfile": [
        "FROM node:22-bookworm-slim",
        "WORKDIR /srv",
        "COPY package.json server.js ./",
        "ENV NODE_EXTRA_CA_CERTS=/etc/ssl/private-ca/root.pem",
        'CMD ["node", "server.js"]',
        "",
      ].join("\n"),
      "repo/docker-compose.yml": [
        "services:",
        "  ledger:",
        "    build: .",
        "    volumes:",
        "      - ./ca/root.pem:/usr/local/share/ca-certificates/root.pem:ro",
        "",
      ].join("\n"),
      "repo/server.js":
        "const https = require('node:https');\nhttps.get('https://settle.internal.example');\n",
    });
    const run = await diagnose(root);
    expect(cites(run)).toContain("Dockerfile:4");
    expect(cites(run)).toContain("docker-compose.yml:5");
    const patch = run.proposal?.patch ?? "";
    expect(patch).toContain("+ENV NODE_EXTRA_CA_CERTS=/usr/local/share/ca-certificates/root.pem");
    expect(patch).not.toMatch(/REJECT_UNAUTHORIZED/);
    expect(applies(root, patch)).toBe(true);
    expect(relationCheck(run)).toBe("pass");
  });

  it("CA bundle: a FROM scratch final stage gets the bundle from the build stage it copies from", async () => {
    const root = workspace({
      "logs/mirror.log": repeat(
        5,
        (i) =>
          `2026/03/0${i + 1} 10:00:00 sync failed: Get "https://api.github.com/repos/acme/tools/releases": tls: failed to verify certificate: x509: certificate signed by unknown authority`,
      ),
      "repo/build/mirror.Dockerfile": [
        "FROM golang:1.23-bookworm AS builder",
        "WORKDIR /src",
        "COPY . .",
        "RUN CGO_ENABLED=0 go build -o /mirror ./cmd/mirror",
        "",
        "FROM debian:bookworm-slim AS docs",
        "COPY docs /docs",
        "",
        "FROM scratch",
        "COPY --from=builder /mirror /mirror",
        'ENTRYPOINT ["/mirror"]',
        "",
      ].join("\n"),
      "repo/go.mod": "module example.com/mirror\n\ngo 1.23\n",
    });
    const run = await diagnose(root);
    expect(cites(run)).toContain("build/mirror.Dockerfile:9");
    const patch = run.proposal?.patch ?? "";
    expect(patch).toContain(
      "+COPY --from=builder /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt",
    );
    expect(patch).not.toMatch(/InsecureSkipVerify/);
    expect(applies(root, patch)).toBe(true);
    expect(relationCheck(run)).toBe("pass");
  });

  it("dependency manifest: pyproject's Poetry table gets the distribution, pinned from poetry.lock", async () => {
    const root = workspace({
      "logs/worker.log": [
        "Traceback (most recent call last):",
        '  File "/app/worker/main.py", line 2, in <module>',
        "    from worker.jobs import run",
        '  File "/app/worker/jobs.py", line 1, in <module>',
        "    from dateutil import parser",
        "ModuleNotFoundError: No module named 'dateutil'",
      ].join("\n"),
      "repo/pyproject.toml": [
        "[tool.poetry]",
        'name = "worker"',
        'version = "1.8.0"',
        "",
        "[tool.poetry.dependencies]",
        'python = "^3.12"',
        'celery = "5.4.0"',
        "",
        "[build-system]",
        'requires = ["poetry-core"]',
        "",
      ].join("\n"),
      "repo/poetry.lock": [
        "[[package]]",
        'name = "celery"',
        'version = "5.4.0"',
        "",
        "[[package]]",
        'name = "python-dateutil"',
        'version = "2.9.0.post0"',
        "",
      ].join("\n"),
      "repo/worker/jobs.py": "from dateutil import parser\n\n\ndef run(s):\n    return parser.parse(s)\n",
      "repo/worker/main.py": "import sys\nfrom worker.jobs import run\n\nrun(sys.argv[1])\n",
    });
    const run = await diagnose(root);
    expect(cites(run)).toContain("pyproject.toml:7");
    const patch = run.proposal?.patch ?? "";
    expect(patch).toContain('+python-dateutil = "==2.9.0.post0"');
    expect(applies(root, patch)).toBe(true);
    expect(relationCheck(run)).toBe("pass");
  });
});
