import type { RepoLocator } from "../failure-pattern.js";
import { COMPOSE, MANIFESTS, MEMORY_LIMIT } from "./locators.js";

/**
 * Kubernetes settings whose one line is usually the cause: cited, never changed (which value is right depends
 * on the nodes, the registry or the cluster, none of which the repository holds). Several hits for one locator
 * are ranked by the detective: the line whose value the evidence names, then the container it names.
 */

const QUANTITY = '"?[\\d.]+[a-zA-Z]*"?\\s*(#.*)?$';
const MANIFESTS_OR_COMPOSE = new RegExp(`${MANIFESTS.source}|${COMPOSE.source}`, "i");

/** `{subject}` is the resource the scheduler found short: cpu, memory, nvidia.com/gpu, ephemeral-storage. */
export const SCHEDULING_REQUEST: RepoLocator[] = [
  {
    grep: `^\\s*"?{subject}"?:\\s*${QUANTITY}`,
    files: MANIFESTS,
    within: "requests",
    what: "the container's resource request, which no node can fit",
  },
  {
    // Extended resources such as GPUs are often set as limits only; the request then equals the limit.
    grep: `^\\s*"?{subject}"?:\\s*${QUANTITY}`,
    files: MANIFESTS,
    within: "limits",
    what: "the container's resource limit (the request defaults to it), which no node can fit",
  },
];

export const NODE_SELECTOR: RepoLocator[] = [
  {
    grep: '^\\s*"?[\\w./-]+"?:\\s*"?[\\w.-]+"?\\s*(#.*)?$',
    files: MANIFESTS,
    within: "nodeSelector",
    what: "the nodeSelector label no node carries",
  },
  {
    grep: "^\\s*-?\\s*key:\\s*\\S+",
    files: MANIFESTS,
    within: "nodeAffinity",
    what: "the node affinity term no node satisfies",
  },
];

export const TOLERATIONS: RepoLocator[] = [
  { grep: "^\\s*-?\\s*key:\\s*\\S+", files: MANIFESTS, within: "tolerations", what: "the pod's toleration" },
  {
    grep: `^\\s*"?[\\w.-]+/gpu"?:\\s*${QUANTITY}`,
    files: MANIFESTS,
    within: "limits",
    what: "the GPU the pod asks for, whose nodes are tainted and not tolerated",
  },
  {
    grep: "^\\s*nodeSelector:",
    files: MANIFESTS,
    what: "the node selector steering the pod to tainted nodes",
  },
];

export const MAX_PODS: RepoLocator[] = [
  { grep: "^\\s*maxPods:\\s*\\d+", files: /\.ya?ml$/, what: "the kubelet's maxPods" },
  { grep: "--max-pods[= ]\\d+", files: /\.(ya?ml|sh|tf|json|conf)$/, what: "the kubelet's --max-pods" },
];

/** `{subject}` is the image reference the pull named. */
export const IMAGE_REF: RepoLocator[] = [
  {
    grep: '^\\s*-?\\s*image:\\s*"?{subject}"?\\s*(#.*)?$',
    files: MANIFESTS_OR_COMPOSE,
    what: "the image reference the registry does not have",
  },
  { grep: "^\\s*newTag:\\s*\\S+", files: MANIFESTS, within: "images", what: "the Kustomize image tag" },
  { grep: "^\\s*tag:\\s*\\S+", files: MANIFESTS, within: "image", what: "the chart's image tag" },
  { grep: "^\\s*-?\\s*image:\\s*\\S+", files: MANIFESTS_OR_COMPOSE, what: "the image reference" },
];

export const IMAGE_PULL_SECRET: RepoLocator[] = [
  {
    grep: "^\\s*-?\\s*name:\\s*\\S+",
    files: MANIFESTS,
    within: "imagePullSecrets",
    what: "the image pull secret the pod names",
  },
];

