import { describe, expect, it } from "vitest";
import { forbiddenBy } from "../../src/inventory/fix-rules.js";
import { relationHolds } from "../../src/inventory/relation.js";
import { configFileLookup, resolveConfigFile } from "../../src/inventory/resolve-dotnet-config.js";
import { diLookup, resolveDiRegistration } from "../../src/inventory/resolve-dotnet-di.js";
import { resolveTlsHost, tlsHostLookup } from "../../src/inventory/resolve-tls-host.js";

type Files = { path: string; content: string }[];

function applied(files: Files, change: { file: string; line: number; after: string } | undefined): Files {
  return files.map((f) => {
    if (!change || f.path !== change.file) return f;
    const lines = f.content.split("\n");
    lines.splice(change.line - 1, 1, change.after);
    return { ...f, content: lines.join("\n") };
  });
}

describe("the host a client dials vs the certificate's names", () => {
  it("reads the host and the SANs Node and Go print; Python prints no SANs", () => {
    expect(
      tlsHostLookup(
        "Hostname/IP does not match certificate's altnames: Host: search.corp.test. is not in the cert's altnames: DNS:es-0.corp.test, DNS:*.es.corp.test",
      ),
    ).toEqual({ kind: "tls-hostname", host: "search.corp.test", sans: ["es-0.corp.test", "*.es.corp.test"] });
    expect(
      tlsHostLookup(
        'Get "https://10.0.0.7:9200": x509: certificate is valid for es-0.corp.test, es-1.corp.test, not vault.corp.test',
      ),
    ).toEqual({ kind: "tls-hostname", host: "vault.corp.test", sans: ["es-0.corp.test", "es-1.corp.test"] });
    expect(
      tlsHostLookup(
        "ssl.SSLCertVerificationError: Hostname mismatch, certificate is not valid for 'mq.corp.test'.",
      ),
    ).toEqual({
      kind: "tls-hostname",
      host: "mq.corp.test",
      sans: [],
    });
  });

  it("one concrete SAN (a wildcard names no host): the .properties line dials it, and the relation holds", () => {
    const files = [
      {
        path: "conf/app.properties",
        content: "search.url=https://search.corp.test:9200\nsearch.timeout=5s\n",
      },
    ];
    const lookup = {
      kind: "tls-hostname" as const,
      host: "search.corp.test",
      sans: ["es-0.corp.test", "*.es.corp.test"],
    };
    const r = resolveTlsHost(lookup, files);
    expect(r?.change?.after).toBe("search.url=https://es-0.corp.test:9200");
    expect(r && relationHolds(r, files).ok).toBe(false);
    expect(r && relationHolds(r, applied(files, r.change)).ok).toBe(true);
  });

  it("several SANs: the one another config file already dials is chosen; otherwise all are cited and none proposed", () => {
    const conf = { path: "conf/app.properties", content: "search.url=https://search.corp.test:9200\n" };
    const lookup = {
      kind: "tls-hostname" as const,
      host: "search.corp.test",
      sans: ["es-0.corp.test", "es-1.corp.test"],
    };
    const ambiguous = resolveTlsHost(lookup, [
      conf,
      { path: "README.md", content: "es-0.corp.test is the primary\n" },
    ]);
    expect(ambiguous?.change).toBeUndefined();
    expect(ambiguous?.candidates).toEqual(["es-0.corp.test", "es-1.corp.test"]);
    const other = { path: "conf/indexer.yaml", content: "elastic:\n  url: https://es-1.corp.test:9200\n" };
    expect(resolveTlsHost(lookup, [conf, other])?.change?.after).toBe(
      "search.url=https://es-1.corp.test:9200",
    );
  });

  it("near-miss: turning verification off is refused whatever rule proposes it", () => {
    const evidence = { patternIds: ["tls-hostname-mismatch"], text: "" };
    expect(forbiddenBy("host-on-certificate", ["    rejectUnauthorized: false,"], evidence)).toMatch(/TLS/);
  });
});

const CSPROJ = [
  '<Project Sdk="Microsoft.NET.Sdk.Worker">',
  "  <ItemGroup>",
  '    <None Include="config\\settings.*.json">',
  "      <CopyToOutputDirectory>Never</CopyToOutputDirectory>",
  "    </None>",
  "  </ItemGroup>",
  "</Project>",
].join("\n");

