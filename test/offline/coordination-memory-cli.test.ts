import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { builtCli as cli } from "../helpers/built-cli-harness.js";

const KAFKA_ZK = `[2026-12-07 04:37:50,001] INFO [Partition orders-3 broker=1] ISR updated to 1,2,3 (kafka.cluster.Partition)
[2026-12-07 04:38:25,589] WARN Client session timed out, have not heard from server in 19776ms for sessionid 0x3000c2420cb458d (org.apache.zookeeper.ClientCnxn)
[2026-12-07 04:38:25,954] INFO [Partition orders-3 broker=1] Shrinking ISR from 1,3,4,2 to 1,4,2 (kafka.cluster.Partition)
[2026-12-07 04:38:26,444] WARN Unable to reconnect to ZooKeeper service, session 0x3000c2420cb458d has expired (org.apache.zookeeper.ClientCnxn)
[2026-12-07 04:38:26,446] INFO [ZooKeeperClient Kafka server] Session expired. (kafka.zookeeper.ZooKeeperClient)
[2026-12-07 04:38:26,559] ERROR Uncaught exception in scheduled task 'isr-expiration' (kafka.utils.KafkaScheduler)
org.apache.zookeeper.KeeperException$SessionExpiredException: KeeperErrorCode = Session expired for /brokers/topics/orders/partitions/3/state
\tat org.apache.zookeeper.KeeperException.create(KeeperException.java:134)
[2026-12-07 04:38:27,002] INFO Creating /brokers/ids/1 (is it secure? false) (kafka.zk.KafkaZkClient)
`;

const NETTY_DIRECT = `2026-12-07 10:01:02.456 INFO  [http-nio-8080-exec-1] c.e.api.OrderController - GET /orders 200 12ms
2026-12-07 10:02:03.789 WARN  [nioEventLoopGroup-3-1] i.n.c.DefaultChannelPipeline - An exceptionCaught() event was fired, and it reached at the tail of the pipeline.
io.netty.handler.codec.DecoderException: java.lang.OutOfMemoryError: Direct buffer memory
\tat io.netty.handler.codec.ByteToMessageDecoder.channelRead(ByteToMessageDecoder.java:478)
Caused by: java.lang.OutOfMemoryError: Direct buffer memory
\tat java.base/java.nio.Bits.reserveMemory(Bits.java:175)
2026-12-07 10:02:04.001 ERROR [nioEventLoopGroup-3-2] c.e.api.Gateway - request failed
java.lang.OutOfMemoryError: Cannot reserve 1048576 bytes of direct buffer memory (allocated: 16777216, limit: 16777216)
\tat java.base/java.nio.Bits.reserveMemory(Bits.java:178)
`;

/** A web application's own session timeouts share the words and are no coordination failure. */
const WEB_SESSIONS = Array.from(
  { length: 6 },
  (_, i) => `2026-12-07T10:0${i}:00Z WARN auth: user ${i} redirected: Session expired. Please log in again.`,
).join("\n");

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function diagnose(log: string) {
  const root = mkdtempSync(join(tmpdir(), "coord-mem-e2e-"));
  dirs.push(root);
  writeFileSync(join(root, "app.log"), log);
  const res = await cli(["diagnose", "--format", "json", "--log", "app.log"], { cwd: root });
  return JSON.parse(res.stdout) as {
    diagnosis?: { category: string; rootCause: string; patterns?: string[] };
  };
}

describe("coordination and non-heap JVM memory through the CLI", () => {
  it("names a Kafka broker's expired ZooKeeper session as the cause, not the timeouts before it", async () => {
    const run = await diagnose(KAFKA_ZK);
    expect(run.diagnosis?.category).toBe("dependency");
    expect(run.diagnosis?.patterns?.[0]).toBe("zookeeper-session-expired");
    expect(run.diagnosis?.rootCause).toMatch(/session expired/i);
  }, 30_000);

  it("reads direct buffer exhaustion as direct memory, with no heap finding beside it", async () => {
    const run = await diagnose(NETTY_DIRECT);
    expect(run.diagnosis?.category).toBe("out_of_memory");
    expect(run.diagnosis?.patterns).toContain("oom-jvm-direct-memory");
    expect(run.diagnosis?.patterns).not.toContain("oom-jvm");
    expect(run.diagnosis?.rootCause).toMatch(/MaxDirectMemorySize/);
  }, 30_000);

  it("leaves a web application's expired login sessions alone", async () => {
    const run = await diagnose(WEB_SESSIONS);
    expect(run.diagnosis?.patterns ?? []).not.toContain("zookeeper-session-expired");
    expect(run.diagnosis?.category).not.toBe("dependency");
  }, 30_000);
});
