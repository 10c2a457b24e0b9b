import type { FailurePattern, RepoLocator } from "../failure-pattern.js";
import { MANIFESTS } from "./locators.js";

const PDB_SETTINGS: RepoLocator[] = [
  {
    grep: "^\\s*(minAvailable|maxUnavailable):\\s*\\S+",
    files: MANIFESTS,
    within: "spec",
    what: "the PodDisruptionBudget's allowance",
  },
];

const SUBPATH_MOUNTS: RepoLocator[] = [
  { grep: "^\\s*subPath:\\s*\\S+", files: MANIFESTS, what: "the volume mount's subPath" },
];

/** Running the cluster itself: its DNS server, node drains, the mounts the runtime sets up. */
export const CLUSTER_OPERATION_PATTERNS: FailurePattern[] = [
  {
    id: "coredns-forward-loop",
    title: "CoreDNS detected a forwarding loop and exits",
    category: "dns",
    severity: "P1",
    rank: 12,
    keywords: ["plugin/loop"],
    matchers: [/plugin\/loop: Loop \([\d.:[\]a-f]+ -> :\d+\) detected for zone/],
    sources: [
      'coredns/coredns plugin/loop/loop.go ("Loop (%s -> %s) detected for zone %q, see https://coredns.io/plugins/loop#troubleshooting. Query: \\"HINFO %s\\"")',
    ],
    fixability: 0.1,
    cause:
      "CoreDNS forwards queries to the node's resolver, which points back at CoreDNS (systemd-resolved's local stub listener named in /etc/resolv.conf, or a resolver that forwards to the cluster DNS), so the loop plugin stops it: CoreDNS crash-loops and name resolution fails cluster-wide.",
    actions: [
      "Point the kubelet's --resolv-conf at the real upstream file (/run/systemd/resolve/resolv.conf on systemd-resolved hosts), or set `forward . UPSTREAM_IP` in the Corefile instead of /etc/resolv.conf.",
    ],
    confirm: ["The node's /etc/resolv.conf names systemd-resolved's local stub or the cluster DNS address."],
    ruleOut: ["CoreDNS runs and only upstream lookups time out: an upstream resolver problem."],
  },
  {
    id: "pdb-blocks-eviction",
    title: "Node drain blocked: a PodDisruptionBudget allows no eviction",
    category: "configuration",
    severity: "P3",
    rank: 30,
    keywords: ["violate the pod's disruption budget", "disruption budget"],
    matchers: [/Cannot evict pod as it would violate the pod's disruption budget/],
    minCount: 3,
    sources: [
      'kubernetes/kubernetes pkg/registry/core/pod/storage/eviction.go ("Cannot evict pod as it would violate the pod\'s disruption budget.")',
    ],
    fixability: 0.1,
    cause:
      "A drain (a node upgrade, the cluster autoscaler, a spot interruption handler) keeps retrying because a PodDisruptionBudget allows zero disruptions: minAvailable equals the replica count, maxUnavailable is 0, or the budget's pods are already unhealthy, so nothing may be evicted and the node never empties.",
    actions: [
      "`kubectl get pdb -A` and look for ALLOWED DISRUPTIONS 0; compare minAvailable/maxUnavailable with the workload's replicas and how many are Ready.",
      "Scale the workload up or relax the budget so one pod may go; if its pods are unhealthy, fix them first (an unhealthy pod still counts against the budget).",
    ],
    confirm: ["The budget covering the pod shows 0 allowed disruptions."],
    ruleOut: ["The budget allows disruptions and the eviction fails otherwise (a webhook, the API server)."],
    repo: PDB_SETTINGS,
  },
  {
    id: "container-mount-type-mismatch",
    title: "Container cannot start: a mount puts a file on a directory (or the reverse)",
    category: "configuration",
    severity: "P2",
    rank: 6,
    keywords: ["not a directory", "mount a directory onto a file", "is a directory"],
    matchers: [
      /error mounting "[^"]+" to rootfs at "(?<subject>[^"]+)":[^\n]*(?:not a directory|is a directory)/,
      /are you trying to mount a directory onto a file \(or vice-versa\)\?/,
    ],
    sources: [
      'opencontainers/runc libcontainer/rootfs_linux.go (error mounting %q to rootfs at %q: %w, with ENOTDIR "not a directory")',
      'moby/moby daemon (hint appended to ENOTDIR: "Are you trying to mount a directory onto a file (or vice-versa)? Check if the specified host path exists and is the expected type")',
    ],
    subjectKind: "file-path",
    fixability: 0.2,
    cause:
      "The runtime cannot set up a volume mount because the source and the target differ in type: a ConfigMap or Secret key mounted with subPath onto a path that is a directory in the image, a hostPath or bind mount whose host path does not exist yet (created as a directory) while the target is a file.",
    actions: [
      "Compare the mount's target path with what the image has there (`docker run --entrypoint ls IMAGE -ld PATH`) and the source's type.",
      "Mount the key onto a file path (subPath: KEY, mountPath: /dir/KEY), or mount the whole volume on a directory; create host paths before binding them.",
    ],
    confirm: ["The image holds a directory where the mount targets a file, or the reverse."],
    ruleOut: ["Types match and the error names permissions: a SELinux or read-only mount problem."],
    repo: SUBPATH_MOUNTS,
  },
];
