import { describe, expect, it } from "vitest";
import { createFileReader } from "./file-reader.js";
import type { ParsedRecord } from "./records.js";

function read(text: string): ParsedRecord[] {
  const reader = createFileReader("inspect.json", 2026);
  const out: ParsedRecord[] = [];
  text.split("\n").forEach((line, i) => {
    const r = reader.push(line, i + 1);
    if (r) out.push(...(Array.isArray(r) ? r : [r]));
  });
  return [...out, ...reader.flush()];
}

const WHOLE = JSON.stringify(
  [
    {
      Id: "4f1c2a",
      Name: "/shop-web-1",
      State: {
        Status: "running",
        Running: true,
        Health: {
          Status: "unhealthy",
          FailingStreak: 5,
          Log: [
            { Start: "2026-03-02T10:00:00Z", End: "2026-03-02T10:00:01Z", ExitCode: 0, Output: "ok" },
            {
              Start: "2026-03-02T10:00:30Z",
              End: "2026-03-02T10:00:31Z",
              ExitCode: 127,
              Output: "/bin/sh: 1: wget: not found\n",
            },
          ],
        },
      },
      Config: { Image: "shop/web:2.1" },
    },
  ],
  null,
  2,
);

describe("docker inspect output", () => {
  it("reads each failed health-check run as a record citing its Output line, and the status", () => {
    const records = read(WHOLE);
    const lines = WHOLE.split("\n");
    const failed = records.filter((r) => r.message?.startsWith("Health check of"));
    expect(failed).toHaveLength(1);
    expect(failed[0]?.message).toBe(
      "Health check of container shop-web-1 failed (exit 127): /bin/sh: 1: wget: not found",
    );
    expect(lines[(failed[0]?.line ?? 0) - 1]).toContain('"Output": "/bin/sh: 1: wget: not found');
    expect(failed[0]).toMatchObject({ level: "ERROR", subject: { container: "shop-web-1" } });
    const status = records.find((r) => r.message?.startsWith("Docker health status"));
    expect(status?.message).toBe(
      "Docker health status of container shop-web-1: unhealthy (failing streak 5)",
    );
    expect(lines[(status?.line ?? 0) - 1]).toContain('"Status": "unhealthy"');
    expect(records.some((r) => /Object \?/.test(r.message ?? ""))).toBe(false);
  });

  it("reads `--format '{{json .State.Health}}'` the same way, and a healthy container as no error", () => {
    const health = JSON.stringify(
      {
        Status: "healthy",
        FailingStreak: 0,
        Log: [{ Start: "2026-03-02T10:00:00Z", End: "2026-03-02T10:00:01Z", ExitCode: 0, Output: "" }],
      },
      null,
      2,
    );
    const records = read(health);
    expect(records.map((r) => r.level)).toEqual(["INFO"]);
    expect(records[0]?.message).toBe("Docker health status of the container: healthy (failing streak 0)");
  });

  it("still reads a Kubernetes object as one", () => {
    const pod = JSON.stringify(
      { apiVersion: "v1", kind: "Pod", metadata: { name: "web-0" }, status: { phase: "Running" } },
      null,
      2,
    );
    expect(read(pod)[0]?.message).toMatch(/^Pod web-0/);
  });
});
