import { describe, expect, it } from "vitest";
import {
  FACTS_SEARCH,
  type FactLine,
  isFactLine,
  labelOf,
  nodesIn,
  storageClassesIn,
} from "../../src/inventory/cluster-facts.js";

function lines(file: string, text: string): FactLine[] {
  return text.split("\n").map((t, i) => ({ file, line: i + 1, text: t }));
}

/** What grep_search would return: only the fact-shaped lines, with their own line numbers. */
function grepped(file: string, text: string): FactLine[] {
  const re = new RegExp(FACTS_SEARCH);
  return lines(file, text).filter((l) => re.test(l.text));
}

describe("comparison facts parsed from kubectl output in any log file", () => {
  it("reads the StorageClasses a table lists and which is the default", () => {
    const table = `NAME                 PROVISIONER                    RECLAIMPOLICY   VOLUMEBINDINGMODE      ALLOWVOLUMEEXPANSION   AGE
standard-rwo         pd.csi.storage.gke.io          Delete          WaitForFirstConsumer   true                   2y
premium-rwo (default)   pd.csi.storage.gke.io       Retain          Immediate              true                   2y`;
    expect(storageClassesIn(grepped("sc.txt", table))).toEqual([
      { name: "standard-rwo", isDefault: false },
      { name: "premium-rwo", isDefault: true },
    ]);
  });

  it("reads -L columns under their key's last segment, and --show-labels lists", () => {
    const wide = `$ kubectl get nodes -L cloud.google.com/gke-nodepool
NAME                         STATUS   ROLES    AGE   VERSION            GKE-NODEPOOL
gke-prod-batch-1a2b          Ready    <none>   9d    v1.30.5-gke.1014   batch-pool
gke-prod-web-3c4d            Ready    <none>   9d    v1.30.5-gke.1014   web-pool`;
    const nodes = nodesIn(grepped("nodes.txt", wide));
    expect(nodes.map((n) => labelOf(n, "cloud.google.com/gke-nodepool"))).toEqual(["batch-pool", "web-pool"]);
    const shown = `NAME    STATUS   ROLES    AGE   VERSION   LABELS
worker-a   Ready    <none>   3d    v1.29.1   disk=ssd,kubernetes.io/arch=arm64,zone=b`;
    const [node] = nodesIn(grepped("labels.txt", shown));
    expect(node && labelOf(node, "kubernetes.io/arch")).toBe("arm64");
    expect(node && labelOf(node, "disk")).toBe("ssd");
  });

  it("reads the Labels block of kubectl describe node, and nothing after it", () => {
    const described = `Name:               pool-b-node-7
Roles:              <none>
Labels:             beta.kubernetes.io/os=linux
                    workload=analytics
                    zone=eu-west-1c
Annotations:        node.alpha.kubernetes.io/ttl: 0
CreationTimestamp:  Mon, 01 Dec 2026 10:00:00 +0000
                    stray=line`;
    const [node] = nodesIn(grepped("describe.txt", described));
    expect(node?.name).toBe("pool-b-node-7");
    expect(node && labelOf(node, "workload")).toBe("analytics");
    expect(node?.labels.has("stray")).toBe(false);
  });

  it("ordinary log lines are not facts", () => {
    expect(isFactLine("2026-12-01T10:00:00Z INFO user=alice action=login")).toBe(false);
    expect(isFactLine("GET /healthz 200 3ms")).toBe(false);
  });
});
