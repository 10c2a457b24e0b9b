import type { Sample } from "./sample.js";

export const PLATFORM_MIGRATION_SAMPLES: Record<string, Sample> = {
  "function-timeout": {
    match: [
      "2026-12-07T10:00:31.130Z 6f1c2a4e-1b2c-4d5e-8f9a-0b1c2d3e4f5a Task timed out after 30.00 seconds",
      "Function execution took 60002 ms, finished with status: 'timeout'",
      "Timeout value of 00:05:00 exceeded by function 'Functions.ImportOrders' (Id: '0f5a7d7e-1c1b-4a55-9e2f-3c5f5d8a1b2c'). Initiating cancellation.",
      "REPORT RequestId: 6f1c2a4e-1b2c-4d5e-8f9a-0b1c2d3e4f5a\tDuration: 30000.00 ms\tBilled Duration: 30000 ms\tMemory Size: 512 MB\tMax Memory Used: 143 MB\tStatus: timeout",
      "2026-12-07T10:00:05.000Z [error] FUNCTION_INVOCATION_TIMEOUT iad1::abc12-1733565600000-123",
    ],
    nearMiss: [
      "REPORT RequestId: 6f1c2a4e-1b2c-4d5e-8f9a-0b1c2d3e4f5a\tDuration: 120.11 ms\tBilled Duration: 121 ms\tMemory Size: 512 MB\tMax Memory Used: 143 MB",
      "Function execution took 812 ms, finished with status code: 200",
    ],
    subject: "30.00",
  },
  "function-out-of-memory": {
    match: [
      "Memory limit of 512 MiB exceeded with 530 MiB used. Consider increasing the memory limit, see https://cloud.google.com/run/docs/configuring/memory-limits",
      "RequestId: 11111111-2222-3333-4444-555555555555 Error: Runtime exited with error: signal: killed",
      '{"errorType":"Runtime.OutOfMemory","errorMessage":"RequestId: 1111 Error: Runtime exited with error: signal: killed"}',
      "Function execution took 1420 ms, finished with status: 'out of memory'",
      "Exceeded soft memory limit of 256 MB with 270 MB after servicing 12 requests total. Consider setting a larger instance class in app.yaml.",
      "Ran out of memory (used over 512MB) while running your code.",
      "Error: memory limit exceeded.",
    ],
    nearMiss: [
      "REPORT RequestId: 1111\tDuration: 8123.45 ms\tBilled Duration: 8124 ms\tMemory Size: 1024 MB\tMax Memory Used: 310 MB",
      "2026-12-07T10:00:00Z INFO cache: memory limit of 256 MiB reached, evicting 120 entries",
    ],
    subject: "512 MiB",
  },
  "migration-history-mismatch": {
    match: [
      "org.flywaydb.core.api.exception.FlywayValidateException: Validate failed: Migrations have failed validation\nMigration checksum mismatch for migration version 42",
      "Migration checksum mismatch for migration version 1.7",
      "Detected applied migration not resolved locally: 2.3.",
      "alembic.util.exc.CommandError: Can't locate revision identified by 'a1b2c3d4e5f6'",
      "django.db.migrations.exceptions.InconsistentMigrationHistory: Migration orders.0012_refund is applied before its dependency orders.0011_invoice on database 'default'.",
      "ActiveRecord::PendingMigrationError: Migrations are pending. To resolve this issue, run: bin/rails db:migrate RAILS_ENV=production",
      "liquibase.exception.ValidationFailedException: Validation Failed:\n     1 changesets check sum",
    ],
    nearMiss: [
      "Successfully validated 42 migrations (execution time 00:00.031s)",
      "INFO  [alembic.runtime.migration] Running upgrade a1b2c3d4e5f6 -> b2c3d4e5f6a7, add refunds",
    ],
    subject: "42",
  },
  "migration-lock-held": {
    match: [
      "liquibase.exception.LockException: Could not acquire change log lock.  Currently locked by 10.244.1.17 (10.244.1.17) since 12/6/26, 11:02 PM",
      "2026-12-07 10:00:00.001  INFO 1 --- [main] liquibase.lockservice : Waiting for changelog lock....",
      "MigrationLocked: Migration table is already locked",
    ],
    nearMiss: ["Successfully acquired change log lock", "Successfully released change log lock"],
    belowCount: true,
  },
  "tls-plaintext-mismatch": {
    match: [
      'Post "https://billing.internal:8080/charge": http: server gave HTTP response to HTTPS client',
      "requests.exceptions.SSLError: HTTPSConnectionPool(host='billing.internal', port=8080): Max retries exceeded with url: /charge (Caused by SSLError(SSLError(1, '[SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1129)')))",
      "javax.net.ssl.SSLException: Unrecognized SSL message, plaintext connection?",
      "<center>The plain HTTP request was sent to HTTPS port</center>",
      "http: TLS handshake error from 10.0.0.7:51234: tls: first record does not look like a TLS handshake",
      "curl: (35) error:0A00010B:SSL routines::wrong version number",
      "SSL routines:ssl3_get_record:wrong version number",
    ],
    nearMiss: [
      "TLS handshake completed, protocol TLSv1.3, cipher TLS_AES_128_GCM_SHA256",
      "x509: certificate signed by unknown authority",
    ],
  },
  "pg-xid-wraparound": {
    match: [
      '2026-12-07 11:00:00.001 UTC [412] ERROR:  database is not accepting commands to avoid wraparound data loss in database "orders"',
      'ERROR:  database is not accepting commands that assign new transaction IDs to avoid wraparound data loss in database "orders"',
      '2026-12-07 10:00:00.001 UTC [331] WARNING:  database "orders" must be vacuumed within 10985967 transactions',
    ],
    nearMiss: [
      'LOG:  automatic aggressive vacuum to prevent wraparound of table "orders.public.events": index scans: 1',
      "autovacuum_freeze_max_age = 200000000",
    ],
    subject: "orders",
  },
  "platform-start-port-timeout": {
    match: [
      "ERROR: (gcloud.run.deploy) Revision 'api-00012-xyz' is not ready and cannot serve traffic. The user-provided container failed to start and listen on the port defined provided by the PORT=8080 environment variable. Logs for this revision might contain more information.",
      "2026-12-07T10:00:00.100Z ERROR - Container api_0_1a2b didn't respond to HTTP pings on port: 8080, failing site start. See container logs for debugging.",
      "2026-12-07T10:00:00.000Z ERROR - Container api_0_1a2b for site api did not start within expected time limit. Elapsed time = 230.6 sec",
    ],
    nearMiss: [
      "Service [api] revision [api-00012-xyz] has been deployed and is serving 100 percent of traffic.",
      "2026-12-07T10:00:00.000Z INFO  - Container api_0_1a2b for site api initialized successfully and is ready to serve requests.",
    ],
    subject: "8080",
  },
};
