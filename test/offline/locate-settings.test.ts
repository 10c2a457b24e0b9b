import { describe, expect, it } from "vitest";
import { findingFrom, locate } from "./locate-helpers.js";

const COMPOSE = `services:
  api:
    image: ghcr.io/acme/api:2.3.0
    environment:
      # PAYMENTS_TIMEOUT: "30"
      PAYMENTS_TIMEOUT: "2"
      NO_PROXY: localhost,127.0.0.1
    pids_limit: 512
  indexer:
    image: ghcr.io/acme/indexer:1.0.4
    environment:
      JAVA_OPTS: "-Xmx1g -Xss256k -XX:MaxMetaspaceSize=96m"
    pids_limit: 128
  cache:
    image: redis:7.2
    command: ["redis-server", "/usr/local/etc/redis/redis.conf"]
`;

const NGINX = `upstream reports {
    server reports:8000;
}
server {
    listen 80;
    location /health {
        proxy_read_timeout 5s;
        proxy_pass http://reports;
    }
    location /api/exports/ {
        # proxy_read_timeout 300s;
        proxy_read_timeout 30s;
        proxy_pass http://reports;
    }
}
`;

describe("setting locators cite the line a person on call would open", () => {
  it("nginx upstream timeout: the proxy_read_timeout of the location the request names, not a commented one", () => {
    const f = findingFrom("dependency-timeout", [
      '2026/11/24 16:06:00 [error] 29#29: *83370 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.20.1.221, server: reports.internal, request: "GET /api/exports/q3.csv HTTP/1.1", upstream: "http://10.20.3.4:8000/api/exports/q3.csv"',
    ]);
    const cause = locate(f, { "deploy/nginx/reports.conf": NGINX });
    expect(cause?.line).toBe(12);
  });

  it("client timeout in the compose env: the live *_TIMEOUT line, not the commented one", () => {
    const f = findingFrom("dependency-timeout", [
      "requests.exceptions.ReadTimeout: HTTPSConnectionPool(host='api.payments.example', port=443): Read timed out. (read timeout=2)",
    ]);
    const cause = locate(f, { "docker-compose.yml": COMPOSE });
    expect(cause?.line).toBe(6);
  });

  it("threads refused: the pids limit of the service the log names", () => {
    const f = findingFrom("oom-jvm-native-thread", [
      'indexer_1  | Exception in thread "pool-3" java.lang.OutOfMemoryError: unable to create native thread: possibly out of memory or process/resource limits reached',
    ]);
    const cause = locate(f, { "docker-compose.yml": COMPOSE });
    expect(cause?.line).toBe(13);
    expect(cause?.change).toBeUndefined();
  });

  it("metaspace: -XX:MaxMetaspaceSize before the memory limit", () => {
    const f = findingFrom("oom-jvm-metaspace", ["java.lang.OutOfMemoryError: Metaspace"]);
    const cause = locate(f, { "docker-compose.yml": COMPOSE });
    expect(cause?.line).toBe(12);
  });

  it("redis noeviction: maxmemory-policy in redis.conf, not a commented default", () => {
    const conf = "# maxmemory-policy allkeys-lru\nmaxmemory 256mb\nmaxmemory-policy noeviction\n";
    const f = findingFrom("redis-oom", ["(error) OOM command not allowed when used memory > 'maxmemory'."]);
    const cause = locate(f, { "docker-compose.yml": COMPOSE, "redis/redis.conf": conf });
    expect(cause?.file).toBe("redis/redis.conf");
    expect(cause?.line).toBe(3);
  });

  it("kafka max.poll.interval: the consumer's setting in application.yml", () => {
    const yml =
      "spring:\n  kafka:\n    consumer:\n      group-id: billing\n      max-poll-records: 500\n      properties:\n        max.poll.interval.ms: 300000\n";
    const f = findingFrom("kafka-rebalance", [
      "Member consumer-billing-1 sending LeaveGroup request to coordinator due to consumer poll timeout has expired. This means the time between subsequent calls to poll() was longer than the configured max.poll.interval.ms",
    ]);
    const cause = locate(f, { "src/main/resources/application.yml": yml });
    expect(cause?.line).toBe(7);
  });

  it("too many clients: the server's max_connections, never a raised pool", () => {
    const files = {
      "postgres/postgresql.conf": "listen_addresses = '*'\nmax_connections = 100\n",
      "config/database.yml": "production:\n  pool: 20\n  pool_size: 20\n",
    };
    const f = findingFrom("db-server-connection-limit", ["FATAL:  sorry, too many clients already"]);
    const cause = locate(f, files);
    expect(cause?.file).toBe("postgres/postgresql.conf");
    expect(cause?.line).toBe(2);
    expect(cause?.change).toBeUndefined();
  });

  it("unknown authority: the CA bundle variable, then a scratch base image", () => {
    const f = findingFrom("tls-untrusted", [
      'Get "https://billing.example.net/v1": tls: failed to verify certificate: x509: certificate signed by unknown authority',
    ]);
    const docker =
      "FROM golang:1.23 AS build\nRUN go build -o /app ./cmd/api\n\nFROM scratch\nCOPY --from=build /app /app\n";
    expect(locate(f, { Dockerfile: docker })?.line).toBe(4);
    const withEnv = {
      Dockerfile: docker,
      "k8s/deployment.yaml":
        "spec:\n  containers:\n    - name: api\n      env:\n        - name: SSL_CERT_FILE\n          value: /etc/ssl/corp/ca.pem\n",
    };
    // The path the variable is given is what a person checks against the mounts.
    expect(locate(f, withEnv)).toMatchObject({ file: "k8s/deployment.yaml", line: 6 });
  });

  it("systemd EnvironmentFile: the unit line", () => {
    const unit =
      "[Unit]\nDescription=api\n[Service]\n# EnvironmentFile=/etc/api/old.env\nEnvironmentFile=/etc/api/api.env\nExecStart=/usr/bin/api\n";
    const f = findingFrom("systemd-env-file", [
      "api.service: Failed to load environment files: No such file or directory",
    ]);
    expect(locate(f, { "deploy/api.service": unit })?.line).toBe(5);
  });

  it("module not found: where the code imports it when the manifest no longer lists it", () => {
    const files = {
      "requirements.txt": "fastapi==0.115.5\nuvicorn==0.32.0\n",
      "app/rules.py": "from pathlib import Path\n\nimport yaml\n",
      "app/main.py": "# import yaml  (moved to rules)\nfrom fastapi import FastAPI\n",
    };
    const f = findingFrom("module-not-found", ["ModuleNotFoundError: No module named 'yaml'"]);
    expect(locate(f, files)).toMatchObject({ file: "app/rules.py", line: 3 });
  });

  it("connection refused through a Service: the targetPort of the port the caller dials", () => {
    const svc = `apiVersion: v1
kind: Service
metadata:
  name: cache
spec:
  ports:
    - name: http
      port: 80
      targetPort: 8080
    - name: redis
      port: 6379
      targetPort: 6380
`;
    const f = findingFrom("connection-refused", [
      "Error: connect ECONNREFUSED 10.96.14.2:6379 at TCPConnectWrapper.afterConnect (node:net:1607:16) redis client to redis:6379",
    ]);
    expect(locate(f, { "k8s/cache.yaml": svc })).toMatchObject({ file: "k8s/cache.yaml", line: 12 });
  });

  it("resets on reused connections: the server's keep-alive timeout, not a commented one", () => {
    const files = {
      "src/server.js":
        "const server = app.listen(3000);\n// server.keepAliveTimeout = 65000;\nserver.keepAliveTimeout = 5000;\n",
      "nginx/api.conf": "upstream api {\n  server api:3000;\n  keepalive 32;\n}\n",
    };
    const f = findingFrom("connection-reset", [
      "2026/11/24 10:00:01 [error] 31#31: *9120 upstream prematurely closed connection while reading response header from upstream",
      "Error: read ECONNRESET at TCP.onStreamRead (node:internal/stream_base_commons:217:20)",
    ]);
    expect(locate(f, files)).toMatchObject({ file: "src/server.js", line: 3 });
  });

  it("a proxy's 502 storm: the setting its error log points at (refused: the upstream server; closed: keep-alive)", () => {
    const files = {
      "nginx/default.conf":
        "upstream app {\n    # server app:8080;\n    server app:3000;\n}\nserver {\n    listen 80;\n    location / { proxy_pass http://app; }\n}\n",
      "src/server.js": "const server = app.listen(8080);\nserver.keepAliveTimeout = 5000;\n",
    };
    const storm = findingFrom("upstream-5xx-storm", [
      '172.18.0.1 - - [24/Nov/2026:22:02:08 +0000] "GET / HTTP/1.1" 502 157 "-" "curl/8.5.0"',
      '172.18.0.1 - - [24/Nov/2026:22:02:09 +0000] "GET /login HTTP/1.1" 502 157 "-" "curl/8.5.0"',
    ]);
    const refused = findingFrom("connection-refused", [
      '2026/11/24 22:02:08 [error] 31#31: *81305 connect() failed (111: Connection refused) while connecting to upstream, client: 172.18.0.1, upstream: "http://172.18.0.3:3000/"',
    ]);
    expect(locate(storm, files, [refused])).toMatchObject({ file: "nginx/default.conf", line: 3 });
    const closed = findingFrom("connection-reset", [
      "2026/11/24 15:00:00 [error] 2231#2231: *258176 upstream prematurely closed connection while reading response header from upstream",
    ]);
    expect(locate(storm, files, [closed])).toMatchObject({ file: "src/server.js", line: 2 });
    expect(locate(storm, files)).toBeUndefined();
  });

  it("a refused address the client printed by IP: the setting that names its port by host name", () => {
    const f = findingFrom("connection-refused", [
      "Error: connect ECONNREFUSED 10.96.44.12:6380",
      "Error: connect ECONNREFUSED 10.96.44.12:6380",
      "Error: connect ECONNREFUSED 10.96.44.12:6380",
    ]);
    const manifest = [
      "env:",
      "  - name: METRICS_PORT",
      '    value: "16380"',
      "  - name: REDIS_URL",
      "    value: redis://redis.prod.svc:6380",
    ].join("\n");
    const cause = locate(f, { "k8s/deployment.yaml": manifest });
    expect(cause?.line).toBe(5);
  });

  it("a revision that never answered on PORT: the hard-coded port the app listens on", () => {
    const f = findingFrom("platform-start-port-timeout", [
      "The user-provided container failed to start and listen on the port defined provided by the PORT=8080 environment variable.",
    ]);
    const server = [
      'const app = require("express")();',
      'app.get("/", (req, res) => res.send("ok"));',
      "app.listen(3000);",
    ].join("\n");
    const cause = locate(f, { "src/server.js": server, Dockerfile: "FROM node:20\nEXPOSE 3000\n" });
    expect(cause?.file).toBe("src/server.js");
    expect(cause?.line).toBe(3);
  });
});
