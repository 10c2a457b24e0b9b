import { describe, expect, it } from "vitest";
import { forbiddenBy } from "../../src/inventory/fix-rules.js";
import { relationHolds } from "../../src/inventory/relation.js";
import { resolveCaBundlePath } from "../../src/inventory/resolve-ca-bundle.js";
import { resolveScratchBundle, unknownAuthorityLookup } from "../../src/inventory/resolve-ca-image.js";
import { lookupOf } from "../../src/inventory/subjects.js";

type Files = { path: string; content: string }[];

function patched(files: Files, file: string, from: string, to: string): Files {
  return files.map((f) => (f.path === file ? { ...f, content: f.content.replace(from, to) } : f));
}

const DOCKERFILE_ENV = [
  "FROM node:22-bookworm-slim",
  "WORKDIR /srv",
  "COPY . .",
  "ENV NODE_EXTRA_CA_CERTS=/etc/ssl/certs/internal-root.pem",
  'CMD ["node", "server.js"]',
].join("\n");
const COMPOSE_MOUNT = [
  "services:",
  "  ledger:",
  "    build: .",
  "    volumes:",
  "      - ./pki/internal-root.pem:/usr/local/share/ca-certificates/internal-root.pem:ro",
  "      - ledger-data:/srv/data",
  "volumes:",
  "  ledger-data: {}",
].join("\n");

describe("a CA bundle variable naming a file the container does not have", () => {
  it("is looked up from what requests, Node and curl print", () => {
    expect(
      lookupOf(
        undefined,
        undefined,
        "OSError: Could not find a suitable TLS CA certificate bundle, invalid path: /opt/ca/root.pem",
      ),
    ).toEqual({ kind: "ca-bundle-path", path: "/opt/ca/root.pem" });
    expect(
      lookupOf(
        undefined,
        undefined,
        "Warning: Ignoring extra certs from `/etc/ssl/certs/internal-root.pem`, load failed: error:80000002:system library::No such file or directory",
      ),
    ).toEqual({ kind: "ca-bundle-path", path: "/etc/ssl/certs/internal-root.pem" });
    expect(
      lookupOf(
        undefined,
        undefined,
        "curl: (77) error setting certificate verify locations:  CAfile: /certs/root.crt CApath: none",
      ),
    ).toEqual({ kind: "ca-bundle-path", path: "/certs/root.crt" });
  });

  it("points the Dockerfile's ENV at the file compose mounts (same name, other directory); the relation then holds", () => {
    const files = [
      { path: "Dockerfile", content: DOCKERFILE_ENV },
      { path: "docker-compose.yml", content: COMPOSE_MOUNT },
    ];
    const r = resolveCaBundlePath(
      { kind: "ca-bundle-path", path: "/etc/ssl/certs/internal-root.pem" },
      files,
    );
    expect(r?.cause).toMatchObject({ file: "Dockerfile", line: 4 });
    expect(r?.change?.after).toBe(
      "ENV NODE_EXTRA_CA_CERTS=/usr/local/share/ca-certificates/internal-root.pem",
    );
    expect(r?.truth).toContainEqual({ file: "docker-compose.yml", line: 5 });
    expect(r && relationHolds(r, files).ok).toBe(false);
    const fixed = patched(
      files,
      "Dockerfile",
      "/etc/ssl/certs/internal",
      "/usr/local/share/ca-certificates/internal",
    );
    expect(r && relationHolds(r, fixed).ok).toBe(true);
  });

  it("reads a Secret volume's items in a Helm-style manifest, and cites the key when the name differs", () => {
    const manifest = [
      "apiVersion: batch/v1",
      "kind: CronJob",
      "metadata:",
      "  name: exporter",
      "spec:",
      "  schedule: '*/5 * * * *'",
      "  jobTemplate:",
      "    spec:",
      "      template:",
      "        spec:",
      "          containers:",
      "            - name: exporter",
      "              image: acme/exporter:1.4",
      "              env:",
      "                - name: SSL_CERT_FILE",
      "                  value: /etc/exporter/tls/bundle.pem",
      "              volumeMounts:",
      "                - name: trust",
      "                  mountPath: /var/run/trust",
      "          volumes:",
      "            - name: trust",
      "              secret:",
      "                secretName: exporter-trust",
      "                items:",
      "                  - key: ca",
      "                    path: root-ca.crt",
    ].join("\n");
    const files = [{ path: "chart/templates/cronjob.yaml", content: manifest }];
    const r = resolveCaBundlePath({ kind: "ca-bundle-path", path: "/etc/exporter/tls/bundle.pem" }, files);
    expect(r?.candidates).toEqual(["/var/run/trust/root-ca.crt"]);
    expect(r?.change?.after).toBe("                  value: /var/run/trust/root-ca.crt");
  });

  it("near-miss: two certificate files and neither has the missing name → both cited, nothing proposed", () => {
    const files = [
      {
        path: "Dockerfile",
        content: DOCKERFILE_ENV.replace("COPY . .", "COPY certs/a.crt certs/b.crt /etc/pki/"),
      },
    ];
    const r = resolveCaBundlePath(
      { kind: "ca-bundle-path", path: "/etc/ssl/certs/internal-root.pem" },
      files,
    );
    expect(r?.change).toBeUndefined();
    expect(r?.candidates).toEqual(["/etc/pki/a.crt", "/etc/pki/b.crt"]);
  });

  it("near-miss: no certificate file anywhere → cited with the reason, nothing proposed; TLS-off is refused", () => {
    const files = [{ path: "Dockerfile", content: DOCKERFILE_ENV }];
    const r = resolveCaBundlePath(
      { kind: "ca-bundle-path", path: "/etc/ssl/certs/internal-root.pem" },
      files,
    );
    expect(r?.change).toBeUndefined();
    expect(r?.reason).toMatch(/install ca-certificates/);
    const evidence = { patternIds: ["tls-ca-bundle-missing"], text: "" };
    expect(forbiddenBy("ca-bundle-path-exists", ["ENV NODE_TLS_REJECT_UNAUTHORIZED=0"], evidence)).toMatch(
      /never disable TLS/,
    );
  });
});

