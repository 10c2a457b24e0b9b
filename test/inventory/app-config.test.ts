import { describe, expect, it } from "vitest";
import { isAppConfig } from "../../src/inventory/app-config.js";
import { buildInventory, isDeployFile } from "../../src/inventory/build.js";
import { lookupOf } from "../../src/inventory/subjects.js";

const settingsOf = (path: string, content: string) =>
  buildInventory([{ path, content }]).settings.map(({ key, path: dotted, value, line, source }) => ({
    key,
    path: dotted,
    value,
    line,
    source,
  }));

describe("application config files in the inventory", () => {
  it("TOML: each leaf with its table path and line, values as the parser reads them", () => {
    const toml = [
      "# worker settings",
      "[app]",
      'name = "reports"',
      "",
      "[redis]",
      'url = "redis://localhost:6379/0"  # the broker',
      "socket_timeout = 5",
      "",
      "[[jobs]]",
      'name = "nightly"',
    ].join("\n");
    expect(settingsOf("config/settings.toml", toml)).toEqual([
      { key: "name", path: "app.name", value: "reports", line: 3, source: "app-config" },
      { key: "url", path: "redis.url", value: "redis://localhost:6379/0", line: 6, source: "app-config" },
      { key: "socket_timeout", path: "redis.socket_timeout", value: "5", line: 7, source: "app-config" },
    ]);
  });

  it("INI sections, Java properties (continuations, escapes) and JSON nesting keep their lines", () => {
    expect(settingsOf("conf/app.ini", "[database]\nhost = db.internal\nport = 5432\n")).toEqual([
      { key: "host", path: "database.host", value: "db.internal", line: 2, source: "app-config" },
      { key: "port", path: "database.port", value: "5432", line: 3, source: "app-config" },
    ]);
    const properties =
      "# comment\n! also a comment\nspring.datasource.url=jdbc:postgresql://pg:5432/a\nlong.value = one \\\n  two\nplain: yes\n";
    expect(settingsOf("src/main/resources/application.properties", properties)).toEqual([
      {
        key: "url",
        path: "spring.datasource.url",
        value: "jdbc:postgresql://pg:5432/a",
        line: 3,
        source: "app-config",
      },
      { key: "value", path: "long.value", value: "one two", line: 4, source: "app-config" },
      { key: "plain", path: "plain", value: "yes", line: 6, source: "app-config" },
    ]);
    const json = '{\n  "ConnectionStrings": {\n    "Default": "Host=pg;Port=5432"\n  },\n  "Port": 8080\n}\n';
    expect(settingsOf("appsettings.Production.json", json)).toEqual([
      {
        key: "Default",
        path: "ConnectionStrings.Default",
        value: "Host=pg;Port=5432",
        line: 3,
        source: "app-config",
      },
      { key: "Port", path: "Port", value: "8080", line: 5, source: "app-config" },
    ]);
  });

  it("a file that does not parse contributes nothing; YAML that is no manifest is app config unless Helm values", () => {
    expect(settingsOf("config/settings.toml", 'url = "unterminated\n')).toEqual([]);
    expect(settingsOf("config/app.json", "{ not json")).toEqual([]);
    expect(settingsOf("config/app.yaml", "cache:\n  url: redis://localhost:6379\n")).toEqual([
      { key: "url", path: "cache.url", value: "redis://localhost:6379", line: 2, source: "app-config" },
    ]);
    expect(settingsOf("charts/api/values.yaml", "image:\n  tag: 1.2.3\n")[0]?.source).toBe("helm-values");
  });

  it("reads config files, never tooling or dependency files in the same formats", () => {
    for (const path of [
      "config/settings.toml",
      "appsettings.json",
      "appsettings.Production.json",
      "src/main/resources/application.properties",
      "conf/app.ini",
      "settings.cfg",
      "deploy/config/prod.json",
    ])
      expect([path, isAppConfig(path) && isDeployFile(path)]).toEqual([path, true]);
    for (const path of [
      "package.json",
      "tsconfig.json",
      "config/tsconfig.build.json",
      "pyproject.toml",
      "Cargo.toml",
      "setup.cfg",
      "tox.ini",
      "gradle.properties",
      "node_modules/pkg/config/settings.json",
      "src/app.ts",
    ])
      expect([path, isAppConfig(path)]).toEqual([path, false]);
  });
});

describe("connection refused as clients print it: the host and port dialled", () => {
  it.each([
    ["Error 111 connecting to localhost:6379. Connection refused.", "localhost", 6379],
    ["Connection to localhost:5432 refused. Check that the hostname and port are correct", "localhost", 5432],
    [
      "HTTPConnectionPool(host='localhost', port=8080): Max retries exceeded with url: /v1 (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f>: Failed to establish a new connection: [Errno 111] Connection refused'))",
      "localhost",
      8080,
    ],
    ["curl: (7) Failed to connect to localhost port 8080 after 0 ms: Connection refused", "localhost", 8080],
    [
      'Failed to open TCP connection to 127.0.0.1:9200 (Connection refused - connect(2) for "127.0.0.1" port 9200)',
      "127.0.0.1",
      9200,
    ],
    ["Can't connect to MySQL server on 'localhost' (111)", "localhost", 3306],
    [
      "consumer: Cannot connect to amqp://guest:**@127.0.0.1:5672//: [Errno 111] Connection refused.",
      "127.0.0.1",
      5672,
    ],
    [
      "No connection could be made because the target machine actively refused it. (localhost:5432)",
      "localhost",
      5432,
    ],
    ["dial tcp 127.0.0.1:5432: connect: connection refused", "127.0.0.1", 5432],
  ])("%s", (line, host, port) => {
    expect(lookupOf(undefined, undefined, line)).toEqual({ kind: "refused", host, port });
  });
});
