import { describe, expect, it } from "vitest";
import type { FactLine } from "../../src/inventory/cluster-facts.js";
import { forbiddenBy } from "../../src/inventory/fix-rules.js";
import { resolveFromReads } from "../../src/inventory/offline.js";
import { relationHolds } from "../../src/inventory/relation.js";
import { lookupOf } from "../../src/inventory/subjects.js";

type Files = { path: string; content: string }[];

const event =
  "batch   12s   Warning   FailedScheduling   pod/nightly-report-28911-q7x2z   0/4 nodes are available: 4 node(s) didn't match Pod's node affinity/selector. preemption: 0/4 nodes are available: 4 Preemption is not helpful for scheduling.";

function facts(text: string): FactLine[] {
  return text.split("\n").map((t, i) => ({ file: "get-nodes.log", line: i + 1, text: t }));
}

const labelled = facts(`NAME        STATUS   ROLES    AGE   VERSION   LABELS
pool-a-1    Ready    <none>   40d   v1.29.4   kubernetes.io/os=linux,workload-class=batch-highmem,disk=ssd
pool-a-2    Ready    <none>   40d   v1.29.4   kubernetes.io/os=linux,workload-class=batch-highmem,disk=ssd
pool-b-1    Ready    <none>   40d   v1.29.4   kubernetes.io/os=linux,workload-class=web,disk=hdd`);

const cron = (selector: string) => `apiVersion: batch/v1
kind: CronJob
metadata:
  name: nightly-report
spec:
  schedule: "30 1 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          nodeSelector:
${selector}
          containers:
            - name: report
              image: ghcr.io/acme/report:7.1
`;

function resolve(files: Files, f: readonly FactLine[]) {
  const lookup = lookupOf(undefined, undefined, event);
  if (!lookup) throw new Error("no lookup");
  return resolveFromReads(
    lookup,
    files,
    files.map((x) => x.path),
    event,
    f,
  );
}

function spliced(files: Files, c: { file: string; line: number; after: string }): Files {
  return files.map((f) => {
    if (f.path !== c.file) return f;
    const lines = f.content.split("\n");
    lines.splice(c.line - 1, 1, c.after);
    return { ...f, content: lines.join("\n") };
  });
}

describe("a node selector no node satisfies, compared with the labels the nodes carry", () => {
  it("one carried value near the selected one: it is proposed and the relation then holds", () => {
    const files = [{ path: "jobs/report.yml", content: cron("            workload-class: batch-himem") }];
    const r = resolve(files, labelled);
    expect(r?.kind).toBe("selector-matches-node");
    expect(r?.cause).toMatchObject({ file: "jobs/report.yml", line: 12 });
    expect(r?.change?.after).toBe("            workload-class: batch-highmem");
    expect(r?.truth).toContainEqual({ file: "get-nodes.log", line: 2 });
    const c = r?.change;
    if (!r || !c) throw new Error("no change");
    expect(relationHolds(r, spliced(files, c)).ok).toBe(true);
    expect(relationHolds(r, files).ok).toBe(false);
    expect(forbiddenBy(r.kind, [c.after], { patternIds: [], text: event })).toBeUndefined();
  });

  it("the near value's nodes fail another selector: no change, the values are cited", () => {
    const files = [
      {
        path: "jobs/report.yml",
        content: cron("            workload-class: batch-himem\n            disk: hdd"),
      },
    ];
    const r = resolve(files, labelled);
    expect(r?.change).toBeUndefined();
    expect(r?.candidates).toEqual(["batch-highmem", "web"]);
  });

  it("no value near the selected one (a pool that does not exist yet): cited, nothing proposed", () => {
    const files = [{ path: "jobs/report.yml", content: cron("            workload-class: gpu-a100") }];
    const r = resolve(files, labelled);
    expect(r?.change).toBeUndefined();
    expect(r?.reason).toMatch(/no node carries a value for workload-class near gpu-a100/);
  });

  it("without node labels in the evidence nothing is proposed", () => {
    const files = [{ path: "jobs/report.yml", content: cron("            workload-class: batch-himem") }];
    const r = resolve(files, []);
    expect(r?.change).toBeUndefined();
    expect(r?.reason).toMatch(/no node's labels/);
  });

  it("unrelated log text never makes a subject: the lookup comes from the failing event only", () => {
    expect(lookupOf(undefined, undefined, labelled.map((l) => l.text).join("\n"))).toBeUndefined();
  });
});
