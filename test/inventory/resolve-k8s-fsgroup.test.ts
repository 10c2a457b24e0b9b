import { describe, expect, it } from "vitest";
import { forbiddenBy } from "../../src/inventory/fix-rules.js";
import { resolveFromReads } from "../../src/inventory/offline.js";
import { relationHolds } from "../../src/inventory/relation.js";
import { lookupOf } from "../../src/inventory/subjects.js";

type Files = { path: string; content: string }[];

const denied =
  "Traceback (most recent call last):\nPermissionError: [Errno 13] Permission denied: '/var/lib/indexer/shards/0007.idx'";

const statefulSet = (ctx: string, volume: string) => `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: indexer
spec:
  serviceName: indexer
  template:
    spec:
${ctx}      containers:
        - name: indexer
          image: ghcr.io/acme/indexer:2.4
          volumeMounts:
            - name: shards
              mountPath: /var/lib/indexer
${volume}`;

const claim =
  "      volumes:\n        - name: shards\n          persistentVolumeClaim:\n            claimName: shards\n";
const runAs =
  "      securityContext:\n        runAsNonRoot: true\n        runAsUser: 2000\n        runAsGroup: 3000\n";

function resolve(files: Files, evidence = denied) {
  const lookup = lookupOf(undefined, undefined, evidence);
  if (!lookup) throw new Error("no lookup");
  return resolveFromReads(
    lookup,
    files,
    files.map((f) => f.path),
    evidence,
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

describe("a non-root pod refused under the volume it mounts", () => {
  it("adds fsGroup (the group it runs as) beside runAsUser; the relation then holds", () => {
    const files = [{ path: "deploy/indexer.yml", content: statefulSet(runAs, claim) }];
    const r = resolve(files);
    expect(r?.kind).toBe("volume-fsgroup");
    expect(r?.cause).toMatchObject({ line: 11, text: "        runAsUser: 2000" });
    expect(r?.change?.after).toBe("        runAsUser: 2000\n        fsGroup: 3000");
    const c = r?.change;
    if (!r || !c) throw new Error("no change");
    expect(relationHolds(r, spliced(files, c)).ok).toBe(true);
    expect(relationHolds(r, files).ok).toBe(false);
  });

  it("hostPath volumes keep their owner: cited, nothing proposed", () => {
    const host =
      "      volumes:\n        - name: shards\n          hostPath:\n            path: /mnt/shards\n";
    const r = resolve([{ path: "deploy/indexer.yml", content: statefulSet(runAs, host) }]);
    expect(r?.change).toBeUndefined();
    expect(r?.reason).toMatch(/hostPath/);
  });

  it("a pod that already sets fsGroup, or whose user is unknown, gets no proposal", () => {
    const withGroup = `${runAs}        fsGroup: 3000\n`;
    expect(resolve([{ path: "a.yml", content: statefulSet(withGroup, claim) }])?.change).toBeUndefined();
    expect(resolve([{ path: "a.yml", content: statefulSet("", claim) }])?.change).toBeUndefined();
  });

  it("a path outside every mount is not this class", () => {
    const other = "Error: EACCES: permission denied, open '/etc/indexer/license.key'";
    const files = [{ path: "deploy/indexer.yml", content: statefulSet(runAs, claim) }];
    expect(resolve(files, other)).toBeUndefined();
  });

  it("never root, privileged or world-writable, whatever rule proposes it", () => {
    const ev = { patternIds: ["permission-denied"], text: denied };
    for (const line of [
      "        runAsUser: 0",
      "            privileged: true",
      "          command: [sh, -c, 'chmod -R 777 /var/lib/indexer']",
      "RUN chmod 777 /data",
    ])
      expect(forbiddenBy("volume-fsgroup", [line], ev)).toMatch(/never run as root/);
    expect(forbiddenBy("volume-fsgroup", ["        fsGroup: 3000"], ev)).toBeUndefined();
  });
});
