import type { Sample } from "./sample.js";

export const COORDINATION_SAMPLES: Record<string, Sample> = {
  "zookeeper-session-expired": {
    match: [
      "[2026-12-07 04:38:26,444] WARN Unable to reconnect to ZooKeeper service, session 0x3000c2420cb458d has expired (org.apache.zookeeper.ClientCnxn)",
      "org.apache.zookeeper.KeeperException$SessionExpiredException: KeeperErrorCode = Session expired for /brokers/topics/orders/partitions/3/state",
      "2026-12-07 01:58:10,422 FATAL [main-EventThread] regionserver.HRegionServer: ABORTING region server rs1,16020,1519732610839: regionserver:16020-0x161d6c1ae910001, quorum=zk1:2181,zk2:2181,zk3:2181, baseZNode=/hbase regionserver:16020-0x161d6c1ae910001 received expired from ZooKeeper, aborting",
      "2026-12-07 02:00:01.000 WARN  (zkConnectionManagerCallback-6-thread-1) [   ] o.a.s.c.c.ConnectionManager Our previous ZooKeeper session was expired. Attempting to reconnect to recover relationship with ZooKeeper...",
      "2026.12.07 02:21:54.755633 [ 13211 ] {} <Error> default.events: Code: 999. Coordination::Exception: Session expired. (KEEPER_EXCEPTION)",
      "2026.12.07 02:21:55.000000 [ 13212 ] {} <Warning> default.events (ReplicatedMergeTreeRestartingThread): ZooKeeper session has expired. Switching to a new session.",
      "[2026-12-07 02:00:03,101] INFO [ZooKeeperClient Kafka server] Session expired. (kafka.zookeeper.ZooKeeperClient)",
      "2026-12-07 02:00:03,101 INFO org.I0Itec.zkclient.ZkClient: zookeeper state changed (Expired)",
      "[2026/12/07-02:00:03][kazoo.client][INFO]: Zookeeper session lost, state: EXPIRED_SESSION",
      "2026-12-07 02:00:03.101  INFO 1 --- [ain-EventThread] o.a.c.f.state.ConnectionStateManager     : State change: LOST",
    ],
    nearMiss: [
      "2026-12-07 02:00:03,101 [myid:1] - INFO  [SessionTracker:ZooKeeperServer@398] - Expiring session 0x14ed93111f2002e, timeout of 10000ms exceeded",
      "[2026/12/07-02:00:03][kazoo.client][INFO]: Zookeeper session lost, state: CLOSED",
      "Session expired. Please log in again.",
      "zookeeper.session.timeout.ms=18000",
      "2026-12-07 02:00:03,101 INFO  [main-SendThread(zk1:2181)] org.apache.zookeeper.ClientCnxn: Session establishment complete on server zk1/10.0.0.5:2181, session id = 0x100a3f6e2b40001, negotiated timeout = 18000",
    ],
  },
  "zookeeper-connection-loss": {
    match: [
      "org.apache.zookeeper.KeeperException$ConnectionLossException: KeeperErrorCode = ConnectionLoss for /hbase/meta-region-server",
      "[2026-12-07 02:00:01,589] WARN Client session timed out, have not heard from server in 59776ms for sessionid 0x178c3db58820015 (org.apache.zookeeper.ClientCnxn)",
      "2026-12-07 02:00:01.000 ERROR (qtp1-20) [c:orders s:shard1 r:core_node3 x:orders_shard1_replica_n1] o.a.s.h.RequestHandlerBase org.apache.solr.common.SolrException: Cannot talk to ZooKeeper - Updates are disabled.",
      "2026.12.07 02:21:54.755633 [ 13211 ] {} <Error> default.events: Code: 242. DB::Exception: Table is in readonly mode (replica path: /clickhouse/tables/01/default/events/replicas/ch1). (TABLE_IS_READ_ONLY)",
      "Code: 999. Coordination::Exception: Coordination error: Connection loss.",
    ],
    nearMiss: [
      "Code: 242. DB::Exception: Table is in readonly mode due to shutdown: replica path: /clickhouse/tables/01/default/events/replicas/ch1. (TABLE_IS_READ_ONLY)",
      "2026-12-07 02:00:01,000 INFO  [main-SendThread(zk1:2181)] org.apache.zookeeper.ClientCnxn: Socket connection established, initiating session, client: /10.0.0.7:51432, server: zk1/10.0.0.5:2181",
    ],
    belowCount: true,
  },
};
