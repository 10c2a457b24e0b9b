import { z } from "zod";
import type { CommentEvent } from "./handle-comment.js";

/** The fields of an `issue_comment` webhook we rely on, validated: payloads are input like any other. */
const IssueCommentPayloadSchema = z.object({
  action: z.string(),
  comment: z.object({
    id: z.number(),
    body: z.string().nullable(),
    user: z.object({ login: z.string(), type: z.string().optional() }).nullable(),
  }),
  issue: z.object({
    number: z.number(),
    title: z.string(),
    body: z.string().nullable().optional(),
    pull_request: z.unknown().optional(),
  }),
  repository: z.object({
    name: z.string(),
    owner: z.object({ login: z.string() }),
    default_branch: z.string(),
  }),
});

export type ParsedCommentPayload =
  | { ok: true; event: CommentEvent; action: string; defaultBranch: string }
  | { ok: false; reason: string };

export function commentEventFromPayload(payload: unknown): ParsedCommentPayload {
  const parsed = IssueCommentPayloadSchema.safeParse(payload);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: `issue_comment payload: ${issue?.path.join(".")}: ${issue?.message}` };
  }
  const p = parsed.data;
  return {
    ok: true,
    action: p.action,
    defaultBranch: p.repository.default_branch,
    event: {
      repo: { owner: p.repository.owner.login, repo: p.repository.name },
      commentId: p.comment.id,
      body: p.comment.body ?? "",
      author: p.comment.user ?? { login: "ghost", type: "Bot" },
      issue: {
        number: p.issue.number,
        title: p.issue.title,
        body: p.issue.body ?? "",
        isPullRequest: p.issue.pull_request !== undefined && p.issue.pull_request !== null,
      },
    },
  };
}
