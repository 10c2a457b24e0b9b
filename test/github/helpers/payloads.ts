import { createRequire } from "node:module";

type Example = Record<string, unknown> & { action?: string };
const require = createRequire(import.meta.url);
// Loaded with require: the package's default export is mistyped under NodeNext.
const all = require("@octokit/webhooks-examples") as { name: string; examples: Example[] }[];

/** A deep copy of a real payload from @octokit/webhooks-examples, with an installation id (Probot needs one). */
export function examplePayload<T = Example>(name: string, pick: (e: Example) => boolean = () => true): T {
  const group = all.find((g) => g.name === name);
  const example = group?.examples.find(pick);
  if (!example) throw new Error(`no ${name} example matches`);
  return { ...structuredClone(example), installation: { id: 4242 } } as T;
}

interface CommentPayload extends Record<string, unknown> {
  comment: { body: string; user: { login: string; type: string } };
  issue: { number: number; title: string; body: string; pull_request?: unknown };
  repository: { name: string; owner: { login: string }; full_name: string; default_branch: string };
}

/** The example issue_comment.created payload, retargeted at acme/shop with a given body and author. */
export function commentPayload(
  body: string,
  opts: { login?: string; type?: string; pr?: boolean; issueNumber?: number } = {},
) {
  const payload = examplePayload<CommentPayload>("issue_comment", (e) => e.action === "created");
  payload.comment.body = body;
  payload.comment.user.login = opts.login ?? "carol";
  payload.comment.user.type = opts.type ?? "User";
  payload.issue.number = opts.issueNumber ?? 1;
  payload.issue.title = "Checkout is returning 500s";
  payload.issue.body = "Since 02:50 checkout fails.";
  if (opts.pr) payload.issue.pull_request = { url: "https://api.github.com/repos/acme/shop/pulls/1" };
  else delete payload.issue.pull_request;
  payload.repository.name = "shop";
  payload.repository.owner.login = "acme";
  payload.repository.full_name = "acme/shop";
  payload.repository.default_branch = "main";
  return payload;
}

/** A payload edited field by field in a test; the real shapes are validated by the code under test. */
// biome-ignore lint/suspicious/noExplicitAny: example payloads are deep, loosely typed JSON edited in place
export type LoosePayload = Record<string, any>;
