import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import nock from "nock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPinnedHttpsGet } from "../../src/security/policy/url-policy.js";

const HAS_OPENSSL = existsSync("/usr/bin/openssl");

/**
 * The real fetcher against a loopback TLS server: a host name that resolves nowhere still connects, because the
 * socket goes to the address the policy checked and never to a fresh DNS answer (DNS rebinding), while TLS still
 * verifies the certificate for the host name. Responses are cut at the size cap.
 */
describe.skipIf(!HAS_OPENSSL)("pinned https fetch", () => {
  let dir: string;
  let server: Server;
  let port: number;
  let ca: string;
  const requests: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "sentry-tls-"));
    execFileSync(
      "openssl",
      [
        "req",
        "-x509",
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:prime256v1",
        "-nodes",
        "-days",
        "1",
        "-subj",
        "/CN=docs.sentry-test.invalid",
        "-addext",
        "subjectAltName=DNS:docs.sentry-test.invalid",
        "-keyout",
        join(dir, "key.pem"),
        "-out",
        join(dir, "cert.pem"),
      ],
      { stdio: "ignore" },
    );
    ca = readFileSync(join(dir, "cert.pem"), "utf8");
    server = createServer({ key: readFileSync(join(dir, "key.pem")), cert: ca }, (req, res) => {
      requests.push(`${req.headers.host} ${req.url}`);
      if (req.url === "/redirect") {
        res.writeHead(302, { location: "https://evil.example/" }).end();
        return;
      }
      res.writeHead(200, { "content-type": "text/plain" });
      res.end("x".repeat(200_000));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
    nock.enableNetConnect((host) =>
      /^(127\.0\.0\.1|localhost|docs\.sentry-test\.invalid)(:\d+)?$/.test(host),
    );
  });

  afterAll(async () => {
    nock.enableNetConnect((host) => /^(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/.test(host));
    await new Promise((resolve) => server.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  });

  it("connects to the pinned address under the checked host name and caps the body", async () => {
    const get = createPinnedHttpsGet({ ca });
    const response = await get(new URL(`https://docs.sentry-test.invalid:${port}/page`), "127.0.0.1", {
      maxBytes: 10_000,
      timeoutMs: 5000,
    });
    expect(response.status).toBe(200);
    expect(response.truncated).toBe(true);
    expect(response.body.length).toBeLessThanOrEqual(10_000);
    expect(requests).toContain(`docs.sentry-test.invalid:${port} /page`);
  });

  it("hands redirects back unfollowed, for the policy to check", async () => {
    const get = createPinnedHttpsGet({ ca });
    const response = await get(new URL(`https://docs.sentry-test.invalid:${port}/redirect`), "127.0.0.1", {
      maxBytes: 10_000,
      timeoutMs: 5000,
    });
    expect(response).toMatchObject({ status: 302, location: "https://evil.example/" });
  });

  it("refuses a certificate that does not match the host name", async () => {
    const get = createPinnedHttpsGet({ ca });
    await expect(
      get(new URL(`https://localhost:${port}/page`), "127.0.0.1", { maxBytes: 10_000, timeoutMs: 5000 }),
    ).rejects.toThrow(/altnames|certificate/i);
  });
});
