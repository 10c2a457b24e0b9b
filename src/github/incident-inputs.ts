import { mkdtempSync, writeFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Incident } from "../core/incident.js";
import type { Workspace } from "../core/workspace.js";
import { type IncidentResult, incidentFromAlertBody } from "../engine/incident-from-alert.js";
import { incidentIdFor } from "../ingest/alerts/index.js";
import { downloadLog, findAlertJson, findLogLinks, GITHUB_CONTENT_HOSTS } from "./chatops/attachments.js";
import type { CommentEvent } from "./chatops/handle-comment.js";

/** Code the Action and the App share: turning GitHub's world into an Incident and a Workspace. */

export { type IncidentResult, incidentFromAlertBody };

/**
 * repository_dispatch: `client_payload` is either a vendor payload under `alert` (with an optional
 * `source`), or the relayed-alert fields themselves (docs/alerts.md), which the `github` normalizer reads.
 */
export function incidentFromDispatch(payload: unknown): IncidentResult {
  const client = (payload as { client_payload?: Record<string, unknown> } | undefined)?.client_payload;
  if (!client || typeof client !== "object")
    return { ok: false, reason: "repository_dispatch without a client_payload" };
  if (client.alert && typeof client.alert === "object") {
    return incidentFromAlertBody(client.alert, typeof client.source === "string" ? client.source : undefined);
  }
  return incidentFromAlertBody(payload, "github");
}

/** `/sentry diagnose` on an issue: its alert JSON if it has one, else the issue itself is the incident. */
export function incidentFromIssue(event: CommentEvent, now: Date): Incident {
  const alert = findAlertJson(event.issue.body);
  if (alert !== undefined) {
    const parsed = incidentFromAlertBody(alert);
    if (parsed.ok) return parsed.incident;
  }
  const fingerprint = `github-issue:${event.repo.owner}/${event.repo.repo}#${event.issue.number}`;
  return {
    id: incidentIdFor(fingerprint),
    fingerprint,
    source: "chatops",
    severity: "P3",
    title: event.issue.title.slice(0, 500) || `Issue #${event.issue.number}`,
    description: event.issue.body.slice(0, 20_000),
    labels: { issue: String(event.issue.number) },
    startedAt: now.toISOString(),
    status: "firing",
    raw: { issue: event.issue.number },
  };
}

/** Logs attached to or linked from the issue and the command comment, saved to a private temp dir. */
export async function logsFromIssue(
  event: CommentEvent,
  options: { serverHost?: string; maxBytes?: number; fetchImpl?: typeof fetch } = {},
): Promise<{
  files: { path: string; display: string }[];
  problems: string[];
  /** Deletes the saved logs: a long-running App must not keep strangers' logs on its disk. */
  remove: () => Promise<void>;
}> {
  const links = findLogLinks(`${event.issue.body}\n${event.body}`, options.serverHost);
  const dir = links.length > 0 ? mkdtempSync(join(tmpdir(), "sentry-logs-")) : "";
  const files: { path: string; display: string }[] = [];
  const problems: string[] = [];
  for (const [i, url] of links.entries()) {
    const got = await downloadLog(url, {
      // GitHub Enterprise Server serves attachments from its own host.
      allowedHosts: [...GITHUB_CONTENT_HOSTS, ...(options.serverHost ? [options.serverHost] : [])],
      ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}),
      ...(options.fetchImpl ? { fetchImpl: options.fetchImpl } : {}),
    });
    if (!got.ok) {
      problems.push(`${url}: ${got.reason}`);
      continue;
    }
    const name = decodeURIComponent(new URL(url).pathname.split("/").at(-1) ?? `log-${i}`).replace(
      /[^\w.-]/g,
      "_",
    );
    const path = join(dir, `${i}-${name}`);
    writeFileSync(path, got.text, { mode: 0o600 });
    files.push({ path, display: name });
  }
  const remove = async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  };
  return { files, problems, remove };
}

export function addLogs(workspace: Workspace, files: { path: string; display: string }[]): Workspace {
  return {
    ...workspace,
    logFiles: [...workspace.logFiles, ...files.map((f) => f.path)],
    logDisplayNames: {
      ...workspace.logDisplayNames,
      ...Object.fromEntries(files.map((f) => [f.path, f.display])),
    },
  };
}
