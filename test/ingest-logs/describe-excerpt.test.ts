import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type ParsedRecord, readLogRecords } from "../../src/ingest/logs/index.js";

const dir = mkdtempSync(join(tmpdir(), "sentry-describe-excerpt-"));

async function recordsOf(name: string, text: string): Promise<ParsedRecord[]> {
  const path = join(dir, name);
  writeFileSync(path, text);
  const out: ParsedRecord[] = [];
  for await (const r of readLogRecords([path], { year: 2026 })) out.push(r);
  return out;
}

/** A pasted tail of `kubectl describe`: each event row is its own record, cited at its own line. */
describe("kubectl describe excerpts", () => {
  it("a file opening at Events: reads each event row as a record on its line", async () => {
    const records = await recordsOf(
      "events.txt",
      [
        "Events:",
        "  Type     Reason            Age                From               Message",
        "  ----     ------            ----               ----               -------",
        "  Normal   Scheduled         3m                 default-scheduler  Successfully assigned prod/api-1 to node-2",
        "  Warning  FailedScheduling  2m (x14 over 12m)  default-scheduler  0/3 nodes are available: 3 node(s) didn't match Pod's node affinity/selector.",
        "",
      ].join("\n"),
    );
    const failed = records.find((r) => /didn't match Pod's node affinity/.test(r.text));
    expect(failed?.line).toBe(5);
    expect(failed?.text).not.toMatch(/^Events:/);
  });

  it("a file opening at Node-Selectors: is read as describe output too", async () => {
    const records = await recordsOf(
      "pod.txt",
      [
        "Node-Selectors:              pool=high-mem",
        "Events:",
        "  Type     Reason            Age   From               Message",
        "  ----     ------            ----  ----               -------",
        "  Warning  FailedScheduling  2m    default-scheduler  0/3 nodes are available: 3 node(s) didn't match Pod's node affinity/selector.",
      ].join("\n"),
    );
    expect(records.find((r) => /FailedScheduling|node affinity/.test(r.text))?.line).toBe(5);
  });

  it("event rows pasted without their header row are still records, never dropped", async () => {
    const records = await recordsOf(
      "headerless.txt",
      [
        "Events:",
        '  Warning  Failed     12s   kubelet  Failed to pull image "registry.example.com/shop/checkout:v2.14.0": not found',
        "  Warning  Failed     12s   kubelet  Error: ErrImagePull",
        '  Normal   BackOff    1s    kubelet  Back-off pulling image "registry.example.com/shop/checkout:v2.14.0"',
      ].join("\n"),
    );
    const pull = records.find((r) => /Failed to pull image/.test(r.text));
    expect(pull?.line).toBe(2);
    expect(records.find((r) => /Back-off pulling/.test(r.text))?.line).toBe(4);
  });

  it("reads what was pasted under a describe (kubectl logs --previous) as log lines, and a describe after them again", async () => {
    const records = await recordsOf(
      "bundle.txt",
      [
        "Name:         thumbs-6b7c9-x2x9z",
        "Namespace:    prod",
        "Events:",
        "  Type     Reason   Age                From     Message",
        "  ----     ------   ----               ----     -------",
        "  Warning  BackOff  1m (x10 over 3m)   kubelet  Back-off restarting failed container thumbs in pod thumbs-6b7c9-x2x9z_prod(4a1c)",
        "$ kubectl logs thumbs-6b7c9-x2x9z --previous",
        "exec /usr/local/bin/thumbs: exec format error",
        "2026-12-07T10:00:00Z panic: open /etc/thumbs.yaml: no such file or directory",
        "    at main (/src/main.go:12)",
        "Name:         thumbs-6b7c9-k2p8q",
        "Namespace:    prod",
        "Status:       Running",
        "",
      ].join("\n"),
    );
    const exec = records.find((r) => /exec format error/.test(r.text));
    expect(exec?.line).toBe(8);
    expect(exec?.kind ?? "line").not.toMatch(/^k8s-/);
    const panic = records.find((r) => /panic: open/.test(r.text));
    expect(panic?.line).toBe(9);
    expect(panic?.text).toContain("/src/main.go:12");
    expect(records.some((r) => r.kind === "k8s-event" && /Back-off restarting/.test(r.text))).toBe(true);
    expect(records.some((r) => r.kind === "k8s-object" && /thumbs-6b7c9-k2p8q/.test(r.message ?? ""))).toBe(
      true,
    );
  });
});