describe("a required .NET configuration file kept out of the output", () => {
  it("is looked up from the FileNotFoundException", () => {
    expect(
      configFileLookup(
        "System.IO.FileNotFoundException: The configuration file 'settings.Staging.json' was not found and is not optional. The expected physical path was '/app/settings.Staging.json'.",
      ),
    ).toEqual({ kind: "config-file-unpublished", file: "settings.Staging.json" });
  });

  it("an item glob with a <CopyToOutputDirectory>Never</…> child becomes PreserveNewest", () => {
    const files = [{ path: "src/Sync.Worker/Sync.Worker.csproj", content: CSPROJ }];
    const repo = ["src/Sync.Worker/Sync.Worker.csproj", "src/Sync.Worker/config/settings.Staging.json"];
    const r = resolveConfigFile(
      { kind: "config-file-unpublished", file: "settings.Staging.json" },
      files,
      repo,
    );
    expect(r?.change).toMatchObject({
      line: 4,
      after: "      <CopyToOutputDirectory>PreserveNewest</CopyToOutputDirectory>",
    });
    expect(r && relationHolds(r, files).ok).toBe(false);
    expect(r && relationHolds(r, applied(files, r.change)).ok).toBe(true);
  });

  it("near-miss: the repository has no such file → cited, nothing proposed; another file's item is not this one", () => {
    const files = [{ path: "Sync.Worker.csproj", content: CSPROJ }];
    const lookup = { kind: "config-file-unpublished" as const, file: "settings.Staging.json" };
    expect(resolveConfigFile(lookup, files, ["Sync.Worker.csproj"])?.change).toBeUndefined();
    const other = { kind: "config-file-unpublished" as const, file: "appsettings.json" };
    expect(resolveConfigFile(other, files, ["Sync.Worker.csproj", "appsettings.json"])).toBeUndefined();
  });
});

const STARTUP = [
  "public class Startup",
  "{",
  "    public void ConfigureServices(IServiceCollection services)",
  "    {",
  "        services.AddControllers();",
  "        services.AddSingleton<IClock, SystemClock>();",
  "    }",
  "}",
].join("\n");

describe("a service nobody registered", () => {
  it("is looked up from the plain and the JSON-escaped message", () => {
    expect(
      diLookup(
        "Unable to resolve service for type 'Shop.Inventory.IStockLedger' while attempting to activate 'Shop.Api.StockController'.",
      ),
    ).toEqual({ kind: "di-unresolved", service: "IStockLedger", consumer: "StockController" });
    expect(
      diLookup(
        "Unable to resolve service for type \\u0027Shop.IStockLedger\\u0027 while attempting to activate \\u0027Shop.Api.StockController\\u0027.",
      ),
    ).toMatchObject({ service: "IStockLedger" });
  });

  it("registers the one class that implements it, after the last registration, in the file's own style", () => {
    const files = [
      { path: "src/Shop/Startup.cs", content: STARTUP },
      {
        path: "src/Shop/Inventory/SqlStockLedger.cs",
        content:
          "namespace Shop.Inventory;\n\npublic sealed class SqlStockLedger : IStockLedger, IDisposable\n{\n}\n",
      },
      {
        path: "src/Shop/Api/StockController.cs",
        content: "public class StockController(IStockLedger ledger) : ControllerBase\n{\n}\n",
      },
    ];
    const r = resolveDiRegistration(
      { kind: "di-unresolved", service: "IStockLedger", consumer: "StockController" },
      files,
    );
    expect(r?.change).toMatchObject({ file: "src/Shop/Startup.cs", line: 6 });
    expect(r?.change?.after).toBe(
      "        services.AddSingleton<IClock, SystemClock>();\n        services.AddScoped<IStockLedger, SqlStockLedger>();",
    );
    expect(r?.truth).toContainEqual({ file: "src/Shop/Api/StockController.cs", line: 1 });
    expect(r && relationHolds(r, applied(files, r.change)).ok).toBe(true);
  });

  it("near-misses: no implementation in the repository, two of them, or the type already registered", () => {
    const lookup = { kind: "di-unresolved" as const, service: "IStockLedger", consumer: "StockController" };
    const none = resolveDiRegistration(lookup, [{ path: "Startup.cs", content: STARTUP }]);
    expect(none?.cause.line).toBe(6);
    expect(none?.change).toBeUndefined();
    const two = resolveDiRegistration(lookup, [
      { path: "Startup.cs", content: STARTUP },
      {
        path: "A.cs",
        content: "class SqlStockLedger : IStockLedger {}\nclass CachedStockLedger : IStockLedger {}\n",
      },
      { path: "B.cs", content: "abstract class StockLedgerBase : IStockLedger {}\n" },
    ]);
    expect(two?.change).toBeUndefined();
    expect(two?.candidates).toEqual(["SqlStockLedger", "CachedStockLedger"]);
    const registered = STARTUP.replace(
      "services.AddControllers();",
      "services.AddTransient<IStockLedger, SqlStockLedger>();",
    );
    expect(resolveDiRegistration(lookup, [{ path: "Startup.cs", content: registered }])).toBeUndefined();
  });
});
