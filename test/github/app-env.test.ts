import { describe, expect, it } from "vitest";
import { operatorSettings } from "../../src/core/operator-settings.js";
import { runIncident } from "../../src/engine/run-incident.js";
import { probotWith, settings, world } from "./helpers/app-world.js";
import { commentPayload } from "./helpers/payloads.js";

const TOKEN_VAR = "SENTRY_TEST_PROM_TOKEN_APP_ENV";

describe("the App's collectors read their credentials from the App's env, not process.env", () => {
  it("a run gets the token the App's env holds under the name the operator gave", async () => {
    // process.env holds another value under the same name: github/ must not read it.
    const previous = process.env[TOKEN_VAR];
    process.env[TOKEN_VAR] = "from-process-env";
    try {
      const { issues } = world();
      issues.issues.set(1, { number: 1, title: "Checkout 500s", body: "", state: "open", labels: [] });
      issues.nextNumber = 2;
      const operator = operatorSettings(undefined, {
        collectors: { prometheus: { url: "https://prometheus.example.com", tokenEnv: TOKEN_VAR } },
      });
      const seen: Record<string, string>[] = [];
      const spy: typeof runIncident = (options) => {
        seen.push(options.collectors?.credentials ?? {});
        return runIncident(options);
      };
      const appEnv = { LLM_PROVIDER: "offline", [TOKEN_VAR]: "from-app-env" };
      const { probot } = await probotWith(settings({ operator, providerEnv: appEnv }), undefined, {
        runIncident: spy,
      });
      await probot.receive({
        id: "env-1",
        name: "issue_comment",
        payload: commentPayload("/sentry diagnose") as never,
      });
      expect(seen).toEqual([{ [TOKEN_VAR]: "from-app-env" }]);
    } finally {
      if (previous === undefined) delete process.env[TOKEN_VAR];
      else process.env[TOKEN_VAR] = previous;
    }
  });
});
