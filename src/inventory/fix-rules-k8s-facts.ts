import type { FixRule } from "./fix-rule.js";

/**
 * Kubernetes fixes whose truth is a fact the cluster shows (node labels) or the pod's own identity.
 */
export const K8S_FACT_RULES: readonly FixRule[] = [
  {
    id: "selector-matches-node",
    evidence:
      "the scheduler found no node matching the pod's node selector, and the node labels in the evidence (kubectl get nodes -L/--show-labels, describe node) carry one value near the selected one",
    change: "the nodeSelector value becomes the value the nodes carry",
    risk: "low",
    mustNot: [
      "remove the nodeSelector or add tolerations to get the pod scheduled",
      "choose between several values the nodes carry, or propose one with no node labels in the evidence",
    ],
  },
  {
    id: "volume-fsgroup",
    evidence:
      "a non-root container refused (EACCES, Errno 13) under a mounted volume whose ownership the kubelet manages, the pod setting no fsGroup",
    change: "the pod securityContext gains fsGroup: the group the container runs as",
    risk: "low",
    mustNot: [
      "run as root (runAsUser: 0), privileged, or with privilege escalation",
      "make the volume world-writable (chmod 777)",
      "set fsGroup on hostPath or NFS volumes, whose ownership it does not change",
    ],
  },
];
