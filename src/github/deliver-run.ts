import type { SimilarIncident } from "../core/agent-context.js";
import type { SentryConfig } from "../core/config.js";
import type { Incident } from "../core/incident.js";
import type { Mode } from "../core/mode.js";
import type { Run } from "../core/run.js";
import { readWriteGate, type WriteGate } from "./control.js";
import { deliverFixPr, type FixPrOutcome } from "./fix-pr.js";
import {
  adoptIncidentIssue,
  ensureIncidentIssue,
  findIncidentIssue,
  type IncidentState,
  type IssueRef,
  resolveIncidentIssue,
  setIncidentState,
} from "./incident-issue.js";
import type { GitHub, RepoRef } from "./octokit.js";
import type { LinkContext } from "./render/links.js";
import { dispatchRestart, type RestartOutcome } from "./restart.js";
import { createTracker } from "./tracking-comment.js";

export interface DeliveryTarget {
  gh: GitHub;
  repo: RepoRef;
  config: SentryConfig;
  defaultBranch: string;
  links: LinkContext;
  clock?: () => Date;
}

/**
 * Runs the pipeline; `mode` is what the gate allows (DISABLED when halted), `onState` feeds the comment,
 * `runId` becomes Run.id.
 */
export type ExecuteRun = (args: {
  mode: Mode;
  runId: string;
  onState: (state: string) => void;
}) => Promise<{ run: Run; similar?: SimilarIncident[] }>;

export type Delivery =
  | { status: "resolved"; issue?: IssueRef }
  | {
      status: "delivered" | "halted";
      run: Run;
      gate: WriteGate;
      issue?: IssueRef;
      pr?: FixPrOutcome;
      restart?: RestartOutcome;
    };

export interface DeliveryOptions {
  /**
   * The run's id, made by the door: the tracking comment is found again by it, so a retried job (the same
   * id) edits its earlier comment instead of adding another.
   */
  runId: string;
  proposeFix?: boolean;
  issueNumber?: number;
  notice?: string;
}

function stateAfter(run: Run, pr: FixPrOutcome | undefined): IncidentState {
  if (run.finalState === "HALTED") return "halted";
  if (pr && (pr.status === "opened" || pr.status === "updated")) return "fix-proposed";
  return "diagnosed";
}

/**
 * The GitHub side of one incident: gate, issue, tracking comment, run, labels, fix PR, restart. When the
 * kill switch is closed the run still happens in DISABLED mode (the diagnosis lands in the job summary or
 * log) but nothing is written to the repository.
 */
export async function deliverIncident(
  target: DeliveryTarget,
  incident: Incident,
  execute: ExecuteRun,
  options: DeliveryOptions,
): Promise<Delivery> {
  const { runId } = options;
  const { gh, repo, config } = target;
  const gate = await readWriteGate(gh, repo, config, target.defaultBranch);
  if (incident.status === "resolved") {
    if (!gate.open) return { status: "resolved" };
    const issue = await findIncidentIssue(gh, repo, incident.fingerprint);
    if (issue && issue.state === "open") {
      await resolveIncidentIssue(
        gh,
        repo,
        issue.number,
        incident.severity,
        `the alert resolved at ${incident.endedAt ?? "an unknown time"}`,
      );
      return { status: "resolved", issue: { ...issue, state: "closed" } };
    }
    return { status: "resolved", ...(issue ? { issue } : {}) };
  }
  if (!gate.open) {
    const { run } = await execute({ mode: "DISABLED", runId, onState: () => undefined });
    return { status: "halted", run, gate };
  }

  let issue: IssueRef;
  if (options.issueNumber) {
    await adoptIncidentIssue(gh, repo, options.issueNumber, incident.fingerprint);
    issue = {
      number: options.issueNumber,
      url: `${target.links.serverUrl}/${repo.owner}/${repo.repo}/issues/${options.issueNumber}`,
      state: "open",
    };
  } else issue = await ensureIncidentIssue(gh, repo, incident);
  if (options.notice) {
    await gh.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
      ...repo,
      issue_number: issue.number,
      body: options.notice,
    });
  }
  await setIncidentState(gh, repo, issue.number, incident.severity, undefined, "diagnosing");
  const tracker = createTracker(gh, repo, issue.number, runId, target.links);
  const pending: Promise<void>[] = [];
  const { run, similar } = await execute({
    mode: gate.mode,
    runId,
    onState: (state) => pending.push(tracker.stateEntered(state)),
  });
  await Promise.all(pending);
  await tracker.finish(run, similar ?? []);

  let pr: FixPrOutcome | undefined;
  if (run.proposal?.patch && (options.proposeFix || run.reach === "patch")) {
    pr = await deliverFixPr(gh, repo, {
      run,
      mode: gate.mode,
      config,
      baseBranch: target.defaultBranch,
      issueNumber: issue.number,
      ...(target.links.runUrl ? { runUrl: target.links.runUrl } : {}),
    });
  }
  let restart: RestartOutcome | undefined;
  if (run.proposal?.restart && gate.mode === "ACTIVE") {
    restart = await dispatchRestart(gh, repo, {
      service: run.proposal.restart.service,
      mode: gate.mode,
      config,
      ref: target.defaultBranch,
      now: (target.clock ?? (() => new Date()))(),
    });
  }
  await setIncidentState(
    gh,
    repo,
    issue.number,
    run.diagnosis?.severity ?? incident.severity,
    run.diagnosis?.category,
    stateAfter(run, pr),
  );
  return { status: "delivered", run, gate, issue, ...(pr ? { pr } : {}), ...(restart ? { restart } : {}) };
}
