import type { FailurePattern, RepoLocator } from "../failure-pattern.js";
import { CONFIG, MANIFESTS } from "./locators.js";

const SETTINGS = new RegExp(`${CONFIG.source}|${MANIFESTS.source}`, "i");

const ETCD_QUOTA: RepoLocator[] = [
  {
    grep: "quota-backend-bytes|quota_backend_bytes|auto-compaction",
    files: SETTINGS,
    what: "etcd's backend quota or compaction",
  },
];

const ACME_ISSUER: RepoLocator[] = [
  {
    grep: "acme-v02|acme-staging|letsencrypt|certResolver|acme\\.json|ClusterIssuer",
    files: SETTINGS,
    what: "the ACME issuer and where its certificates are kept",
  },
];

/**
 * Limits a service enforces to protect itself or others: etcd's backend quota, an ACME certificate authority's
 * rate limits, PostgreSQL's stop before transaction ids wrap around.
 */
export const SERVICE_QUOTA_PATTERNS: FailurePattern[] = [
  {
    id: "etcd-space-exceeded",
    title: "etcd over its space quota: the NOSPACE alarm blocks writes",
    category: "resource_limits",
    severity: "P1",
    rank: 9,
    keywords: ["database space exceeded", "alarm:nospace"],
    matchers: [/mvcc: database space exceeded/, /\balarm:NOSPACE\b/],
    sources: [
      'etcd-io/etcd api/v3rpc/rpctypes/error.go (ErrGRPCNoSpace: "etcdserver: mvcc: database space exceeded")',
      "https://etcd.io/docs/v3.5/op-guide/maintenance/#space-quota (alarm:NOSPACE; compact, defrag, alarm disarm)",
    ],
    fixability: 0.1,
    cause:
      "etcd's data outgrew its backend quota (--quota-backend-bytes, 2 GiB by default): etcd raised the NOSPACE alarm and now accepts only reads and deletes, so the Kubernetes API server (or whatever keeps its state there) fails every write. Old revisions were not compacted, or something writes far faster than usual (a controller updating objects in a loop, a flood of Events).",
    actions: [
      "Find what grew (`etcdctl endpoint status` for the DB size, object counts per resource) and stop a writer in a loop first.",
      "Compact to the current revision, defragment every member, then `etcdctl alarm disarm`; raise --quota-backend-bytes (8 GiB at most) only if the data is legitimately larger.",
    ],
    confirm: ["`etcdctl alarm list` shows alarm:NOSPACE and `endpoint status` a DB size at the quota."],
    ruleOut: [
      "The DB size is far below the quota: the disk itself is full (look at the data directory's filesystem).",
    ],
    repo: ETCD_QUOTA,
  },
  {
    id: "acme-rate-limited",
    title: "Certificate authority rate limit: new certificates refused",
    category: "tls",
    severity: "P2",
    rank: 20,
    keywords: ["acme:error:ratelimited", "too many certificates", "too many failed authorizations"],
    matchers: [
      /urn:(?:ietf:params:)?acme:error:rateLimited/,
      /too many certificates (?:\(\d+\) )?already issued for (?:the )?exact set of (?:domains|identifiers)/,
      /too many failed authorizations recently/,
    ],
    sources: [
      "https://www.rfc-editor.org/rfc/rfc8555#section-6.7 (urn:ietf:params:acme:error:rateLimited)",
      'https://letsencrypt.org/docs/rate-limits/ ("too many certificates already issued for exact set of domains", "too many failed authorizations recently")',
    ],
    fixability: 0.1,
    cause:
      "The ACME certificate authority (Let's Encrypt) refuses new orders for these names: a rate limit was hit (duplicate certificates per week, failed validations per hour, new orders). Almost always something re-requests certificates in a loop: issued certificates are not kept (a proxy's acme.json or an issuer's Secret not persisted across restarts or deploys), or a failing challenge is retried.",
    actions: [
      "Stop the loop: keep issued certificates (a volume for acme.json, a Secret that survives deploys) and get the challenge passing against the CA's staging endpoint first.",
      "Wait out the window the error names (retry after …); certificates already issued keep working until they expire.",
    ],
    confirm: [
      "The issuer's log shows many orders for the same names in the days before, each a fresh certificate.",
    ],
    ruleOut: [
      "Only one or two orders were made: the limit is shared with another system issuing for the same names.",
    ],
    repo: ACME_ISSUER,
  },
  {
    id: "pg-xid-wraparound",
    title: "PostgreSQL stops writes to avoid transaction ID wraparound",
    category: "resource_limits",
    severity: "P1",
    rank: 11,
    keywords: ["wraparound", "must be vacuumed within"],
    matchers: [
      /database is not accepting commands (?:that assign new transaction IDs )?to avoid wraparound data loss in database "(?<subject>[^"]+)"/,
      /database "(?<subject>[^"]+)" must be vacuumed within \d+ transactions/,
      /database with OID \d+ must be vacuumed within \d+ transactions/,
    ],
    sources: [
      'postgres/postgres src/backend/access/transam/varsup.c ("database is not accepting commands to avoid wraparound data loss in database "%s""; from 16 "…that assign new transaction IDs…"; WARNING "database "%s" must be vacuumed within %u transactions")',
    ],
    fixability: 0.05,
    cause:
      "PostgreSQL is running out of transaction IDs: autovacuum has not frozen old rows (blocked by a long-running transaction, an abandoned replication slot or prepared transaction, or throttled too hard), so the server first warns and then refuses every write to avoid wraparound data loss.",
    actions: [
      "Find what holds back the xmin horizon: long transactions in pg_stat_activity, pg_replication_slots and pg_prepared_xacts; end them.",
      "Then VACUUM (FREEZE) the oldest tables (`SELECT relname, age(relfrozenxid) FROM pg_class ORDER BY 2 DESC`); in the refusing state only a superuser VACUUM (or single-user mode on old versions) gets out.",
    ],
    confirm: ["`SELECT datname, age(datfrozenxid) FROM pg_database` near 2 billion for the named database."],
    ruleOut: [
      "age(datfrozenxid) far below autovacuum_freeze_max_age: the warning came from another cluster.",
    ],
  },
  {
    id: "acme-challenge-failed",
    title: "Certificate renewal stuck: the ACME challenge cannot be validated",
    category: "tls",
    severity: "P2",
    rank: 24,
    keywords: [
      "propagation check failed",
      "challenge propagation",
      "acme-challenge",
      "acme:error:unauthorized",
      "acme:error:connection",
      "challenge failed",
      "not yet propagated",
    ],
    matchers: [
      /"propagation check failed"|Waiting for (?:HTTP|DNS)-01 challenge propagation/,
      /failed to perform self check GET request '?https?:\/\/(?<subject>[\w.-]+)\/\.well-known\/acme-challenge/,
      /urn:ietf:params:acme:error:(?:unauthorized|connection|dns|incorrectResponse)\b/,
      /Challenge failed for domain (?<subject>[\w.-]+)/,
    ],
    minCount: 2,
    sources: [
      'cert-manager/cert-manager pkg/controller/acmechallenges/sync.go ("propagation check failed"; "Waiting for HTTP-01 challenge propagation: …", "failed to perform self check GET request \'%s\'")',
      'https://letsencrypt.org/docs/challenge-types/ and RFC 8555 §6.7 (urn:ietf:params:acme:error:unauthorized, connection, dns, incorrectResponse); certbot ("Challenge failed for domain %s")',
    ],
    subjectKind: "host",
    fixability: 0.1,
    cause:
      "The certificate authority (or cert-manager's own self-check) cannot validate the ACME challenge for the domain: HTTP-01 requests to /.well-known/acme-challenge/ do not reach the solver (DNS points elsewhere, a firewall, an ingress rule or redirect that swallows the path), or the DNS-01 record is not visible. The certificate is not renewed and expires if nothing changes.",
    actions: [
      "`kubectl describe challenge -A` for the exact failure; fetch http://DOMAIN/.well-known/acme-challenge/TOKEN from outside the cluster.",
      "Check the domain's DNS points at the ingress, that port 80 is open to the internet for HTTP-01, and that no redirect or auth rule covers the challenge path; for DNS-01, the record with `dig TXT _acme-challenge.DOMAIN`.",
    ],
    confirm: ["The challenge URL does not return the token from the internet, or the TXT record is absent."],
    ruleOut: ["The CA answers rateLimited: acme-rate-limited, not validation."],
    repo: ACME_ISSUER,
  },
];
