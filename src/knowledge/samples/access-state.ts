import type { Sample } from "./sample.js";

/** Real phrasings for the entries in patterns/access-state.ts, as the servers and runtimes print them. */
export const ACCESS_STATE_SAMPLES: Record<string, Sample> = {
  "db-auth-failed": {
    match: [
      '2026-12-07 01:00:31.789 UTC [412] FATAL:  password authentication failed for user "payments"',
      'psql: error: connection to server at "db.internal" (10.0.3.7), port 5432 failed: FATAL:  no pg_hba.conf entry for host "10.0.3.4", user "payments", database "shop", no encryption',
      "java.sql.SQLException: Access denied for user 'app'@'10.0.3.4' (using password: YES)",
      "ReplyError: NOAUTH Authentication required.",
      "redis.exceptions.AuthenticationError: WRONGPASS invalid username-password pair or user is disabled.",
    ],
    nearMiss: [
      "LOG:  connection authorized: user=payments database=shop application_name=api",
      "ERROR 1044 (42000): Access denied for user 'app'@'%' to database 'mysql'",
      "requirepass is set: clients must AUTH before other commands",
    ],
    subject: "payments",
  },
  "cloud-access-denied": {
    match: [
      "botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the GetObject operation: Access Denied",
      "An error occurred (AccessDeniedException) when calling the GetSecretValue operation: User: arn:aws:sts::123456789012:assumed-role/api-task/abc is not authorized to perform: secretsmanager:GetSecretValue on resource: prod/db",
      "googleapi: Error 403: api@shop-prod.iam.gserviceaccount.com does not have storage.objects.get access to the Google Cloud Storage object. Permission 'storage.objects.get' denied on resource (or it may not exist)., forbidden",
      "(AuthorizationFailed) The client 'f1d2…' with object id 'f1d2…' does not have authorization to perform action 'Microsoft.Storage/storageAccounts/listKeys/action' over scope '/subscriptions/…' or the scope is invalid.",
    ],
    nearMiss: [
      "An error occurred (NoSuchKey) when calling the GetObject operation: The specified key does not exist.",
      "IAM policy attached: s3:GetObject allowed on arn:aws:s3:::reports/*",
    ],
    subject: "GetObject",
  },
  "k8s-rbac-forbidden": {
    match: [
      'pods is forbidden: User "system:serviceaccount:shop:api" cannot list resource "pods" in API group "" in the namespace "shop"',
      'E1207 01:00:00.000000       1 reflector.go:147] Failed to watch *v1.Secret: failed to list *v1.Secret: secrets is forbidden: User "system:serviceaccount:ops:controller" cannot list resource "secrets" in API group "" at the cluster scope',
    ],
    nearMiss: [
      "rolebinding.rbac.authorization.k8s.io/api-reader created",
      'Warning: resource "pods" in API group "" is deprecated',
    ],
    subject: "system:serviceaccount:shop:api",
  },
  "read-only-filesystem": {
    match: [
      "Error: EROFS: read-only file system, open '/app/.cache/session.json'",
      "OSError: [Errno 30] Read-only file system: '/var/lib/app/uploads'",
      "open /data/index/segment-7.tmp: read-only file system",
      "write /data/cache/x.tmp: read-only file system",
      "Dec  7 01:00:00 node-3 kernel: [849.100963] EXT4-fs (sdb7): Remounting filesystem read-only",
    ],
    nearMiss: [
      "mounting /etc/config as read-only (configMap volume)",
      "securityContext: readOnlyRootFilesystem=true, /tmp mounted as emptyDir",
    ],
    subject: "/app/.cache/session.json",
  },
  "schema-missing": {
    match: [
      'django.db.utils.ProgrammingError: relation "orders_order" does not exist',
      'ERROR:  column "discount_code" of relation "orders" does not exist at character 42',
      "ERROR 1146 (42S02): Table 'shop.invoices' doesn't exist",
      "sqlite3.OperationalError: no such table: sessions",
      "java.sql.SQLSyntaxErrorException: Unknown column 'tenant_id' in 'where clause'",
    ],
    nearMiss: [
      'NOTICE:  relation "orders_order" already exists, skipping',
      'NOTICE:  table "orders_tmp" does not exist, skipping',
    ],
    subject: "orders_order",
  },
  "go-deadlock": {
    match: [
      "fatal error: all goroutines are asleep - deadlock!",
      "2026-12-07T01:00:00Z fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [semacquire]:\nsync.runtime_Semacquire(0xc000014138)",
    ],
    nearMiss: ["ERROR:  deadlock detected", 'level=info msg="worker pool drained; all goroutines stopped"'],
  },
};
