import type { Sample } from "./sample.js";

/** Phrasings for src/knowledge/patterns/service-config.ts. */
export const SERVICE_CONFIG_SAMPLES: Record<string, Sample> = {
  "healthcheck-command-missing": {
    match: [
      'Health check of container shop-web-1 failed (exit -1): OCI runtime exec failed: exec failed: unable to start container process: exec: "wget": executable file not found in $PATH: unknown',
      "Health check of the container failed (exit 127): /bin/sh: 1: curl: not found",
      '      "Output": "OCI runtime exec failed: exec failed: unable to start container process: exec: \\"curl\\": executable file not found in $PATH: unknown"',

      'Warning  Unhealthy  kubelet  Liveness probe errored: rpc error: code = Unknown desc = failed to exec in container: OCI runtime exec failed: exec failed: unable to start container process: exec: "grpc_health_probe": executable file not found in $PATH: unknown',
    ],
    nearMiss: [
      "Health check of container shop-web-1 failed (exit 1): curl: (7) Failed to connect to localhost port 8080: Connection refused",
      'OCI runtime create failed: runc create failed: unable to start container process: exec: "/app/server": executable file not found in $PATH',
    ],
    subject: "wget",
  },
  "tls-ca-bundle-missing": {
    match: [
      "OSError: Could not find a suitable TLS CA certificate bundle, invalid path: /opt/certs/internal-root.crt",
      "Warning: Ignoring extra certs from `/run/secrets/extra-ca.pem`, load failed: error:80000002:system library::No such file or directory",
      "curl: (77) error setting certificate verify locations:  CAfile: /etc/pki/custom/bundle.crt CApath: none",
    ],
    nearMiss: [
      "using CA bundle /etc/ssl/certs/ca-certificates.crt (143 certificates)",
      "x509: certificate signed by unknown authority",
    ],
    subject: "/opt/certs/internal-root.crt",
  },
  "dotnet-config-file-missing": {
    match: [
      "System.IO.FileNotFoundException: The configuration file 'appsettings.Staging.json' was not found and is not optional. The expected physical path was '/srv/app/appsettings.Staging.json'.",
      "Unhandled exception. System.IO.FileNotFoundException: The configuration file 'secrets/connection.json' was not found and is not optional.",
    ],
    nearMiss: [
      "info: Loaded configuration file 'appsettings.json' (optional: false)",
      "The configuration file 'appsettings.Local.json' was not found; it is optional and was skipped",
    ],
    subject: "appsettings.Staging.json",
  },
  "dotnet-di-unresolved": {
    match: [
      "System.InvalidOperationException: Unable to resolve service for type 'Contoso.Billing.IInvoiceStore' while attempting to activate 'Contoso.Billing.InvoicesController'.",
      "InvalidOperationException: Unable to resolve service for type 'IClock' while attempting to activate 'Scheduler.Worker'.",
    ],
    nearMiss: [
      "dbug: Microsoft.Extensions.DependencyInjection resolved service for type 'IClock'",
      "Unable to resolve host 'billing-db': Name or service not known",
    ],
    subject: "IInvoiceStore",
  },
  "upstream-keepalive-race": {
    match: [
      '2026/03/02 10:14:07 [error] 31#31: *88121 upstream prematurely closed connection while reading response header from upstream, client: 10.1.4.7, server: shop.example.org, request: "GET /cart HTTP/1.1", upstream: "http://10.1.9.3:8000/cart", host: "shop.example.org"',
      '2026/03/02 10:14:09 [error] 31#31: *88140 recv() failed (104: Connection reset by peer) while reading response header from upstream, client: 10.1.4.8, server: shop.example.org, request: "POST /cart HTTP/1.1", upstream: "http://10.1.9.3:8000/cart"',
    ],
    nearMiss: [
      "2026/03/02 10:14:07 [error] 31#31: *88121 upstream prematurely closed connection while reading upstream, client: 10.1.4.7",
      "2026/03/02 10:14:07 [error] 31#31: *88122 connect() failed (111: Connection refused) while connecting to upstream",
    ],
  },
  "systemd-exec-failed": {
    match: [
      "Dec 21 08:14:02 lab359 systemd[1]: acme-backup.service: Failed at step EXEC spawning /usr/local/bin/acme-backupd: No such file or directory",
      "May  2 23:00:16 c8 systemd[21010]: my-service.service: Failed at step EXEC spawning /home/worker/src/backend/bin/my-service: Permission denied",
      "Dec 07 03:05:01 web-1 systemd[1]: api.service: Main process exited, code=exited, status=203/EXEC",
      "kubelet.service: Failed to locate executable /usr/etc/kubelet: No such file or directory",
    ],
    nearMiss: [
      "Dec 07 03:05:01 web-1 systemd[1]: api.service: Main process exited, code=exited, status=1/FAILURE",
      "ExecStart=/opt/api/bin/api --config /etc/api.yml",
    ],
    subject: "/usr/local/bin/acme-backupd",
  },
};
