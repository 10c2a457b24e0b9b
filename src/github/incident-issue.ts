import { createHash } from "node:crypto";
import type { Category } from "../core/diagnosis.js";
import type { Incident, Severity } from "../core/incident.js";
import type { GitHub, RepoRef } from "./octokit.js";
import { codeBlock, inlineCode, inlineText, plainText } from "./render/markdown-safe.js";

/**
 * One issue per open incident, found again through a hidden marker in its body. The marker is written in
 * the same request that creates the issue, so a crash after "created" leaves nothing to forget: the retry
 * lists issues and finds it. Two replicas racing both create; the later one notices and closes itself as a
 * duplicate of the earlier (lowest number wins), so the repository converges on one issue.
 */

export const INCIDENT_LABEL = "sentry:incident";
export type IncidentState = "firing" | "diagnosing" | "diagnosed" | "fix-proposed" | "resolved" | "halted";

export interface IssueRef {
  number: number;
  url: string;
  state: "open" | "closed";
}

export type EnsureOutcome = IssueRef & { action: "created" | "found" | "reopened" | "deduplicated" };

const MAX_PAGES = 10;

export function incidentMarker(fingerprint: string): string {
  const digest = createHash("sha256").update(fingerprint).digest("hex");
  return `<!-- claude-sentry:incident ${digest} -->`;
}

export function incidentLabels(
  severity: Severity,
  category: Category | undefined,
  state: IncidentState,
): string[] {
  return [
    INCIDENT_LABEL,
    `severity:${severity}`,
    ...(category ? [`category:${category}`] : []),
    `status:${state}`,
  ];
}

export function renderIssueBody(incident: Incident): string {
  const labels = Object.entries(incident.labels)
    .slice(0, 30)
    .map(([k, v]) => inlineCode(`${k.slice(0, 80)}=${v}`, 280))
    .join(" ");
  return [
    incidentMarker(incident.fingerprint),
    `**${incident.severity}** incident from **${inlineText(incident.source, 60)}**${incident.service ? ` on ${inlineCode(incident.service, 100)}` : ""}, started ${incident.startedAt}.`,
    "",
    incident.description ? codeBlock(incident.description, 4_000) : "_No description in the alert._",
    "",
    labels ? `Labels: ${labels}` : "",
    "",
    `Incident \`${incident.id}\`. Claude Sentry tracks each run below and closes this issue when the incident resolves.`,
  ].join("\n");
}

type IssueRow = {
  number: number;
  html_url: string;
  state: string;
  body?: string | null;
  pull_request?: unknown;
};

async function findByMarker(gh: GitHub, repo: RepoRef, marker: string): Promise<IssueRow[]> {
  const found: IssueRow[] = [];
  for (let page = 1; page <= MAX_PAGES; page += 1) {
    const res = await gh.request("GET /repos/{owner}/{repo}/issues", {
      ...repo,
      labels: INCIDENT_LABEL,
      state: "all",
      sort: "created",
      direction: "asc",
      per_page: 100,
      page,
    });
    const rows = res.data as IssueRow[];
    found.push(...rows.filter((row) => !row.pull_request && carriesMarker(row.body ?? "", marker)));
    if (rows.length < 100) break;
  }
  return found.sort((a, b) => a.number - b.number);
}

/**
 * The bot writes its marker as the first line of an issue it opens, or the last line of one it adopts. Only
 * there does it count, and only whole: an alert's description quoting another incident's marker sits in the
 * middle of the body and must not take that incident's issue over.
 */
export function carriesMarker(body: string, marker: string): boolean {
  const lines = body.replace(/\r\n/g, "\n").trimEnd().split("\n");
  return lines[0] === marker || lines.at(-1) === marker;
}

const toRef = (row: IssueRow): IssueRef => ({
  number: row.number,
  url: row.html_url,
  state: row.state === "closed" ? "closed" : "open",
});

