import { describe, expect, it } from "vitest";
import { ConfigFileSchema } from "../../src/core/config.js";
import { lowerMode, narrowConfig, operatorSettings } from "../../src/core/operator-settings.js";

/** Every key of a repository's sentry.yml against what the operator granted: it can only take away. */
const operator = operatorSettings(
  ConfigFileSchema.parse({
    mode: "active",
    diagnosticsHosts: ["status.example.com", "api.example.com"],
    fetchDocsHosts: ["kubernetes.io"],
    restart: { command: ["/usr/bin/systemctl", "restart", "{service}"], services: ["nginx", "api"] },
    protectedPaths: ["infra/**"],
    costLimit: { usd: 2, windowMinutes: 10 },
    throttle: { actions: 20, windowSeconds: 60 },
    credentialTtlSeconds: 600,
  }),
);
const narrow = (file: unknown) => narrowConfig(operator, ConfigFileSchema.parse(file));

describe("narrowConfig", () => {
  it("without a repository file the run gets the operator's settings", () => {
    expect(narrowConfig(operator, undefined)).toEqual({ config: operator, ignored: [] });
  });

  it.each([
    ["lower mode", { mode: "audit" }, { mode: "AUDIT" }, []],
    ["same mode", { mode: "active" }, { mode: "ACTIVE" }, []],
    ["host subset", { diagnosticsHosts: ["API.example.com"] }, { diagnosticsHosts: ["api.example.com"] }, []],
    [
      "service subset, any spelling",
      { restart: { services: ["nginx.service"] } },
      { restart: { services: ["nginx"] } },
      [],
    ],
    ["more protection", { protectedPaths: ["db/**"] }, { protectedPaths: ["infra/**", "db/**"] }, []],
    [
      "stricter limits",
      { costLimit: { usd: 1 }, throttle: { actions: 5 } },
      { costLimit: { usd: 1, windowMinutes: 10 }, throttle: { actions: 5, windowSeconds: 60 } },
      [],
    ],
    [
      "preferences",
      { reviewers: ["alice"], logBudgetTokens: 20_000 },
      { reviewers: ["alice"], logBudgetTokens: 20_000 },
      [],
    ],
  ])("keeps what narrows: %s", (_name, file, expected, ignored) => {
    const result = narrow(file);
    expect(result.config).toMatchObject(expected);
    expect(result.ignored).toEqual(ignored);
  });

  it.each([
    [
      "extra hosts",
      { diagnosticsHosts: ["127.0.0.1", "api.example.com", "169.254.169.254"] },
      { diagnosticsHosts: ["api.example.com"] },
      /diagnosticsHosts: 127.0.0.1, 169.254.169.254 ignored/,
    ],
    [
      "extra docs hosts",
      { fetchDocsHosts: ["evil.example"] },
      { fetchDocsHosts: [] },
      /fetchDocsHosts: evil.example ignored/,
    ],
    [
      "a command",
      { restart: { command: ["/bin/sh", "-c", "id"] } },
      { restart: { command: ["/usr/bin/systemctl", "restart", "{service}"] } },
      /restart.command ignored/,
    ],
    ["a workflow", { restart: { workflow: "pwn.yml" } }, { restart: {} }, /restart.workflow ignored/],
    ["a user to run commands as", { restart: { user: "root" } }, { restart: {} }, /restart.user ignored/],
    [
      "extra services",
      { restart: { services: ["sshd", "api"] } },
      { restart: { services: ["api"] } },
      /restart.services: sshd ignored/,
    ],
    [
      "a bigger budget",
      { costLimit: { usd: 1000 } },
      { costLimit: { usd: 2 } },
      /costLimit.usd: 1000 ignored/,
    ],
    [
      "a looser throttle",
      { throttle: { actions: 1000 } },
      { throttle: { actions: 20 } },
      /throttle.actions: 1000 ignored/,
    ],
    [
      "a longer credential",
      { credentialTtlSeconds: 3600 },
      { credentialTtlSeconds: 600 },
      /credentialTtlSeconds: 3600 ignored/,
    ],
    [
      "markup in a host name",
      { diagnosticsHosts: ["@team <img src=x>"] },
      { diagnosticsHosts: [] },
      /@team\?\?img\?src\?x\? ignored/,
    ],
  ])("ignores and names what widens: %s", (_name, file, expected, named) => {
    const result = narrow(file);
    expect(result.config).toMatchObject(expected);
    expect(result.ignored.join("\n")).toMatch(named);
  });

  it("a repository cannot raise the operator's mode, and the file Sentry read is protected", () => {
    const audit = narrowConfig(operatorSettings(undefined), ConfigFileSchema.parse({ mode: "active" }), {
      configPath: "./ops//sentry.yml",
    });
    expect(audit.config.mode).toBe("AUDIT");
    expect(audit.ignored).toEqual(["mode: ACTIVE ignored: the operator allows at most AUDIT"]);
    expect(audit.config.protectedPaths).toContain("ops/sentry.yml");
    expect(audit.config.restart.services).toEqual([]);
  });

  it("lowerMode orders DISABLED < AUDIT < ACTIVE", () => {
    expect(lowerMode("AUDIT", "ACTIVE")).toBe("AUDIT");
    expect(lowerMode("ACTIVE", "DISABLED")).toBe("DISABLED");
    expect(lowerMode("DISABLED", "ACTIVE")).toBe("DISABLED");
  });
});
