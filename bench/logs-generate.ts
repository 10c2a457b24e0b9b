/**
 * Generated HDFS-like and BGL-like log lines for the throughput benchmark: the shapes of those systems'
 * messages, with numbers, ids, addresses and times drawn at random so no two runs of lines repeat.
 */

/** Mulberry32: a small seeded generator, so a benchmark input is the same on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

export function hdfsLine(rand: () => number, i: number): string {
  const int = (n: number) => Math.floor(rand() * n);
  const block = `blk_${rand() < 0.5 ? "-" : ""}${int(9e15) + 1e15}`;
  const ip = () => `10.251.${int(255)}.${int(255)}`;
  const seconds = 20 * 3600 + Math.floor(i / 50);
  const time = `0811${pad(9 + Math.floor(seconds / 86400))} ${pad(Math.floor(seconds / 3600) % 24)}${pad(Math.floor(seconds / 60) % 60)}${pad(seconds % 60)}`;
  const pid = int(4000);
  switch (int(8)) {
    case 0:
      return `${time} ${pid} INFO dfs.DataNode$PacketResponder: PacketResponder ${int(3)} for block ${block} terminating`;
    case 1:
      return `${time} ${pid} INFO dfs.DataNode$PacketResponder: Received block ${block} of size ${int(67108864)} from /${ip()}`;
    case 2:
      return `${time} ${pid} INFO dfs.FSNamesystem: BLOCK* NameSystem.addStoredBlock: blockMap updated: ${ip()}:50010 is added to ${block} size ${int(67108864)}`;
    case 3:
      return `${time} ${pid} INFO dfs.DataNode$DataXceiver: Receiving block ${block} src: /${ip()}:${int(60000)} dest: /${ip()}:50010`;
    case 4:
      return `${time} ${pid} INFO dfs.FSNamesystem: BLOCK* NameSystem.allocateBlock: /user/root/rand/_temporary/_task_200811092030_0001_m_${pad(int(2000), 6)}_0/part-${pad(int(2000), 5)}. ${block}`;
    case 5:
      return `${time} ${pid} INFO dfs.FSDataset: Deleting block ${block} file /mnt/hadoop/dfs/data/current/subdir${int(64)}/${block}`;
    case 6:
      return `${time} ${pid} WARN dfs.DataNode$DataXceiver: ${ip()}:50010:Got exception while serving ${block} to /${ip()}:`;
    default:
      return `${time} ${pid} INFO dfs.DataNode$DataXceiver: ${ip()}:50010 Served block ${block} to /${ip()}`;
  }
}

export function bglLine(rand: () => number, i: number): string {
  const int = (n: number) => Math.floor(rand() * n);
  const hex = (n: number) => int(n).toString(16).padStart(8, "0");
  const node = `R${pad(int(64))}-M${int(2)}-N${"0123456789ABCDEF"[int(16)]}-C:J${pad(int(18))}-U${pad(int(2) * 10 + 1)}`;
  const epoch = 1117838570 + Math.floor(i / 20);
  const d = new Date(epoch * 1000);
  const date = `${d.getUTCFullYear()}.${pad(d.getUTCMonth() + 1)}.${pad(d.getUTCDate())}`;
  const stamp = `${date.replaceAll(".", "-")}-${pad(d.getUTCHours())}.${pad(d.getUTCMinutes())}.${pad(d.getUTCSeconds())}.${pad(int(1e6), 6)}`;
  const head = (label: string, level: string, component = "KERNEL") =>
    `${label} ${epoch} ${date} ${node} ${stamp} ${node} RAS ${component} ${level}`;
  switch (int(8)) {
    case 0:
      return `${head("-", "INFO")} instruction cache parity error corrected`;
    case 1:
      return `${head("-", "INFO")} ${int(100)} double-hummer alignment exceptions`;
    case 2:
      return `${head("-", "INFO")} CE sym ${int(40)}, at 0x${hex(2 ** 31)}, mask 0x${hex(256).slice(6)}`;
    case 3:
      return `${head("KERNDTLB", "FATAL")} data TLB error interrupt`;
    case 4:
      return `${head("-", "FATAL")} instruction address: 0x${hex(2 ** 20)}`;
    case 5:
      return `${head("APPREAD", "FATAL", "APP")} ciod: failed to read message prefix on control stream (CioStream socket to 172.16.${int(255)}.${int(255)}:${int(60000)}`;
    case 6:
      return `${head("-", "INFO")} generating core.${int(9000)}`;
    default:
      return `${head("KERNSTOR", "FATAL")} data storage interrupt`;
  }
}

export function generateLines(kind: "hdfs" | "bgl", count: number, seed = 42): string[] {
  const rand = seededRandom(seed);
  const make = kind === "hdfs" ? hdfsLine : bglLine;
  return Array.from({ length: count }, (_, i) => make(rand, i));
}