/** Finds or creates the incident's issue; reopens it when the alert fires again after it was closed. */
export async function ensureIncidentIssue(
  gh: GitHub,
  repo: RepoRef,
  incident: Incident,
): Promise<EnsureOutcome> {
  const marker = incidentMarker(incident.fingerprint);
  const existing = (await findByMarker(gh, repo, marker))[0];
  if (existing) {
    if (existing.state === "closed" && incident.status === "firing") {
      await gh.request("PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
        ...repo,
        issue_number: existing.number,
        state: "open",
        state_reason: "reopened",
      });
      await setIncidentState(gh, repo, existing.number, incident.severity, undefined, "firing");
      return { ...toRef(existing), state: "open", action: "reopened" };
    }
    return { ...toRef(existing), action: "found" };
  }
  const created = await gh.request("POST /repos/{owner}/{repo}/issues", {
    ...repo,
    title: `[${incident.severity}] ${plainText(incident.title, 200)}`,
    body: renderIssueBody(incident),
    labels: incidentLabels(incident.severity, undefined, "firing"),
  });
  const mine = { number: created.data.number, html_url: created.data.html_url, state: "open" };
  const all = await findByMarker(gh, repo, marker);
  const first = all[0];
  if (first && first.number < mine.number) {
    await gh.request("PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
      ...repo,
      issue_number: mine.number,
      state: "closed",
      state_reason: "duplicate",
      body: `Duplicate of #${first.number} (opened by a concurrent Claude Sentry replica).`,
    });
    return { ...toRef(first), action: "deduplicated" };
  }
  return { ...toRef(mine), action: "created" };
}

/** Replaces our severity/category/status labels and keeps every label a person added. */
export async function setIncidentState(
  gh: GitHub,
  repo: RepoRef,
  issueNumber: number,
  severity: Severity,
  category: Category | undefined,
  state: IncidentState,
): Promise<void> {
  const current = await gh.request("GET /repos/{owner}/{repo}/issues/{issue_number}/labels", {
    ...repo,
    issue_number: issueNumber,
    per_page: 100,
  });
  const ours = /^(sentry:incident|severity:|category:|status:)/;
  const keptCategory = category
    ? undefined
    : current.data.map((l) => l.name).find((name) => name.startsWith("category:"));
  const labels = [
    ...current.data.map((l) => l.name).filter((name) => !ours.test(name)),
    ...incidentLabels(severity, category, state),
    ...(keptCategory ? [keptCategory] : []),
  ];
  await gh.request("PUT /repos/{owner}/{repo}/issues/{issue_number}/labels", {
    ...repo,
    issue_number: issueNumber,
    labels,
  });
}

/** Closes the incident's issue (resolved alert, or a merged fix whose verification passed). */
export async function resolveIncidentIssue(
  gh: GitHub,
  repo: RepoRef,
  issueNumber: number,
  severity: Severity,
  reason: string,
): Promise<void> {
  await gh.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
    ...repo,
    issue_number: issueNumber,
    body: `Resolved: ${inlineText(reason, 500)}`,
  });
  await setIncidentState(gh, repo, issueNumber, severity, undefined, "resolved");
  await gh.request("PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
    ...repo,
    issue_number: issueNumber,
    state: "closed",
    state_reason: "completed",
  });
}

/**
 * Marks an issue a person opened (and ran `/sentry diagnose` on) as the incident's issue: the hidden
 * marker goes at the end of its body, so the next alert with this fingerprint lands there instead of
 * opening a second issue. The person's text is kept as it is.
 */
export async function adoptIncidentIssue(
  gh: GitHub,
  repo: RepoRef,
  issueNumber: number,
  fingerprint: string,
): Promise<void> {
  const marker = incidentMarker(fingerprint);
  const issue = await gh.request("GET /repos/{owner}/{repo}/issues/{issue_number}", {
    ...repo,
    issue_number: issueNumber,
  });
  const body = issue.data.body ?? "";
  // A pull request is never an incident's issue (findByMarker skips them), so its description stays as is.
  if (issue.data.pull_request || carriesMarker(body, marker)) return;
  await gh.request("PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
    ...repo,
    issue_number: issueNumber,
    body: `${body}${body.endsWith("\n") || body === "" ? "" : "\n"}\n${marker}`,
  });
}

/** Finds the open or closed issue of an incident without creating one (a resolved alert for an unknown incident). */
export async function findIncidentIssue(
  gh: GitHub,
  repo: RepoRef,
  fingerprint: string,
): Promise<IssueRef | undefined> {
  const row = (await findByMarker(gh, repo, incidentMarker(fingerprint)))[0];
  return row ? toRef(row) : undefined;
}
