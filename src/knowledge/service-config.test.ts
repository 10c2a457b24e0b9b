import { describe, expect, it } from "vitest";
import { createPatternScanner } from "./pattern-scanner.js";

function findings(lines: string[]) {
  const scanner = createPatternScanner();
  lines.forEach((text, i) => {
    scanner.onRecord({ file: "svc.log", line: i + 1, endLine: i + 1, text, level: "ERROR" });
  });
  return scanner.findings();
}

describe("service configuration entries", () => {
  it("names the host a Node client dialled, without the trailing dot Node prints", () => {
    const [found] = findings([
      "Error [ERR_TLS_CERT_ALTNAME_INVALID]: Hostname/IP does not match certificate's altnames: Host: mq.corp.example.org. is not in the cert's altnames: DNS:rabbit.corp.example.org",
    ]);
    expect(found?.patternId).toBe("tls-hostname-mismatch");
    expect(found?.subject).toBe("mq.corp.example.org");
  });

  it("puts a health check that cannot run before the container-start entry that shares its words", () => {
    const ids = findings([
      'Health check of container shop-web-1 failed (exit -1): OCI runtime exec failed: exec failed: unable to start container process: exec: "wget": executable file not found in $PATH: unknown',
    ]).map((f) => f.patternId);
    expect(ids[0]).toBe("healthcheck-command-missing");
  });

  it("diagnoses nginx resets on reused upstream connections ahead of the 5xx storm they cause", () => {
    const reset =
      '2026/03/02 10:14:09 [error] 31#31: *88140 recv() failed (104: Connection reset by peer) while reading response header from upstream, client: 10.1.4.8, upstream: "http://10.1.9.3:8000/cart"';
    const storm = Array.from(
      { length: 25 },
      (_, i) => `10.1.4.${i} - - [02/Mar/2026:10:14:09 +0000] "GET /cart HTTP/1.1" 502 157 "-" "curl/8.5.0"`,
    );
    const ids = findings([reset, ...storm]).map((f) => f.patternId);
    expect(ids).toContain("upstream-5xx-storm");
    expect(ids[0]).toBe("upstream-keepalive-race");
  });
});
