import { lintSource } from "@secretlint/core";
import { creator as recommendedPreset } from "@secretlint/secretlint-rule-preset-recommend";
import { redactSecrets } from "./secret-patterns.js";
import { extraTokensRule } from "./secretlint-extra.js";

/**
 * The second, maintained rule set: secretlint's recommended preset (11.x: GitHub, AWS, GCP, Anthropic,
 * OpenAI, Slack, npm, SendGrid, Shopify, Linear, 1Password, private keys, basic auth, database connection
 * strings) and our rule for the formats its 13.x added (Grafana, Docker, Figma, Tailscale, Groq, Databricks,
 * Notion, Vercel, Cloudflare; 13.x needs Node 22). It is asynchronous and costs milliseconds per call, so it guards what is posted or
 * stored (comments, PRs, reports, the audit branch) on top of the synchronous patterns every tool output
 * already passed through.
 */
const CONFIG = {
  rules: [
    { id: recommendedPreset.meta.id, rule: recommendedPreset },
    { id: extraTokensRule.meta.id, rule: extraTokensRule },
  ],
};

/** Redacts with the built-in patterns, then masks whatever secretlint's preset still finds. */
export async function redactForPosting(text: string): Promise<{ text: string; found: string[] }> {
  const first = redactSecrets(text);
  const result = await lintSource({
    source: { filePath: "/sentry-output.txt", content: first.text, contentType: "text" },
    options: { config: CONFIG },
  });
  const ranges = result.messages
    .map((m) => ({
      start: m.range[0],
      end: m.range[1],
      rule: m.ruleId.replace(/^@secretlint\/secretlint-rule-/, ""),
    }))
    .sort((a, b) => b.start - a.start);
  let out = first.text;
  let floor = Number.POSITIVE_INFINITY;
  for (const r of ranges) {
    // Overlapping findings: mask from the end backwards and skip any range that runs into one already masked.
    if (r.end > floor) continue;
    out = `${out.slice(0, r.start)}[REDACTED:${r.rule}]${out.slice(r.end)}`;
    floor = r.start;
  }
  return { text: out, found: [...first.found, ...ranges.map((r) => `secretlint:${r.rule}`)] };
}

/** 0-based lines of `text` on which secretlint's preset finds a secret. */
export async function secretlintLines(text: string): Promise<Set<number>> {
  const result = await lintSource({
    source: { filePath: "/sentry-output.txt", content: text, contentType: "text" },
    options: { config: CONFIG },
  });
  const lines = new Set<number>();
  for (const m of result.messages) {
    const first = text.slice(0, m.range[0]).split("\n").length - 1;
    const last = text.slice(0, m.range[1]).split("\n").length - 1;
    for (let i = first; i <= last; i += 1) lines.add(i);
  }
  return lines;
}
