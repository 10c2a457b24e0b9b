import type { FixRule } from "./fix-rule.js";

/** Kubernetes objects that must agree with each other: Services and ports, named objects, volumes, taints. */
export const K8S_AGREEMENT_RULES: readonly FixRule[] = [
  {
    id: "service-targets-container",
    evidence:
      "connections to a Service port are refused and its targetPort is no port the pods it selects declare",
    change: "the targetPort becomes the container port named like the Service port, or the only one declared",
    risk: "low",
    mustNot: [
      "change the Service's port (its clients use it) or the container's port",
      "guess between several container ports",
    ],
  },
  {
    id: "probe-port-declared",
    evidence:
      "the kubelet's probe is refused on a port its container does not declare (nor the server logs it listens on)",
    change:
      "the probe's port becomes the container's one declared port, or the one the server logs it listens on",
    risk: "low",
    mustNot: ["remove or disable the probe", "change the container's port to match the probe"],
  },
  {
    id: "object-name-defined",
    evidence:
      "a ConfigMap, Secret, claim or StorageClass the pod names is not found, and the repository defines (or the cluster lists) one object of that kind near the name or left unreferenced",
    change: "the reference names the defined object",
    risk: "low",
    mustNot: [
      "mark the reference optional, which starts the pod without it",
      "create or rename the object (its content is not known; others may use it)",
      "point imagePullSecrets at a Secret that is not a registry credential",
    ],
  },
  {
    id: "object-key-defined",
    evidence:
      "a key the pod reads is not in the ConfigMap or Secret, and the object defines one key near it; or the reference sits in a base every overlay shares and the other overlays define the key it reads",
    change:
      "the key reference names the defined key; for a shared base, the one overlay's differing key takes the name the base reads",
    risk: "low",
    mustNot: [
      "mark the key optional",
      "rename the key in the object when no other overlay agrees with the reference (others may read it)",
      "rename a shared base reference that other overlays satisfy (it would break them)",
    ],
  },
  {
    id: "rwo-deployment-recreate",
    evidence:
      "a Multi-Attach error for a ReadWriteOnce claim that a single-replica Deployment with a rolling update mounts",
    change: "the Deployment's strategy becomes Recreate (the rollingUpdate block goes with it)",
    risk: "medium",
    mustNot: [
      "switch to Recreate when several replicas share the claim (cite a StatefulSet instead)",
      "change the claim's access mode (the storage class may not support it)",
    ],
  },
  {
    id: "taint-tolerated",
    evidence:
      "the scheduler names a taint the pod does not tolerate, and the pod asks for the resource the taint guards (a GPU)",
    change: "the pod spec tolerates that taint (key, and value when the taint has one)",
    risk: "low",
    mustNot: [
      "tolerate a taint on nodes the pod is not shown to be meant for",
      "tolerate every taint (an empty key with operator Exists)",
    ],
  },
];