/** A pull the registry refused (not a tag it lacks): the pull secret first, whatever else failed. */
export const IMAGE_PULL_DENIED: RepoLocator[] = IMAGE_PULL_SECRET.map((locator) => ({
  ...locator,
  when: /unauthorized|failed to authorize|authentication required|access denied|denied:|403 Forbidden/i,
}));

/** exec format error: the image was built for another CPU architecture than the node's. */
export const IMAGE_ARCH: RepoLocator[] = [
  {
    grep: "^FROM\\s+--platform=\\S+",
    files: /(^|\/)Dockerfile[\w.-]*$/,
    what: "the platform the image is built for",
  },
  {
    grep: "--platform[= ]\\S+",
    files: /\.(ya?ml|sh)$|Makefile$/,
    what: "the platform the image is built for",
  },
  { grep: "^\\s*-?\\s*image:\\s*\\S+", files: MANIFESTS_OR_COMPOSE, what: "the image the node cannot run" },
];

/** `{subject}` is the storage class the provisioner did not find. */
export const STORAGE_CLASS: RepoLocator[] = [
  {
    grep: '^\\s*storageClassName:\\s*"?{subject}"?\\s*(#.*)?$',
    files: MANIFESTS,
    what: "the storage class the cluster does not have",
  },
  { grep: "^\\s*storageClassName:\\s*\\S+", files: MANIFESTS, what: "the claim's storage class" },
];

/** `{subject}` is the claim the pod names. */
export const CLAIM: RepoLocator[] = [
  { grep: '^\\s*claimName:\\s*"?{subject}"?\\s*$', files: MANIFESTS, what: "the claim the pod names" },
  ...STORAGE_CLASS.slice(1),
];

/** `{subject}` is the ConfigMap, Secret or key the kubelet did not find; the message says which kind. */
export const CONFIG_REFERENCE: RepoLocator[] = [
  {
    grep: '^\\s*-?\\s*(name|secretName|key):\\s*"?{subject}"?\\s*(#.*)?$',
    files: MANIFESTS,
    what: "the reference to the ConfigMap, Secret or key that does not exist",
  },
  {
    grep: "^\\s*name:\\s*\\S+",
    files: MANIFESTS,
    within: "configMap",
    when: /configmap "[^"]+" not found/i,
    what: "the ConfigMap a volume names",
  },
  {
    grep: "^\\s*secretName:\\s*\\S+",
    files: MANIFESTS,
    when: /secrets? "[^"]+" not found/i,
    what: "the Secret a volume names",
  },
  {
    grep: "^\\s*-?\\s*key:\\s*\\S+",
    files: MANIFESTS,
    within: "secretKeyRef",
    when: /couldn't find key \\S+ in Secret/i,
    what: "the Secret key the pod reads",
  },
  {
    grep: "^\\s*-?\\s*key:\\s*\\S+",
    files: MANIFESTS,
    within: "configMapKeyRef",
    when: /couldn't find key \\S+ in ConfigMap/i,
    what: "the ConfigMap key the pod reads",
  },
];

/** A ReadWriteOnce volume attached by two pods: a rolling update or several replicas sharing one claim. */
export const MULTI_ATTACH: RepoLocator[] = [
  {
    grep: "^\\s*type:\\s*RollingUpdate",
    files: MANIFESTS,
    within: "strategy",
    what: "the rolling update that starts a second pod on the ReadWriteOnce claim",
  },
  {
    grep: "^\\s*-\\s*ReadWriteOnce\\s*$",
    files: MANIFESTS,
    within: "accessModes",
    what: "the claim's access mode",
  },
];

export const VOLUME_MOUNT: RepoLocator[] = [...CONFIG_REFERENCE.slice(1, 3), ...MULTI_ATTACH];

