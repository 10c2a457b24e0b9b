import type { FailurePattern } from "../failure-pattern.js";

/**
 * Coordination services (ZooKeeper and its clients: Kafka, HBase, Curator, Solr, ClickHouse, kazoo): a lost
 * session takes the client's ephemeral nodes, locks and leadership with it, so the services built on it stop
 * writing, abort or re-elect. Each client words the loss its own way; the ZooKeeper server's routine
 * `Expiring session` lines for clients that went away are not in here.
 */
export const COORDINATION_PATTERNS: FailurePattern[] = [
  {
    id: "zookeeper-session-expired",
    title: "ZooKeeper session expired: ephemeral nodes, locks and leadership lost",
    category: "dependency",
    severity: "P1",
    rank: 20,
    keywords: [
      "session expired",
      "zookeeper service, session",
      "received expired from zookeeper",
      "zookeeper session",
      "state change: lost",
      "zookeeperclientexpiredexception",
      "zookeeper state changed (expired)",
    ],
    matchers: [
      /KeeperErrorCode = Session expired/,
      /Unable to reconnect to ZooKeeper service, session 0x[0-9a-f]+ has expired/,
      /received expired from ZooKeeper/,
      /Our previous ZooKeeper session was expired/,
      /Coordination::Exception: (?:Coordination error: )?Session expired/,
      /ZooKeeper session has (?:been )?expired/i,
      /zookeeper state changed \(Expired\)/,
      /\[ZooKeeperClient[^\]\n]*\] Session expired/,
      /ZooKeeperClientExpiredException: Session expired/,
      /Zookeeper session lost, state: EXPIRED_SESSION/i,
      /ConnectionStateManager\b[^\n]*State change: LOST/,
      // Applications' own words around Curator's LOST or kazoo's LOST state.
      /\bZoo[Kk]eeper session\b[^\n]{0,40}?\b(?:lost|LOST|expired)\b/,
    ],
    // kazoo says "session lost, state: CLOSED" when the application closes its client on purpose.
    exclude: [/session lost, state: CLOSED/i],
    sources: [
      'apache/zookeeper zookeeper-server/src/main/java/org/apache/zookeeper/ClientCnxn.java (onConnected: "Unable to reconnect to ZooKeeper service, session 0x%s has expired"; KeeperException.SessionExpiredException "KeeperErrorCode = Session expired for …")',
      'apache/hbase hbase-zookeeper/src/main/java/org/apache/hadoop/hbase/zookeeper/ZKWatcher.java (connectionEvent Expired: identifier + " received expired from ZooKeeper, aborting")',
      'apache/solr solr/solrj-zookeeper/src/java/org/apache/solr/common/cloud/ConnectionManager.java ("Our previous ZooKeeper session was expired. Attempting to reconnect to recover relationship with ZooKeeper...")',
      'apache/kafka core/src/main/scala/kafka/zookeeper/ZooKeeperClient.scala (scheduleSessionExpiryHandler: info("Session expired."), logged with the "[ZooKeeperClient Kafka server] " prefix; ZooKeeperClientExpiredException "Session expired either before or while waiting for connection")',
      'ClickHouse/ClickHouse src/Storages/MergeTree/ReplicatedMergeTreeRestartingThread.cpp ("ZooKeeper session has expired. Switching to a new session."); Coordination::Exception "Session expired" (KEEPER_EXCEPTION, code 999)',
      'python-zk/kazoo kazoo/client.py (_session_callback: "Zookeeper session lost, state: %s" with EXPIRED_SESSION, AUTH_FAILED or CLOSED)',
      'apache/curator curator-framework/src/main/java/org/apache/curator/framework/state/ConnectionStateManager.java (postState: "State change: " + state)',
    ],
    consequenceOf: ["oom-jvm", "oom-jvm-gc-overhead"],
    fixability: 0.1,
    cause:
      "A ZooKeeper client's session expired: the ensemble heard nothing from it for longer than the session timeout, so it deleted the client's ephemeral nodes (broker or region-server registrations, locks, leader latches) and the client must start over. A Kafka broker drops out of the cluster and the controller moves its partitions, an HBase region server aborts, Solr disables updates, ClickHouse replicated tables go read-only. The usual causes are a long stop-the-world GC pause or a stalled VM on the client, a network partition to the ensemble, or an overloaded ZooKeeper (slow fsync on its transaction log, lost quorum).",
    actions: [
      "Look at the client just before the expiry: GC logs for a pause longer than the session timeout (and heap pressure), CPU steal or throttling, a host freeze.",
      "Check the ensemble at that time: `echo mntr | nc zk 2181` (zk_avg_latency, zk_outstanding_requests), `fsync-ing the write ahead log … took` warnings, leader elections, and the network between client and ensemble.",
      "Raise the session timeout (zookeeper.session.timeout.ms, zookeeper.session.timeout, Curator sessionTimeoutMs) only once the pause itself is understood; it must stay within the server's maxSessionTimeout.",
    ],
    confirm: [
      "`Client session timed out, have not heard from server in Nms` on the client precedes the expiry, with a GC pause or network gap of that length.",
    ],
    ruleOut: [
      "The session was closed on purpose (a shutdown, `Session: 0x… closed`): a restart, not an expiry.",
      "Only the ZooKeeper server logs `Expiring session … timeout … exceeded` for clients that were stopped: routine clean-up.",
    ],
    repo: [
      {
        grep: "zookeeper\\.session\\.timeout(\\.ms)?\\s*[=:]\\s*\\d+|sessionTimeoutMs|session_timeout_ms",
        files: /\.(properties|ya?ml|xml|conf|cfg|json)$/i,
        what: "the ZooKeeper session timeout",
      },
    ],
  },
  {
    id: "zookeeper-connection-loss",
    title: "ZooKeeper unreachable: connection lost, coordinated writes refused",
    category: "dependency",
    severity: "P2",
    rank: 38,
    keywords: [
      "connectionloss",
      "connection loss",
      "client session timed out",
      "cannot talk to zookeeper",
      "table is in readonly mode",
      "state change: suspended",
    ],
    matchers: [
      /KeeperErrorCode = ConnectionLoss/,
      /Coordination::Exception: (?:Coordination error: )?Connection loss/,
      /Client session timed out, have not heard from server in \d+ms for session ?id 0x[0-9a-f]+/,
      /Cannot talk to ZooKeeper - Updates are disabled/,
      // ClickHouse's replicated table without a live Keeper session (not the shutdown or metadata variants).
      /Table is in readonly mode \(replica path: /,
      /ConnectionStateManager\b[^\n]*State change: SUSPENDED/,
    ],
    minCount: 3,
    incidental: true,
    sources: [
      'apache/zookeeper zookeeper-server/src/main/java/org/apache/zookeeper/ClientCnxn.java (SessionTimeoutException "Client session timed out, have not heard from server in %dms for session id 0x%s"; KeeperException.ConnectionLossException "KeeperErrorCode = ConnectionLoss")',
      'apache/solr solr/core/src/java/org/apache/solr/update/processor/DistributedZkUpdateProcessor.java (SERVICE_UNAVAILABLE "Cannot talk to ZooKeeper - Updates are disabled.")',
      'ClickHouse/ClickHouse src/Storages/StorageReplicatedMergeTree.cpp (TABLE_IS_READ_ONLY, code 242: "Table is in readonly mode (replica path: {})"); Coordination::Exception "Connection loss"',
      'apache/curator curator-framework/src/main/java/org/apache/curator/framework/state/ConnectionStateManager.java (postState: "State change: SUSPENDED")',
    ],
    consequenceOf: ["zookeeper-session-expired", "oom-jvm", "oom-jvm-gc-overhead"],
    fixability: 0.1,
    cause:
      "Clients keep losing their connection to ZooKeeper (ConnectionLoss, sessions timing out), and the services that need it for coordination refuse writes meanwhile (Solr disables updates, ClickHouse replicated tables are read-only): the ensemble is down, has lost quorum or is overloaded, the network to it drops, or the client pauses (GC) longer than its timeouts.",
    actions: [
      "Check the ensemble: `echo ruok | nc zk 2181` and `echo mntr | nc zk 2181` on each server (zk_server_state, zk_avg_latency, quorum), and its log for elections or slow fsync.",
      "Compare the client's GC pauses and network errors with the moments of connection loss.",
    ],
    confirm: ["The ZooKeeper servers were unreachable, electing a leader or slow at the same moments."],
    ruleOut: ["Reconnects succeed within a second and nothing refuses writes: a blip, not the incident."],
  },
];
