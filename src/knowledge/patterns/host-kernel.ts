import type { FailurePattern } from "../failure-pattern.js";

/** What a host's kernel says when the machine under a service fails: disks, storage that stops answering, its connection table. */
export const HOST_KERNEL_PATTERNS: FailurePattern[] = [
  {
    id: "disk-io-error",
    title: "Disk I/O errors: the block device or its filesystem is failing",
    category: "storage",
    severity: "P1",
    rank: 9,
    keywords: [
      "i/o error",
      "ext4-fs error",
      "xfs",
      "medium error",
      "failed command",
      "critical medium error",
      "unrecovered read error",
      " qid ",
    ],
    matchers: [
      /\bI\/O error, dev (?<subject>[\w-]+), sector \d+/,
      /\bBuffer I\/O error on dev(?:ice)? (?<subject>[\w-]+)/,
      /\bEXT4-fs error \(device (?<subject>[\w-]+)\)/,
      /\bXFS \((?<subject>[\w-]+)\): (?:metadata I\/O error|Corruption of in-memory data detected|log I\/O error)/,
      /\bcritical (?:medium|target) error, dev (?<subject>[\w-]+)/,
      /\bSense Key : Medium Error\b|\bUnrecovered read error\b/,
      /\bata\d+(?:\.\d+)?: failed command: (?:READ|WRITE)/,
      /\bnvme\d+: I\/O \d+ QID \d+ timeout, (?:aborting|reset controller)/,
    ],
    sources: [
      'torvalds/linux block/blk-core.c (print_req_error: "%s error, dev %s, sector %llu op 0x%x:(%s) flags 0x%x phys_seg %u prio class %u"; "blk_update_request: I/O error" before 5.x)',
      'torvalds/linux fs/buffer.c ("Buffer I/O error on dev %pg, logical block %llu"), fs/ext4/super.c ("EXT4-fs error (device %s): %s:%d: "), fs/xfs/xfs_message.c',
      'torvalds/linux drivers/ata/libata-eh.c ("failed command: %s"), drivers/nvme/host/pci.c ("I/O %d QID %d timeout, aborting")',
    ],
    fixability: 0.05,
    cause:
      "The disk under the service returns I/O errors (failing media, a detached cloud volume, a controller timing out): writes are lost, and the kernel remounts the filesystem read-only to protect it, so everything writing there fails next.",
    actions: [
      "Move the workload off this host or volume now (fail over the database to a replica); do not remount read-write.",
      "Check the device: `dmesg -T | grep -i 'error'`, `smartctl -a /dev/DEVICE` or the cloud volume's status, then fsck from a rescue system before reuse.",
    ],
    confirm: [
      "`dmesg` shows the errors on one device; SMART or the cloud console reports it degraded or detached.",
    ],
    ruleOut: [
      "No kernel I/O errors and the mount was read-only from the start: a read-only mount by configuration.",
    ],
  },
  {
    id: "conntrack-table-full",
    title: "Connection tracking table full: the kernel drops packets",
    category: "resource_limits",
    severity: "P1",
    rank: 14,
    keywords: ["conntrack: table full"],
    matchers: [/nf_conntrack: table full, dropping packet/, /ip_conntrack: table full, dropping packet/],
    sources: [
      'torvalds/linux net/netfilter/nf_conntrack_core.c (net_warn_ratelimited("nf_conntrack: table full, dropping packet\\n"))',
    ],
    fixability: 0.2,
    cause:
      "The host's netfilter connection-tracking table is at nf_conntrack_max, so new connections' packets are dropped: clients see timeouts and resets although every service is up. Many short connections (no keep-alive, NodePort or kube-proxy traffic, a connection flood) fill it.",
    actions: [
      "Compare `sysctl net.netfilter.nf_conntrack_count` with `net.netfilter.nf_conntrack_max`; `conntrack -S` shows drops.",
      "Raise nf_conntrack_max (kube-proxy's --conntrack-max-per-core on Kubernetes nodes) and lower nf_conntrack_tcp_timeout_time_wait; make clients reuse connections.",
    ],
    confirm: ["nf_conntrack_count equals nf_conntrack_max while the drops are logged."],
    ruleOut: ["The count stays far below the maximum: the drops come from a firewall rule, not the table."],
  },
  {
    id: "storage-stalled",
    title: "Storage stopped answering: NFS server not responding, tasks blocked on I/O",
    category: "storage",
    severity: "P1",
    rank: 10,
    keywords: ["not responding", "blocked for more than"],
    matchers: [
      /\bnfs: server (?<subject>[\w.-]+) not responding, (?:still trying|timed out)/,
      /\bINFO: task [^\s:]+:\d+ blocked for more than \d+ seconds/,
    ],
    // The kernel prints "nfs: server X OK" when the server answers again.
    exclude: [/\bnfs: server [\w.-]+ OK\b/],
    sources: [
      'torvalds/linux fs/nfs/client.c and net/sunrpc/clnt.c ("%s: server %s not responding, still trying" / "timed out"; "%s: server %s OK")',
      'torvalds/linux kernel/hung_task.c ("INFO: task %s:%d blocked for more than %ld seconds.")',
    ],
    subjectKind: "host",
    fixability: 0.05,
    cause:
      "The storage the service reads and writes stopped answering (an NFS server, a network block device, a disk that hangs): processes wait in uninterruptible I/O, so requests hang without errors and the service looks frozen rather than failed.",
    actions: [
      "Check the storage server named in the kernel log (its load, its network path, `showmount -e` / `rpcinfo -p` for NFS) and `ps -eo pid,stat,wchan:32,cmd | awk '$2 ~ /D/'` for the blocked processes.",
      "If the server is gone for good, fail the workload over; a hard NFS mount keeps processes blocked until it returns.",
    ],
    confirm: [
      "Processes in state D waiting on nfs or the block device; the storage server unreachable or saturated.",
    ],
    ruleOut: [
      "`nfs: server … OK` follows soon after and nothing failed: a brief stall the service rode out.",
    ],
  },
];