/** Permission denied on a volume: the user the pod runs as, and the group that would own the volume. */
export const RUN_AS: RepoLocator[] = [
  { grep: "^\\s*runAsUser:\\s*\\d+", files: MANIFESTS, what: "the user the pod runs as" },
  { grep: "^\\s*fsGroup:\\s*\\d+", files: MANIFESTS, what: "the group the volume is given" },
  { grep: '^\\s*user:\\s*"?[\\w:-]+"?\\s*$', files: COMPOSE, what: "the user the service runs as" },
];

export const EPHEMERAL_STORAGE: RepoLocator[] = [
  {
    grep: `^\\s*ephemeral-storage:\\s*${QUANTITY}`,
    files: MANIFESTS,
    within: "limits",
    when: /exceeds the (total )?limit|exceeds its limit/i,
    what: "the ephemeral-storage limit",
  },
  { grep: `^\\s*sizeLimit:\\s*${QUANTITY}`, files: MANIFESTS, what: "the emptyDir's size limit" },
  { grep: "^\\s*emptyDir:", files: MANIFESTS, what: "the emptyDir written to the node's disk" },
];

/** Evicted under node memory pressure: the pod using the most over its request goes first. */
export const MEMORY_REQUEST: RepoLocator[] = [
  {
    grep: `^\\s*memory:\\s*${QUANTITY}`,
    files: MANIFESTS,
    within: "requests",
    what: "the container's memory request",
  },
  ...MEMORY_LIMIT.map(({ fix: _fix, ...locator }) => locator),
];

export const CPU_LIMIT: RepoLocator[] = [
  { grep: `^\\s*cpu:\\s*${QUANTITY}`, files: MANIFESTS, within: "limits", what: "the container's CPU limit" },
  { grep: "^\\s*cpus:\\s*\\S+", files: COMPOSE, what: "the service's CPU limit" },
  { grep: "^CPUQuota=\\d+", files: /\.service$/, what: "the unit's CPU quota" },
];

/**
 * The probe's settings, by what the probe saw: nothing listening (its port), a 404 (its path), a slow answer
 * or an error while the app starts (how soon and how often it gives up).
 */
function probe(kind: "livenessProbe" | "readinessProbe"): RepoLocator[] {
  const at = { files: MANIFESTS, within: kind };
  return [
    { grep: "^\\s*port:\\s*\\S+", ...at, when: /connection refused/i, what: `the ${kind}'s port` },
    { grep: "^\\s*path:\\s*\\S+", ...at, when: /statuscode: 404\b/, what: `the ${kind}'s path` },
    {
      grep: "^\\s*initialDelaySeconds:\\s*\\d+",
      ...at,
      // Only a liveness probe kills a slow start; a readiness probe's delay only holds traffic back.
      ...(kind === "livenessProbe" ? { fix: "raise-probe-delay" as const } : {}),
      what: `the ${kind}'s initial delay`,
    },
    { grep: "^\\s*failureThreshold:\\s*\\d+", ...at, what: `the ${kind}'s failure threshold` },
    { grep: "^\\s*timeoutSeconds:\\s*\\d+", ...at, what: `the ${kind}'s timeout` },
    { grep: `^\\s*${kind}:`, files: MANIFESTS, what: `the ${kind}` },
  ];
}
export const LIVENESS_PROBE = probe("livenessProbe");
export const READINESS_PROBE = probe("readinessProbe");

export const JOB_DEADLINE: RepoLocator[] = [
  {
    grep: "^\\s*activeDeadlineSeconds:\\s*\\d+",
    files: MANIFESTS,
    fix: "raise-job-deadline",
    what: "the Job's deadline",
  },
];

/** A Job that fails every retry: the command it runs (a script path the image no longer has), then the limit. */
export const JOB_BACKOFF: RepoLocator[] = [
  { grep: "^\\s*-?\\s*(command|args):", files: MANIFESTS, what: "the command the Job runs" },
  { grep: "^\\s*backoffLimit:\\s*\\d+", files: MANIFESTS, what: "the Job's backoff limit" },
];
