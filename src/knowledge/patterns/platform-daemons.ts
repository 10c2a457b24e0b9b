import type { FailurePattern } from "../failure-pattern.js";

/** Daemons a platform stands on: the secrets store, the cluster's key-value store, the container engine. */
export const PLATFORM_DAEMON_PATTERNS: FailurePattern[] = [
  {
    id: "vault-sealed",
    title: "Vault is sealed: secrets cannot be read",
    category: "dependency",
    severity: "P1",
    rank: 14,
    keywords: ["vault is sealed"],
    matchers: [/\bVault is sealed\b/],
    sources: ['hashicorp/vault vault/core.go (ErrSealed = errors.New("Vault is sealed"))'],
    fixability: 0.05,
    cause:
      "Vault restarted (or lost its auto-unseal key service) and is sealed, so every secret read fails with 503: services that fetch secrets at start or on renewal cannot start or lose their credentials.",
    actions: [
      "`vault status` on each node; unseal with the key holders, or fix auto-unseal (the KMS key and its permissions, the transit Vault).",
      "Find why it restarted (its log, the pod's events) so it does not seal again.",
    ],
    confirm: ["`vault status` shows Sealed true."],
    ruleOut: ["Vault is unsealed and answers 403: a token or policy problem instead."],
  },
  {
    id: "etcd-slow",
    title: "etcd is slow (disk or overload): requests time out, leaders change",
    category: "latency",
    severity: "P1",
    rank: 15,
    keywords: [
      "apply request took too long",
      "slow fdatasync",
      "etcdserver: request timed out",
      "etcdserver: leader changed",
      "failed to send out heartbeat on time",
    ],
    matchers: [
      /"apply request took too long"|apply (?:request|entries) took too long/,
      /"slow fdatasync"|\bslow fdatasync\b/,
      /etcdserver: request timed out/,
      /etcdserver: leader changed/,
      /failed to send out heartbeat on time/,
    ],
    minCount: 3,
    sources: [
      'etcd-io/etcd server/etcdserver/util.go ("apply request took too long"), server/storage/wal/wal.go ("slow fdatasync"), server/etcdserver/errors.go ("etcdserver: request timed out", "etcdserver: leader changed"), raft heartbeat warnings',
    ],
    fixability: 0.05,
    cause:
      "etcd cannot commit in time: its disk's fsync latency is too high (shared or throttled volume, noisy neighbour), or it is overloaded (large objects, many watches, an uncompacted database). The API server's requests to it time out and leaders change, so the whole control plane slows or errors.",
    actions: [
      "Check etcd_disk_wal_fsync_duration_seconds and backend commit latency (p99 should stay under ~10 ms / 25 ms); move etcd to dedicated low-latency disks.",
      "Look for overload: database size (`etcdctl endpoint status`), request rates by resource, missing compaction or defragmentation.",
    ],
    confirm: ["WAL fsync p99 above 10 ms or frequent leader elections while the warnings are logged."],
    ruleOut: ["Disk latency is low and one client floods it: that client's request pattern is the cause."],
  },
  {
    id: "docker-daemon-unreachable",
    title: "The Docker daemon is not reachable",
    category: "dependency",
    severity: "P2",
    rank: 18,
    keywords: ["cannot connect to the docker daemon", "is the docker daemon running"],
    matchers: [/Cannot connect to the Docker daemon at (?<subject>\S+?)\.? Is the docker daemon running\?/],
    sources: [
      'docker/cli cli/command/cli.go and docker/docker client/errors.go ("Cannot connect to the Docker daemon at %s. Is the docker daemon running?")',
    ],
    subjectKind: "file-path",
    fixability: 0.1,
    cause:
      "The Docker client finds no daemon at its socket: dockerd is stopped or crashed, the socket is not mounted into the container that needs it (CI runners, Docker-in-Docker), or DOCKER_HOST points elsewhere.",
    actions: [
      "`systemctl status docker` / `journalctl -u docker` on the host; for a runner, check the socket mount or the dind service.",
      "Check DOCKER_HOST and the socket's permissions for the user the client runs as.",
    ],
    confirm: ["The socket the message names does not exist or nothing listens on it."],
    ruleOut: ["The daemon runs and the client is refused with permission denied: group membership instead."],
  },
];
