import type { FailurePattern } from "../failure-pattern.js";
import { IMAGE_PULL_DENIED, IMAGE_PULL_SECRET, IMAGE_REF } from "./locators-kubernetes.js";

/** Getting a pod's images: a tag that does not exist, a registry that refuses, pulls backing off. */
export const IMAGE_PATTERNS: FailurePattern[] = [
  {
    id: "image-not-found",
    title: "Image cannot be pulled: the tag or repository does not exist",
    category: "image_pull",
    severity: "P2",
    rank: 3,
    keywords: [
      "manifest unknown",
      "failed to resolve reference",
      "repository does not exist",
      "manifest for",
    ],
    matchers: [
      /manifest for (?<subject>\S+) not found: manifest unknown/,
      /failed to resolve reference "(?<subject>[^"]+)": \S+ not found/,
      /repository does not exist or may require 'docker login'/,
      /\bmanifest unknown\b/,
    ],
    sources: [
      'moby/moby distribution/errors.go ("manifest for %s not found: %v" and "pull access denied for %s, repository does not exist or may require \'docker login\'")',
      'containerd/containerd remotes/docker/resolver.go ("%s: not found", wrapped by the CRI plugin as "failed to pull and unpack image %q: failed to resolve reference %q: …")',
    ],
    fixability: 0.3,
    subjectKind: "service",
    cause:
      "The image reference points at a tag or repository the registry does not have (a typo, a tag never pushed, or a build that failed).",
    actions: [
      "Check the image reference in the manifest against the registry's tags.",
      "Roll back to the last image that exists, then fix the pipeline that should have pushed it.",
    ],
    confirm: ["`crane manifest IMAGE` / `docker manifest inspect IMAGE` fails with not found."],
    ruleOut: ["The tag exists and other nodes pull it: then look at registry credentials or network."],
    repo: IMAGE_REF,
  },
  {
    id: "image-pull-unauthorized",
    // Not ending in "credentials": "credentials: 3 matching" in a summary reads as an assigned secret and is redacted.
    title: "Image cannot be pulled: the registry rejects the pull as unauthorized",
    category: "image_pull",
    severity: "P2",
    rank: 3,
    keywords: [
      "unauthorized",
      "pull access denied",
      "no basic auth credentials",
      "denied:",
      "unable to retrieve pull secret",
    ],
    matchers: [
      /pull access denied for (?<subject>[\w./:-]+)/,
      /unauthorized: authentication required/,
      /no basic auth credentials/,
      /401 Unauthorized/,
      /denied: requested access to the resource is denied/,
      // The kubelet pulls without the secret it names: the registry then answers 401 to an anonymous pull.
      /Unable to retrieve pull secret[^\n]*?secret \\*"(?<subject>[\w.-]+)\\*" not found/,
    ],
    // An HTTP access log's 401 is not a pull; containerd's own token request ("GET request to") is.
    exclude: [
      /\b(?:GET|POST)\b(?![^\n]*?(?:request to https?:\/\/[^\s"]*\/(?:token|v2\/)|pull(?:ing)? (?:and unpack )?image))/,
    ],
    sources: [
      'distribution/distribution registry/api/errcode/register.go (ErrorCodeUnauthorized "authentication required", ErrorCodeDenied "requested access to the resource is denied")',
      'distribution/distribution registry/client/auth/session.go (ErrNoBasicAuthCredentials "no basic auth credentials", when no credentials are configured for the registry)',
    ],
    fixability: 0.1,
    subjectKind: "service",
    cause:
      "The registry rejects the pull: the pod has no imagePullSecret for it, or the secret's token expired or lacks access.",
    actions: [
      "Check the pod's imagePullSecrets and that the secret's registry host matches the image's.",
      "Refresh the token (ECR tokens expire after 12 hours) and retry the pull.",
    ],
    confirm: ["Failed events say unauthorized / pull access denied for the image."],
    ruleOut: ["The same credentials pull the image by hand: look at the tag or the network."],
    repo: [...IMAGE_PULL_SECRET, ...IMAGE_REF],
  },
  {
    id: "image-pull-backoff",
    title: "Image pull failing (ErrImagePull / ImagePullBackOff)",
    category: "image_pull",
    severity: "P2",
    rank: 6,
    keywords: ["imagepullbackoff", "errimagepull", "back-off pulling image", "failed to pull image"],
    matchers: [
      /Failed to pull image "(?<subject>[^"]+)"/,
      /Back-off pulling image "(?<subject>[^"]+)"/,
      /\b(ErrImagePull|ImagePullBackOff)\b/,
    ],
    fields: [{ kind: "k8s-object", fields: { status: /^(ErrImagePull|ImagePullBackOff)$/ } }],
    sources: [
      'kubernetes/kubernetes pkg/kubelet/images/image_manager.go ("Back-off pulling image %q", event BackOff; ErrImagePullBackOff)',
    ],
    fixability: 0.2,
    subjectKind: "service",
    consequenceOf: [
      "image-not-found",
      "image-pull-unauthorized",
      "image-platform-missing",
      "dns-failure",
      "dependency-timeout",
    ],
    cause:
      "The kubelet cannot pull the container image, so the pod never starts; the pull error says whether the tag, the credentials or the registry's reachability is at fault.",
    actions: [
      "Read the Failed event's message (`kubectl describe pod`): not found, unauthorized, or a timeout.",
      "Pull the exact reference by hand from a node to reproduce it.",
    ],
    confirm: ["The pod's container is Waiting with reason ErrImagePull or ImagePullBackOff."],
    ruleOut: ["The image is present on the node (`crictl images`) and the container started."],
    repo: [...IMAGE_PULL_DENIED, ...IMAGE_REF, ...IMAGE_PULL_SECRET],
  },
  {
    id: "image-pull-rate-limited",
    title: "Image cannot be pulled: the registry's pull rate limit is reached",
    category: "image_pull",
    severity: "P2",
    rank: 3,
    keywords: ["toomanyrequests"],
    matchers: [
      /toomanyrequests: You have reached your pull rate limit/,
      /toomanyrequests: Too Many Requests/i,
    ],
    sources: [
      'https://docs.docker.com/docker-hub/usage/pulls/ ("ERROR: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit")',
      'distribution/distribution registry/api/errcode/register.go (ErrorCodeTooManyRequests "toomanyrequests")',
    ],
    fixability: 0.1,
    cause:
      "The registry refuses pulls because a rate limit was reached: Docker Hub limits anonymous pulls per source IP (every node behind one NAT shares it) and authenticated pulls per account, so scale-ups and rollouts that pull many images at once start failing.",
    actions: [
      "Pull authenticated (an imagePullSecret for Docker Hub on the pods or the namespace's default service account), or mirror the images into your own registry or a pull-through cache.",
      "Pin images by digest and use imagePullPolicy: IfNotPresent so nodes do not re-pull on every start.",
    ],
    confirm: [
      "The failing images all come from the same registry (docker.io), and pulls of other registries work.",
    ],
    ruleOut: ["The error says unauthorized or not found: that is credentials or the tag, not a rate limit."],
    repo: [...IMAGE_PULL_SECRET, ...IMAGE_REF],
  },
];
