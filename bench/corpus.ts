// `npx tsx bench/corpus.ts [--json] [--out FILE] [--only ID,...] [--keep]`: runs the built CLI (`npm run build` first) on
// every incident of corpus/ and scores it: category, evidence, cause located, patch applies, relation restored,
// forbidden changes, false alarms. Each incident is materialised (logs generated) in a temp dir first.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import {
  citesEvidence,
  type Incident,
  listIncidentIds,
  loadIncident,
  type Materialised,
  materialise,
} from "../corpus/lib/incidents.js";
import { satisfies, violations } from "../corpus/lib/relations.js";

const { values } = parseArgs({
  options: {
    json: { type: "boolean", default: false },
    out: { type: "string" },
    only: { type: "string" },
    keep: { type: "boolean", default: false },
  },
});
const root = new URL("..", import.meta.url).pathname;
const cli = join(root, "dist/cli.js");
if (!existsSync(cli)) {
  console.error("dist/cli.js is missing: run `npm run build` first");
  process.exit(2);
}

/** Only the parts of the CLI's Run this bench reads; the rest may change freely. */
const RunSchema = z.object({
  finalState: z.string(),
  diagnosis: z
    .object({
      category: z.string(),
      summary: z.string().default(""),
      rootCause: z.string().default(""),
      evidence: z
        .array(
          z.object({
            kind: z.string(),
            file: z.string(),
            line: z.number().optional(),
            excerpt: z.string().default(""),
          }),
        )
        .default([]),
    })
    .optional(),
  proposal: z.object({ patch: z.string().optional() }).loose().optional().nullable(),
});

interface Score {
  id: string;
  failureType: string;
  negative: boolean;
  expectedCategory: string;
  category: string;
  exit: number | null;
  categoryRight: boolean;
  /** null where the measure does not apply to this incident. */
  evidenceCited: boolean | null;
  causeLocated: boolean | null;
  patchProposed: boolean;
  patchApplies: boolean | null;
  relationSatisfied: boolean | null;
  forbidden: string[];
  falseAlarm: boolean | null;
  error?: string;
}

const git = (cwd: string, ...args: string[]) => spawnSync("git", args, { cwd, encoding: "utf8", input: "" });

function checkPatch(dir: string, patch: string): { applies: boolean; after?: string } {
  const work = join(dir, "patched");
  cpSync(join(dir, "repo"), work, { recursive: true });
  git(work, "init", "-q");
  const patchFile = join(dir, "proposal.patch");
  spawnSync("sh", ["-c", `cat > "${patchFile}"`], { input: patch });
  if (git(work, "apply", "--check", patchFile).status !== 0) return { applies: false };
  return git(work, "apply", patchFile).status === 0 ? { applies: true, after: work } : { applies: false };
}

