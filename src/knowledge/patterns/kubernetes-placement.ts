import type { FailurePattern } from "../failure-pattern.js";
import {
  CLAIM,
  MAX_PODS,
  NODE_SELECTOR,
  SCHEDULING_REQUEST,
  STORAGE_CLASS,
  TOLERATIONS,
  VOLUME_MOUNT,
} from "./locators-kubernetes.js";

/** Getting a pod onto a node: the scheduler and the volumes it must bind. */
export const PLACEMENT_PATTERNS: FailurePattern[] = [
  {
    id: "sched-insufficient-resources",
    title: "Pod unschedulable: not enough CPU, memory or GPUs on any node",
    category: "scheduling",
    severity: "P2",
    rank: 4,
    keywords: ["insufficient", "failedscheduling"],
    matchers: [
      /nodes are available:.*?Insufficient (?<subject>[\w-]+(?:\.[\w-]+)*(?:\/[\w-]+)?)/,
      /\bInsufficient (?<subject>cpu|memory|ephemeral-storage|pods|nvidia\.com\/gpu|[\w.-]+\/gpu)\b/,
    ],
    fields: [{ kind: "k8s-event", fields: { reason: /^FailedScheduling$/, message: /Insufficient / } }],
    sources: [
      'kubernetes/kubernetes pkg/scheduler/framework/plugins/noderesources/fit.go ("Insufficient cpu", "Insufficient memory", "Insufficient ephemeral-storage", fmt.Sprintf("Insufficient %v", rName) for extended resources such as nvidia.com/gpu)',
      'kubernetes/kubernetes pkg/scheduler/framework/types.go (FitError: "0/%v nodes are available: %v.")',
    ],
    fixability: 0.2,
    subjectKind: "limit",
    cause:
      "No node has enough unreserved CPU, memory or GPUs for the pod's requests, so the scheduler leaves it Pending.",
    actions: [
      "Compare the pod's requests with `kubectl describe nodes` (Allocated resources); lower requests that are padded.",
      "Add capacity (a node pool with the resource, cluster-autoscaler) or free it by scaling something down.",
    ],
    confirm: [
      "The pod is Pending with a FailedScheduling event naming Insufficient <resource>.",
      "Allocatable minus allocated on every node is below the pod's request for that resource.",
    ],
    ruleOut: [
      "Nodes with room exist but are excluded by selectors or taints (the event names those instead).",
    ],
    repo: SCHEDULING_REQUEST,
  },
  {
    id: "sched-selector-affinity",
    title: "Pod unschedulable: no node matches its selector or affinity",
    category: "scheduling",
    severity: "P2",
    rank: 4,
    keywords: ["didn't match", "did not match"],
    matchers: [
      /node\(s\) didn't match (Pod's )?node (affinity\/)?selector/,
      /node\(s\) didn't match pod (anti-)?affinity rules/,
      /node\(s\) didn't match pod topology spread constraints/,
    ],
    sources: [
      "kubernetes/kubernetes pkg/scheduler/framework/plugins/nodeaffinity/node_affinity.go (ErrReasonPod \"node(s) didn't match Pod's node affinity/selector\")",
      'kubernetes/kubernetes pkg/scheduler/framework/plugins/interpodaffinity/filtering.go ("node(s) didn\'t match pod affinity rules", "node(s) didn\'t match pod anti-affinity rules")',
      'kubernetes/kubernetes pkg/scheduler/framework/plugins/podtopologyspread/filtering.go (ErrReasonConstraintsNotMatch "node(s) didn\'t match pod topology spread constraints")',
    ],
    fixability: 0.2,
    cause:
      "The pod's nodeSelector or (anti-)affinity rules exclude every node, often after a label changed or a node pool was replaced.",
    actions: [
      "Compare the pod's nodeSelector/affinity with `kubectl get nodes --show-labels`.",
      "Fix the label on the nodes or the selector in the manifest; anti-affinity needs as many nodes as replicas.",
    ],
    confirm: ["FailedScheduling events say `didn't match Pod's node affinity/selector` for every node."],
    ruleOut: ["A node carries every label the selector asks for and has room: then look at taints."],
    repo: NODE_SELECTOR,
  },
  {
    id: "sched-taints",
    title: "Pod unschedulable: nodes have taints it does not tolerate",
    category: "scheduling",
    severity: "P2",
    rank: 4,
    keywords: ["taint"],
    matchers: [
      /node\(s\) had (untolerated )?taints? \{(?<subject>[^}]+)\}/,
      /had taint \{[^}]+\}, that the pod didn't tolerate/,
      // Current schedulers no longer name the taint in the event.
      /node\(s\) had untolerated taint\(s\)/,
    ],
    sources: [
      'kubernetes/kubernetes pkg/scheduler/framework/plugins/tainttoleration/taint_toleration.go ("node(s) had untolerated taint {%s: %s}"; current releases fwk.NewStatus(fwk.UnschedulableAndUnresolvable, "node(s) had untolerated taint(s)"); before 1.25 "node(s) had taint {%s: %s}, that the pod didn\'t tolerate")',
    ],
    fixability: 0.2,
    subjectKind: "limit",
    cause:
      "Every node that could run the pod carries a taint the pod has no toleration for (a dedicated pool, or a condition taint such as disk-pressure or not-ready).",
    actions: [
      "Read the taint: a condition taint (node.kubernetes.io/…) means the node is unhealthy, fix the node.",
      "For a dedicated pool, add the matching toleration to the pod spec.",
    ],
    confirm: ["`kubectl describe node` lists the taint named in the FailedScheduling event."],
    ruleOut: ["Untainted nodes exist and are rejected for another reason named in the same event."],
    repo: TOLERATIONS,
  },
  {
    id: "sched-too-many-pods",
    title: "Pod unschedulable: nodes are at their pod limit",
    category: "scheduling",
    severity: "P2",
    rank: 4,
    keywords: ["too many pods"],
    matchers: [/nodes are available:.*\bToo many pods\b/, /\b\d+ Too many pods\b/],
    sources: [
      'kubernetes/kubernetes pkg/scheduler/framework/plugins/noderesources/fit.go ("Too many pods" when len(nodeInfo.Pods())+1 > AllowedPodNumber)',
    ],
    fixability: 0.1,
    cause:
      "Every node already runs its maximum number of pods (kubelet maxPods, or the IPs its network plugin can hand out).",
    actions: [
      "Add nodes, or raise maxPods where the CNI has addresses for them.",
      "Clean up completed or evicted pods that still count against the limit.",
    ],
    confirm: ["Pods per node (`kubectl get pods -A -o wide`) equals the node's allocatable pods."],
    ruleOut: ["Nodes are below their pod capacity: another reason blocks scheduling."],
    repo: MAX_PODS,
  },
  {
    id: "sched-unbound-pvc",
    title: "Pod unschedulable: its PersistentVolumeClaim is not bound",
    category: "storage",
    severity: "P2",
    rank: 3,
    keywords: ["unbound", "volume node affinity", "persistentvolumeclaim"],
    matchers: [
      /pod has unbound immediate PersistentVolumeClaims/,
      /node\(s\) had volume node affinity conflict/,
      /persistentvolumeclaim "(?<subject>[\w.-]+)" not found/,
    ],
    sources: [
      'kubernetes/kubernetes pkg/scheduler/framework/plugins/volumebinding/volume_binding.go ("pod has unbound immediate PersistentVolumeClaims", ErrReasonNodeConflict "node(s) had volume node affinity conflict")',
    ],
    fixability: 0.1,
    subjectKind: "service",
    consequenceOf: ["pvc-provisioning-failed"],
    cause:
      "The pod needs a volume claim that is not bound to a volume (none provisioned yet, the claim is missing, or the volume sits in another zone).",
    actions: [
      "`kubectl describe pvc` says why it is Pending: a missing StorageClass, a provisioner error or a zone.",
      "Create the claim or fix its storageClassName; for zone conflicts use WaitForFirstConsumer binding.",
    ],
    confirm: ["`kubectl get pvc` shows the claim Pending (or absent), with a ProvisioningFailed event."],
    ruleOut: ["The claim is Bound: the scheduling failure is about something else."],
    repo: CLAIM,
  },
  {
    id: "pvc-provisioning-failed",
    title: "Volume provisioning failed (StorageClass missing or provisioner error)",
    category: "storage",
    severity: "P2",
    rank: 2,
    keywords: ["provisioningfailed", "storageclass", "failed to provision"],
    matchers: [
      /storageclass\.storage\.k8s\.io "(?<subject>[\w.-]+)" not found/,
      /[Ff]ailed to provision volume with StorageClass "(?<subject>[\w.-]+)"/,
      /\bProvisioningFailed\b/,
    ],
    fields: [{ kind: "k8s-event", fields: { reason: /^ProvisioningFailed$/ } }],
    sources: [
      'kubernetes-sigs/sig-storage-lib-external-provisioner controller/controller.go (event ProvisioningFailed "failed to provision volume with StorageClass %q: %v")',
      'kubernetes/kubernetes pkg/controller/volume/persistentvolume/pv_controller.go (in-tree plugins: "Failed to provision volume with StorageClass %q: %v"; ProvisioningFailed with the API\'s NotFound text: storageclass.storage.k8s.io "%s" not found)',
    ],
    fixability: 0.3,
    subjectKind: "service",
    cause:
      "The claim names a StorageClass that does not exist, or the class's provisioner cannot create the volume (quota, permissions, zone).",
    actions: [
      "`kubectl get storageclass`: use an existing class name in the claim, or install the class.",
      "For provisioner errors, read the CSI controller's logs for the cloud API error.",
    ],
    confirm: ["A ProvisioningFailed event on the claim naming the class or the provisioner's error."],
    ruleOut: ["`kubectl get storageclass` lists the class and other claims with it bind."],
    repo: STORAGE_CLASS,
  },
  {
    id: "volume-mount-failed",
    title: "Volume cannot be attached or mounted",
    category: "storage",
    severity: "P2",
    rank: 5,
    keywords: ["mountvolume", "unable to attach or mount", "multi-attach", "failedmount"],
    matchers: [
      /MountVolume\.\w+ failed for volume "(?<subject>[\w.-]+)"/,
      /Unable to attach or mount volumes/,
      /Multi-Attach error for volume "(?<subject>[\w.-]+)"/,
      /\bFailedMount\b/,
    ],
    fields: [{ kind: "k8s-event", fields: { reason: /^(FailedMount|FailedAttachVolume)$/ } }],
    sources: [
      'kubernetes/kubernetes pkg/volume/util/operationexecutor/operation_generator.go (GenerateError("MountVolume.SetUp failed", …) → \'MountVolume.SetUp failed for volume "%s" : …\')',
      'kubernetes/kubernetes pkg/kubelet/kubelet.go (event FailedMount "Unable to attach or mount volumes: %v") and pkg/kubelet/volumemanager/volume_manager.go ("unmounted volumes=%v, unattached volumes=%v…")',
      'kubernetes/kubernetes pkg/controller/volume/attachdetach/reconciler/reconciler.go (FailedAttachVolume "Multi-Attach error for volume %q Volume is already exclusively attached to one node and can\'t be attached to another")',
    ],
    fixability: 0.2,
    subjectKind: "service",
    cause:
      "The kubelet cannot mount a volume the pod declares: a missing ConfigMap or Secret, a volume still attached to another node, or a storage backend error.",
    actions: [
      "Read the FailedMount message: a missing ConfigMap/Secret must be created in the pod's namespace.",
      "Multi-Attach: the old pod on another node still holds a ReadWriteOnce volume; wait or delete it.",
    ],
    confirm: ["FailedMount / FailedAttachVolume events on the pod naming the volume."],
    ruleOut: ["The pod's volumes are mounted (it reached Running): look at the container instead."],
    repo: VOLUME_MOUNT,
  },
];
