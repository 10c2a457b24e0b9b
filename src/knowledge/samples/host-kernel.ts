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
  "jvm-gc-thrashing": {
    match: [
      "[2026-12-07T10:00:00.000+0000][gc] GC(812) To-space exhausted",
      "[2026-12-07T10:00:02.000+0000][gc] GC(813) Pause Full (G1 Compaction Pause) 8100M->8050M(8192M) 6123.456ms",
      "2026-12-07T10:00:05.000+0000: [Full GC (Ergonomics) [PSYoungGen: 87381K->0K(611840K)] [ParOldGen: 1397236K->1397100K(1397248K)] 1484617K->1397100K(2009088K), [Metaspace: 98765K->98765K(1140736K)], 4.1234567 secs] [Times: user=8.10 sys=0.05, real=4.12 secs]",
    ],
    nearMiss: [
      "[2026-12-07T10:00:02.000+0000][gc] GC(813) Pause Full (System.gc()) 2100M->350M(8192M) 412.456ms",
      "[2026-12-07T10:00:00.100+0000][gc] GC(812) Pause Young (Normal) (G1 Evacuation Pause) 1980M->950M(8192M) 12.123ms",
    ],
    belowCount: true,
  },
  "process-stalled": {
    match: [
      "2026-12-07 10:00:00.001  WARN 1 --- [l-1 housekeeper] com.zaxxer.hikari.pool.HikariPool        : HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta=1m2s15ms).",
      "HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta=48s).",
    ],
    nearMiss: [
      "HikariPool-1 - Pool stats (total=10, active=2, idle=8, waiting=0)",
      "HikariPool-1 - Start completed.",
    ],
    belowCount: true,
    subject: "1m2s15ms",
  },
  "pids-exhausted": {
    match: [
      "2026-12-07T10:00:00Z ERROR worker: fork/exec /usr/bin/convert: resource temporarily unavailable",
      "bash: fork: retry: Resource temporarily unavailable",
      "runtime/cgo: pthread_create failed: Resource temporarily unavailable",
      "RuntimeError: can't start new thread",
    ],
    nearMiss: [
      "read tcp 10.0.0.4:51234->10.0.0.9:443: read: resource temporarily unavailable",
      "pids.max = 4096",
    ],
  },
  "node-pressure": {
    match: [
      "  MemoryPressure       True    Mon, 07 Dec 2026 10:00:00 +0000   Mon, 07 Dec 2026 09:50:00 +0000   KubeletHasInsufficientMemory kubelet has insufficient memory available",
      "  PIDPressure          True    Mon, 07 Dec 2026 10:00:00 +0000   Mon, 07 Dec 2026 09:55:00 +0000   KubeletHasInsufficientPID    kubelet has insufficient PID available",
    ],
    nearMiss: [
      "  MemoryPressure       False   Mon, 07 Dec 2026 10:00:00 +0000   Mon, 07 Dec 2026 08:00:00 +0000   KubeletHasSufficientMemory   kubelet has sufficient memory available",
      "  DiskPressure         False   Mon, 07 Dec 2026 10:00:00 +0000   Mon, 07 Dec 2026 08:00:00 +0000   KubeletHasNoDiskPressure     kubelet has no disk pressure",
    ],
  },
};
