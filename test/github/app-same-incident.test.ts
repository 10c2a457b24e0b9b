import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { run as runAction } from "../../src/entrypoints/action.js";
import { createOctokit } from "../../src/github/octokit.js";
import { cli } from "../helpers/cli-harness.js";
import { actionEnv } from "./helpers/action-env.js";
import { probotWith, settings, world } from "./helpers/app-world.js";
import { commentPayload, examplePayload } from "./helpers/payloads.js";

// Alertmanager's grouped notification: two alerts of one group, both firing.
const PAYLOAD = readFileSync(new URL("../fixtures/alerts/alertmanager.firing.json", import.meta.url), "utf8");

afterEach(() => {
  vi.unstubAllEnvs();
  process.exitCode = undefined;
});

describe("one alert payload, one Incident, whichever door it comes in by", () => {
  it("the CLI's --alert, the Action's repository_dispatch and the App's /sentry diagnose agree", async () => {
    const dir = mkdtempSync(join(tmpdir(), "same-incident-"));
    try {
      writeFileSync(join(dir, "alert.json"), PAYLOAD);
      const byCli = await cli(["diagnose", "--alert", "alert.json", "--format", "json"], {
        cwd: dir,
        env: { LLM_PROVIDER: "offline" },
      });
      // 0 or 1 (a run that ends ESCALATED asks for attention): either way a Run on stdout, not bad input.
      expect([0, 1], byCli.stderr).toContain(byCli.code);
      const cliIncident = (JSON.parse(byCli.stdout) as { incident: Record<string, unknown> }).incident;
      // The group's other alert is named, not dropped.
      expect(cliIncident.description).toContain("Related alerts in the same notification: ");

      const gh = world();
      const dispatch = examplePayload<Record<string, unknown>>("repository_dispatch");
      dispatch.client_payload = { alert: JSON.parse(PAYLOAD), source: "alertmanager" };
      const env = actionEnv({ event: "repository_dispatch", payload: dispatch });
      const byAction = await runAction({
        env: env.env,
        octokit: () => createOctokit({ auth: "t", throttle: false, retries: 0 }),
      });
      expect(byAction?.incident).toEqual(cliIncident);

      // The App: the same payload pasted into an issue, then `/sentry diagnose`.
      const body = `Paged:\n\n\`\`\`json\n${PAYLOAD}\n\`\`\`\n`;
      gh.issues.issues.set(7, { number: 7, title: "paged", body, state: "open", labels: [] });
      gh.issues.nextNumber = 8;
      const comment = commentPayload("/sentry diagnose");
      comment.issue.number = 7;
      comment.issue.body = body;
      const { probot } = await probotWith(settings());
      await probot.receive({ id: "same-1", name: "issue_comment", payload: comment as never });
      const finished = gh.git
        .fileAt("sentry/audit", "audit.jsonl")!
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line) as { agent?: string; tool?: string; input?: { incident?: string } })
        .filter((e) => e.agent === "supervisor" && e.tool === "pipeline")
        .map((e) => e.input?.incident);
      // The Action's run and the App's: both on the incident the CLI built.
      expect(finished).toEqual([cliIncident.id, cliIncident.id]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
