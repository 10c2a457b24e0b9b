import { describe, expect, it } from "vitest";
import { forbiddenBy } from "../../src/inventory/fix-rules.js";
import { relationHolds } from "../../src/inventory/relation.js";
import type { Resolution } from "../../src/inventory/resolution.js";
import type { RepoRead } from "../../src/inventory/resolve.js";
import { resolveUsage } from "../../src/inventory/resolve-usage.js";
import { lookupOf } from "../../src/inventory/subjects.js";
import { parseBytes, sizeFor, type UsageLookup, usageLookup } from "../../src/inventory/usage-rules.js";

const MI = 1024 ** 2;
const GI = 1024 ** 3;

function evicted(container: string, usedKi: number, request: string, resource: string): string {
  return `Warning  Evicted  pod/x-1  The node was low on resource: ${resource}. Threshold quantity: 100Mi, available: 90000Ki. Container ${container} was using ${usedKi}Ki, request is ${request}, has larger consumption of ${resource}.`;
}

function applied(files: RepoRead[], r: Resolution | undefined): RepoRead[] {
  const change = r?.change;
  if (!change) throw new Error("no change");
  return files.map((f) => {
    if (f.path !== change.file) return f;
    const lines = f.content.split("\n");
    lines.splice(change.line - 1, change.span ?? 1, change.after);
    return { ...f, content: lines.join("\n") };
  });
}

const values: RepoRead = {
  path: "charts/pipeline/values.yaml",
  content: [
    "api:",
    "  replicaCount: 3",
    "  resources:",
    "    requests:",
    "      cpu: 100m",
    "      memory: 128Mi",
    "ingest:",
    "  replicaCount: 2",
    "  resources:",
    "    requests:",
    "      cpu: 300m",
    '      memory: "256Mi"',
    "    limits:",
    "      memory: 2Gi",
    "",
  ].join("\n"),
};

const lookup = (resource: UsageLookup["resource"], container: string, ...mib: number[]): UsageLookup => ({
  kind: "usage-over-reservation",
  resource,
  container,
  readings: mib.map((m) => m * MI),
});

describe("quantities", () => {
  it("parses Kubernetes byte quantities and rounds up to conventional steps", () => {
    expect(parseBytes("3215440Ki")).toBe(3215440 * 1024);
    expect(parseBytes('"1G"')).toBe(1e9);
    expect(parseBytes("2139512454")).toBe(2139512454);
    expect(parseBytes("250m")).toBeUndefined();
    expect(sizeFor(200 * MI, 1)).toBe("256Mi");
    expect(sizeFor(3140 * MI, 1)).toBe("3584Mi");
    expect(sizeFor(3 * GI, 1)).toBe("3Gi");
    expect(sizeFor(16.3 * GI, 1.25)).toBe("21Gi");
  });
});

describe("eviction usage against the container's reservation", () => {
  it("is looked up from the kubelet's eviction messages, every reading kept in log order", () => {
    const text = [
      evicted("ingest", 900_000, "256Mi", "memory"),
      evicted("ingest", 950_000, "256Mi", "memory"),
    ].join("\n");
    expect(lookupOf(undefined, undefined, text)).toEqual({
      kind: "usage-over-reservation",
      resource: "memory",
      container: "ingest",
      readings: [900_000 * 1024, 950_000 * 1024],
    });
    expect(usageLookup("The node was low on resource: memory.")).toBeUndefined();
  });

  it("Helm values: the block under the container's key gets its memory request raised to the peak", () => {
    const r = resolveUsage(lookup("memory", "ingest", 700, 910, 880), [values]);
    expect(r?.change).toMatchObject({
      file: "charts/pipeline/values.yaml",
      line: 12,
      after: '      memory: "960Mi"',
    });
    expect(r?.truth).toContainEqual({ file: "charts/pipeline/values.yaml", line: 14 });
    if (!r) throw new Error("no resolution");
    expect(relationHolds(r, [values]).ok).toBe(false);
    expect(relationHolds(r, applied([values], r)).ok).toBe(true);
    expect(forbiddenBy(r.kind, [r.change?.after ?? ""], { patternIds: [], text: "" })).toBeUndefined();
  });

  it("a request is never raised above the limit: the limit when it covers the usage, else cited", () => {
    const covered = resolveUsage(lookup("memory", "ingest", 1800, 1900), [values]);
    expect(covered?.change?.after).toBe('      memory: "2Gi"');
    const over = resolveUsage(lookup("memory", "ingest", 2100, 2200), [values]);
    expect(over?.change).toBeUndefined();
    expect(over?.reason).toMatch(/would cross the 2Gi set .*sizing decision/);
  });

  it("never raises a reservation when the readings rise steadily (a leak)", () => {
    const r = resolveUsage(lookup("memory", "ingest", 400, 480, 560, 650, 720, 810, 900), [values]);
    expect(r?.change).toBeUndefined();
    expect(r?.reason).toMatch(/rises steadily/);
    expect(
      forbiddenBy("resources-cover-usage", ["memory: 1Gi"], {
        patternIds: [],
        text: "",
        steadyGrowth: true,
      }),
    ).toMatch(/steady growth/);
  });

  it("usage within the request already: nothing to raise, something else holds the node", () => {
    const r = resolveUsage(lookup("memory", "ingest", 200), [values]);
    expect(r?.change).toBeUndefined();
    expect(r?.reason).toMatch(/within the "?256Mi"?/);
  });

  it("several blocks, none named like the container: no resolution (the locators cite instead)", () => {
    expect(resolveUsage(lookup("memory", "reporter", 900), [values])).toBeUndefined();
  });

  it("ephemeral-storage: a limits block is added under resources, sized peak × 1.25, the emptyDir cited", () => {
    const manifest: RepoRead = {
      path: "deploy/render.yml",
      content: [
        "kind: StatefulSet",
        "spec:",
        "  template:",
        "    spec:",
        "      containers:",
        "        - name: sidecar",
        "          image: acme/proxy:1",
        "        - name: render",
        "          image: acme/render:4",
        "          resources:",
        "            requests:",
        "              cpu: '1'",
        "      volumes:",
        "        - name: tmp",
        "          emptyDir: {}",
        "",
      ].join("\n"),
    };
    const r = resolveUsage(lookup("ephemeral-storage", "render", 6000), [manifest]);
    expect(r?.change).toMatchObject({
      line: 10,
      after: "          resources:\n            limits:\n              ephemeral-storage: 7680Mi",
    });
    expect(r?.truth).toContainEqual({ file: "deploy/render.yml", line: 15 });
    if (!r) throw new Error("no resolution");
    expect(relationHolds(r, applied([manifest], r))).toMatchObject({ ok: true });
  });
});