const SCRATCH = [
  "FROM rust:1.82-bookworm AS compile",
  "WORKDIR /w",
  "COPY . .",
  "RUN cargo build --release",
  "",
  "FROM debian:bookworm-slim AS assets",
  "COPY static /static",
  "",
  "FROM scratch",
  "COPY --from=compile /w/target/release/relay /relay",
  "COPY --from=assets /static /static",
  'ENTRYPOINT ["/relay"]',
].join("\n");

describe("a FROM scratch final stage and an unknown authority", () => {
  it("is looked up from Go's and OpenSSL's words, not from an expired certificate", () => {
    expect(
      unknownAuthorityLookup(
        "tls: failed to verify certificate: x509: certificate signed by unknown authority",
      ),
    ).toEqual({
      kind: "unknown-authority",
    });
    expect(
      unknownAuthorityLookup(
        "SSL routines::certificate verify failed (unable to get local issuer certificate)",
      ),
    ).toBeDefined();
    expect(unknownAuthorityLookup("x509: certificate has expired or is not yet valid")).toBeUndefined();
  });

  it("copies the bundle from the stage the final stage already copies from and that has one", () => {
    const files = [{ path: "build/relay.Dockerfile", content: SCRATCH }];
    const r = resolveScratchBundle(files);
    expect(r?.cause).toMatchObject({ file: "build/relay.Dockerfile", line: 9 });
    expect(r?.change?.after).toBe(
      "FROM scratch\nCOPY --from=compile /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt",
    );
    expect(r && relationHolds(r, files).ok).toBe(false);
    const fixed = patched(files, "build/relay.Dockerfile", "FROM scratch", r?.change?.after ?? "");
    expect(r && relationHolds(r, fixed).ok).toBe(true);
  });

  it("near-miss: a final stage that has a bundle (installed, or an image that ships one) is not this cause", () => {
    const slim = SCRATCH.replace(
      "FROM scratch",
      "FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends ca-certificates",
    );
    expect(resolveScratchBundle([{ path: "Dockerfile", content: slim }])).toBeUndefined();
    const copied = SCRATCH.replace(
      'ENTRYPOINT ["/relay"]',
      'COPY --from=compile /etc/ssl/certs/ /etc/ssl/certs/\nENTRYPOINT ["/relay"]',
    );
    expect(resolveScratchBundle([{ path: "Dockerfile", content: copied }])).toBeUndefined();
  });

  it("near-miss: no build stage has a bundle → cited, nothing proposed", () => {
    const bare = "FROM debian:bookworm AS b\nRUN make\nFROM scratch\nCOPY --from=b /out/app /app\n";
    const r = resolveScratchBundle([{ path: "Containerfile", content: bare }]);
    expect(r?.change).toBeUndefined();
    expect(r?.reason).toMatch(/no build stage has a CA bundle/);
  });
});
