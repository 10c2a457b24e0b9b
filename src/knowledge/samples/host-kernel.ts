import type { Sample } from "./sample.js";

export const HOST_KERNEL_SAMPLES: Record<string, Sample> = {
  "disk-io-error": {
    match: [
      "Dec 07 03:12:01 db-2 kernel: [881234.112233] blk_update_request: I/O error, dev nvme1n1, sector 1953521024 op 0x1:(WRITE) flags 0x800 phys_seg 1 prio class 0",
      "[ 5321.448812] I/O error, dev sdb, sector 41943040 op 0x0:(READ) flags 0x80700 phys_seg 1 prio class 2",
      "[881234.112301] Buffer I/O error on dev nvme1n1p1, logical block 244190128, lost async page write",
      "[881235.000101] EXT4-fs error (device nvme1n1p1): ext4_journal_check_start:83: Detected aborted journal",
      '[ 7712.120012] XFS (dm-0): metadata I/O error in "xfs_buf_ioend+0x1a4/0x3f0 [xfs]" at daddr 0x12e8 len 8 error 5',
      "[ 1021.551120] ata3.00: failed command: READ FPDMA QUEUED",
      "[ 3001.223310] nvme nvme0: I/O 712 QID 3 timeout, aborting",
      "[ 2201.998311] blk_update_request: critical medium error, dev sda, sector 2048 op 0x0:(READ) flags 0x0 phys_seg 1 prio class 0",
    ],
    nearMiss: [
      "[    2.112233] EXT4-fs (nvme1n1p1): mounted filesystem with ordered data mode. Opts: (null)",
      "[    3.000111] XFS (dm-0): Ending clean mount",
      "2026-12-07T10:00:00Z WARN upload: I/O error reading request body from client: unexpected EOF",
    ],
    subject: "nvme1n1",
  },
  "conntrack-table-full": {
    match: [
      "Dec 07 10:00:01 node-4 kernel: [99812.001] nf_conntrack: nf_conntrack: table full, dropping packet",
      "kernel: nf_conntrack: table full, dropping packet",
      "kernel: ip_conntrack: table full, dropping packet.",
    ],
    nearMiss: [
      "net.netfilter.nf_conntrack_max = 262144",
      'I1207 10:00:00.000000       1 conntrack.go:100] "Set sysctl" entry="net/netfilter/nf_conntrack_max" value=262144',
    ],
  },
  "storage-stalled": {
    match: [
      "Dec 07 04:00:00 nfs-client-1 kernel: [55120.1] nfs: server nfs-01 not responding, still trying",
      "kernel: nfs: server 10.0.0.40 not responding, timed out",
      "[55241.3] INFO: task java:3121 blocked for more than 120 seconds.",
      "kernel: INFO: task jbd2/sda1-8:412 blocked for more than 241 seconds.",
    ],
    nearMiss: [
      "Dec 07 04:03:10 nfs-client-1 kernel: [55310.2] nfs: server nfs-01 OK",
      '"echo 0 > /proc/sys/kernel/hung_task_timeout_secs" disables this message.',
      "2026-12-07T10:00:00Z WARN ui: page not responding for 5s, showing spinner",
    ],
    subject: "nfs-01",
  },
};
