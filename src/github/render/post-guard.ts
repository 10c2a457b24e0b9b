import { stripBidi } from "../../security/gateway/posting-neutraliser.js";
import { redactForPosting } from "../../security/gateway/secretlint-pass.js";
import type { GitHub } from "../octokit.js";

/** The text fields of a write that GitHub shows people: issue, comment and PR titles and bodies, commit messages. */
const POSTED_FIELDS = ["title", "body", "message"] as const;

/**
 * The one door for everything posted: every write request's title, body and commit message is redacted with
 * both secret rule sets (ours and secretlint's) and loses bidi controls (the zero-width spaces our renderers put in stay), whatever renderer built it.
 * File contents (`content` of blobs and contents writes) are the fix itself and pass untouched.
 */
export function guardPosting(gh: GitHub): GitHub {
  const request = async (route: unknown, params?: Record<string, unknown>) => {
    const method = typeof route === "string" ? route.split(" ")[0] : undefined;
    const clean = method && method !== "GET" && params ? await redactFields(params) : params;
    return (gh.request as (route: unknown, params?: Record<string, unknown>) => Promise<unknown>)(
      route,
      clean,
    );
  };
  return { request: request as unknown as GitHub["request"], graphql: gh.graphql };
}

async function redactFields(params: Record<string, unknown>): Promise<Record<string, unknown>> {
  const out = { ...params };
  for (const field of POSTED_FIELDS) {
    const value = out[field];
    if (typeof value === "string") out[field] = stripBidi((await redactForPosting(value)).text);
  }
  return out;
}