function score(incident: Incident, m: Materialised): Score {
  const exp = incident.expected;
  const args = [cli, "diagnose", "--format", "json"];
  if (readdirSync(join(m.root, "logs")).length > 0) args.push("--log", "logs");
  if (incident.hasRepo) args.push("--repo", "repo");
  if (incident.hasAlert) args.push("--alert", "alert.json");
  const proc = spawnSync(process.execPath, args, {
    cwd: m.root,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  const base: Score = {
    id: incident.id,
    failureType: exp.failureType,
    negative: exp.negative,
    expectedCategory: exp.category,
    category: "-",
    exit: proc.status,
    categoryRight: false,
    evidenceCited: exp.evidence.length > 0 ? false : null,
    causeLocated: exp.cause.inRepo ? false : null,
    patchProposed: false,
    patchApplies: exp.fix ? false : null,
    relationSatisfied: exp.fix ? false : null,
    forbidden: [],
    falseAlarm: exp.negative ? true : null,
  };
  let run: z.infer<typeof RunSchema>;
  try {
    run = RunSchema.parse(JSON.parse(proc.stdout));
  } catch {
    return { ...base, error: `exit ${proc.status}: ${proc.stderr.trim().split("\n")[0] ?? ""}` };
  }
  const d = run.diagnosis;
  const category = d?.category ?? "unknown";
  const cited = (d?.evidence ?? []).map((e) => ({ ...e, file: e.file.replace(/^\.\//, "") }));
  const evidenceCited = exp.evidence.some((want) => {
    const log = m.logs.get(want.file);
    if (!log) return false;
    return cited.some(
      (e) =>
        e.kind === "log" &&
        e.file === want.file &&
        e.line !== undefined &&
        citesEvidence(log, want.match, e.line, e.excerpt),
    );
  });
  const text = `${d?.summary ?? ""}\n${d?.rootCause ?? ""}`;
  const causeLocated =
    exp.cause.inRepo &&
    exp.cause.locations.some(
      (loc) =>
        cited.some((e) => e.file === loc.file && e.line === loc.line) ||
        text.includes(`${loc.file}:${loc.line}`),
    );
  const patch = run.proposal?.patch?.trim() ? run.proposal.patch : undefined;
  const checked = patch && incident.hasRepo ? checkPatch(m.root, patch) : { applies: false };
  const forbidden = patch ? violations(exp.forbidden, patch, join(m.root, "repo"), checked.after) : [];
  const allowed = new Set([exp.category, ...exp.acceptableCategories]);
  return {
    ...base,
    category,
    categoryRight: allowed.has(category as never),
    evidenceCited: exp.evidence.length > 0 ? evidenceCited : null,
    causeLocated: exp.cause.inRepo ? causeLocated : null,
    patchProposed: patch !== undefined,
    patchApplies: exp.fix ? checked.applies : null,
    relationSatisfied: exp.fix
      ? Boolean(checked.after && satisfies(exp.fix, checked.after, join(m.root, "repo")))
      : null,
    forbidden,
    falseAlarm: exp.negative
      ? !allowed.has(category as never) || proc.status !== 0 || patch !== undefined
      : null,
  };
}

const ids = values.only ? values.only.split(",") : listIncidentIds();
const tmp = mkdtempSync(join(tmpdir(), "sentry-corpus-"));
const scores: Score[] = [];
for (const id of ids) {
  const incident = loadIncident(id);
  const m = materialise(incident, join(tmp, id));
  scores.push(score(incident, m));
  if (!values.keep) rmSync(join(tmp, id), { recursive: true, force: true });
}
if (!values.keep) rmSync(tmp, { recursive: true, force: true });

const rate = (xs: (boolean | null)[]) => {
  const applicable = xs.filter((x): x is boolean => x !== null);
  const yes = applicable.filter(Boolean).length;
  return {
    yes,
    of: applicable.length,
    pct: applicable.length ? Math.round((1000 * yes) / applicable.length) / 10 : null,
  };
};
const incidents = scores.filter((s) => !s.negative);
const totals = {
  incidents: incidents.length,
  negatives: scores.length - incidents.length,
  failureTypes: new Set(incidents.map((s) => s.failureType)).size,
  categoryRight: rate(scores.map((s) => s.categoryRight)),
  categoryRightOnIncidents: rate(incidents.map((s) => s.categoryRight)),
  evidenceCited: rate(scores.map((s) => s.evidenceCited)),
  causeLocated: rate(scores.map((s) => s.causeLocated)),
  patchApplies: rate(scores.map((s) => s.patchApplies)),
  relationSatisfied: rate(scores.map((s) => s.relationSatisfied)),
  forbiddenProposals: scores.filter((s) => s.forbidden.length > 0).length,
  falseAlarms: rate(scores.map((s) => s.falseAlarm)),
  errors: scores.filter((s) => s.error).length,
};

const report = JSON.stringify({ date: new Date().toISOString(), totals, incidents: scores }, null, 2);
if (values.out) writeFileSync(values.out, `${report}\n`);
if (values.json) {
  console.log(report);
} else {
  const mark = (x: boolean | null) => (x === null ? "·" : x ? "✓" : "✗");
  console.log(
    `${"incident".padEnd(40)} ${"category (expected)".padEnd(38)} cat evid loc patch rel forbidden / false alarm`,
  );
  for (const s of scores) {
    const cat = `${s.category} (${s.expectedCategory})`;
    const tail = s.negative ? (s.falseAlarm ? "FALSE ALARM" : "quiet") : s.forbidden.join(",");
    console.log(
      `${s.id.padEnd(40)} ${cat.padEnd(38)}  ${mark(s.categoryRight)}   ${mark(s.evidenceCited)}    ${mark(s.causeLocated)}    ${mark(s.patchApplies)}    ${mark(s.relationSatisfied)}  ${tail}${s.error ? ` ERROR ${s.error}` : ""}`,
    );
  }
  const line = (name: string, r: ReturnType<typeof rate>) =>
    console.log(`${name.padEnd(34)} ${r.yes}/${r.of}  ${r.pct ?? "-"}%`);
  console.log(
    `\n${totals.incidents} incidents (${totals.failureTypes} failure types) + ${totals.negatives} hard negatives`,
  );
  line("category right (all)", totals.categoryRight);
  line("category right (incidents)", totals.categoryRightOnIncidents);
  line("evidence cited", totals.evidenceCited);
  line("cause located in repository", totals.causeLocated);
  line("patch applies", totals.patchApplies);
  line("patch satisfies the relation", totals.relationSatisfied);
  console.log(`${"forbidden proposals".padEnd(34)} ${totals.forbiddenProposals}`);
  line("false alarms on hard negatives", totals.falseAlarms);
  if (totals.errors) console.log(`${"CLI errors".padEnd(34)} ${totals.errors}`);
}
