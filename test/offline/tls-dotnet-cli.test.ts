import { describe, expect, it } from "vitest";
import { applies, cites, diagnose, relationCheck, repeat, workspace } from "./repo-e2e.js";

/**
 * End to end through the CLI (offline provider): a host the certificate does not list, a .NET configuration
 * file kept out of the publish output, and an unregistered service — each with the truth in another file than
 * the one the logs point at; the patch passes `git apply --check` and the Validator's relation check.
 */
describe("TLS host and .NET configuration fixes through the CLI", () => {
  it("TLS host: the .env host becomes the certificate name the compose file already dials", async () => {
    const root = workspace({
      "logs/auth.log": repeat(
        6,
        (i) =>
          `2026-04-0${i + 1}T08:00:00Z ERROR login failed: Post "https://vault.acme.test:8200/v1/auth/approle/login": tls: failed to verify certificate: x509: certificate is valid for secrets.acme.test, secrets-dr.acme.test, not vault.acme.test`,
      ),
      "repo/deploy/auth.env": "LOG_LEVEL=info\nVAULT_ADDR=https://vault.acme.test:8200\n",
      "repo/deploy/compose.yaml": [
        "services:",
        "  auth:",
        "    image: acme/auth:3.1",
        "    env_file: auth.env",
        "  backup:",
        "    image: acme/backup:1.0",
        "    environment:",
        "      SECRETS_URL: https://secrets.acme.test:8200",
        "",
      ].join("\n"),
    });
    const run = await diagnose(root);
    expect(cites(run)).toContain("deploy/auth.env:2");
    const patch = run.proposal?.patch ?? "";
    expect(patch).toContain("+VAULT_ADDR=https://secrets.acme.test:8200");
    expect(patch).not.toMatch(/InsecureSkipVerify|SKIP_VERIFY/i);
    expect(applies(root, patch)).toBe(true);
    expect(relationCheck(run)).toBe("pass");
  });

  it(".NET configuration: Directory.Build.props, not the project, keeps the file out; it is published", async () => {
    const root = workspace({
      "logs/reports-previous.log": [
        "Unhandled exception. System.IO.FileNotFoundException: The configuration file 'appsettings.Staging.json' was not found and is not optional. The expected physical path was '/app/appsettings.Staging.json'.",
        "   at Microsoft.Extensions.Configuration.FileConfigurationProvider.HandleException(ExceptionDispatchInfo info)",
        "   at Program.<Main>$(String[] args) in /src/Reports.Web/Program.cs:line 3",
      ].join("\n"),
      "repo/Directory.Build.props": [
        "<Project>",
        "  <PropertyGroup>",
        "    <LangVersion>latest</LangVersion>",
        "  </PropertyGroup>",
        "  <ItemGroup>",
        '    <Content Update="appsettings.*.json" CopyToPublishDirectory="Never" />',
        "  </ItemGroup>",
        "</Project>",
        "",
      ].join("\n"),
      "repo/Reports.Web/Reports.Web.csproj":
        '<Project Sdk="Microsoft.NET.Sdk.Web">\n  <PropertyGroup>\n    <TargetFramework>net8.0</TargetFramework>\n  </PropertyGroup>\n</Project>\n',
      "repo/Reports.Web/appsettings.Staging.json": '{ "Reports": { "Bucket": "reports-staging" } }\n',
      "repo/Reports.Web/Program.cs":
        'var builder = WebApplication.CreateBuilder(args);\nvar env = builder.Environment.EnvironmentName;\nbuilder.Configuration.AddJsonFile($"appsettings.{env}.json", optional: false);\nbuilder.Build().Run();\n',
    });
    const run = await diagnose(root);
    expect(cites(run)).toContain("Directory.Build.props:6");
    const patch = run.proposal?.patch ?? "";
    expect(patch).toContain(
      '+    <Content Update="appsettings.*.json" CopyToPublishDirectory="PreserveNewest" />',
    );
    expect(patch).not.toMatch(/optional: true/);
    expect(applies(root, patch)).toBe(true);
    expect(relationCheck(run)).toBe("pass");
  });

  it(".NET DI: the one implementation in the repository is registered in Program.cs", async () => {
    const root = workspace({
      "logs/shop.log": repeat(
        4,
        () =>
          "fail: Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware[1] System.InvalidOperationException: Unable to resolve service for type 'Shop.Basket.IBasketStore' while attempting to activate 'Shop.Api.BasketController'.",
      ),
      "repo/src/Shop.Api/Program.cs": [
        "var builder = WebApplication.CreateBuilder(args);",
        "builder.Services.AddControllers();",
        'builder.Services.AddDbContext<ShopDb>(o => o.UseNpgsql(builder.Configuration.GetConnectionString("shop")));',
        "var app = builder.Build();",
        "app.MapControllers();",
        "app.Run();",
        "",
      ].join("\n"),
      "repo/src/Shop.Api/BasketController.cs":
        "namespace Shop.Api;\n\npublic class BasketController(IBasketStore store) : ControllerBase\n{\n}\n",
      "repo/src/Shop.Basket/RedisBasketStore.cs":
        "namespace Shop.Basket;\n\npublic sealed class RedisBasketStore(IConnectionMultiplexer redis) : IBasketStore\n{\n}\n",
      "repo/src/Shop.Basket/IBasketStore.cs":
        "namespace Shop.Basket;\n\npublic interface IBasketStore\n{\n}\n",
    });
    const run = await diagnose(root);
    expect(cites(run)).toContain("src/Shop.Api/Program.cs:3");
    const patch = run.proposal?.patch ?? "";
    expect(patch).toContain("+builder.Services.AddScoped<IBasketStore, RedisBasketStore>();");
    expect(applies(root, patch)).toBe(true);
    expect(relationCheck(run)).toBe("pass");
  });
});
