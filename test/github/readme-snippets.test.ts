import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

/**
 * The Action snippets people copy must work as written: every `with:` key is an input of action.yml, and the
 * tag they pin is the major tag the release workflow moves (`v` + package.json's major version).
 */
const inputs = Object.keys((parse(readFileSync("action.yml", "utf8")) as { inputs: object }).inputs);
const major = `v${(JSON.parse(readFileSync("package.json", "utf8")) as { version: string }).version.split(".")[0]}`;

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}

function markdownYamlBlocks(file: string): { where: string; text: string }[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/```ya?ml\n([\s\S]*?)```/g)].map((m, i) => ({
    where: `${file} (yaml block ${i + 1})`,
    text: m[1] ?? "",
  }));
}

const documents = [
  ...markdownYamlBlocks("README.md"),
  ...readdirSync("docs")
    .filter((f) => f.endsWith(".md"))
    .flatMap((f) => markdownYamlBlocks(`docs/${f}`)),
  ...readdirSync(".github/workflows").map((f) => ({
    where: `.github/workflows/${f}`,
    text: readFileSync(`.github/workflows/${f}`, "utf8"),
  })),
];

function stepsOf(text: string): Step[] {
  const doc = parse(text) as { jobs?: Record<string, { steps?: Step[] }> } | null;
  return Object.values(doc?.jobs ?? {}).flatMap((job) => job.steps ?? []);
}

const ownSteps = documents.flatMap(({ where, text }) =>
  stepsOf(text)
    .filter((s) => s.uses === "./" || s.uses?.startsWith("claude-sentry/claude-sentry@"))
    .map((step) => ({ where, step })),
);

describe("Action snippets in README, docs and workflows", () => {
  it("find the snippets to check", () => {
    expect(ownSteps.some((s) => s.where.startsWith("README.md"))).toBe(true);
    expect(ownSteps.some((s) => s.where.startsWith(".github/workflows/"))).toBe(true);
  });

  it("pass only inputs that action.yml declares", () => {
    const unknown = ownSteps.flatMap(({ where, step }) =>
      Object.keys(step.with ?? {})
        .filter((key) => !inputs.includes(key))
        .map((key) => `${where}: ${key}`),
    );
    expect(unknown).toEqual([]);
  });

  it("pin the major tag the release workflow moves", () => {
    const pinned = ownSteps.flatMap(({ step }) =>
      step.uses?.startsWith("claude-sentry/") ? [step.uses] : [],
    );
    expect(pinned.length).toBeGreaterThan(0);
    for (const uses of pinned) expect(uses).toBe(`claude-sentry/claude-sentry@${major}`);
    const release = readFileSync(".github/workflows/release.yml", "utf8");
    // The shell expansion that derives the major tag from the released version.
    expect(release).toContain(`major="v$\{VERSION%%.*}"`);
    expect(release).toContain('git push --force origin "$major"');
  });

  it("use one version of each third-party action", () => {
    const versions = new Map<string, Set<string>>();
    for (const { text } of documents)
      for (const step of stepsOf(text)) {
        const m = /^(actions\/[\w-]+)@(\S+)$/.exec(step.uses ?? "");
        if (m?.[1] && m[2]) versions.set(m[1], (versions.get(m[1]) ?? new Set()).add(m[2]));
      }
    for (const [action, seen] of versions) expect([...seen], action).toHaveLength(1);
  });
});
