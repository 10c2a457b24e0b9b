import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Ajv, type ValidateFunction } from "ajv";

/**
 * Checks a request against GitHub's published REST description (@octokit/openapi, api.github.com):
 * the method and path must exist, and a JSON body must satisfy the operation's request schema (required
 * fields present, types right). Only the one 13 MB description is read; `require("@octokit/openapi")`
 * would load all ten (385 MB).
 */

type Json = Record<string, unknown>;
interface Operation {
  method: string;
  template: string;
  pattern: RegExp;
  literalLength: number;
  bodySchema?: Json;
  bodyRequired: boolean;
}

export type RequestVerdict = { ok: true; operation: string } | { ok: false; problem: string };

let operations: Operation[] | undefined;
const validators = new Map<string, ValidateFunction>();
const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });

/** OpenAPI 3.0 `nullable` is not JSON Schema; refs move under the id the components are registered as. */
function rewrite(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(rewrite);
  if (typeof node !== "object" || node === null) return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === "$ref" && typeof value === "string" && value.startsWith("#/components/")) {
      out[key] = `gh${value}`;
    } else if (key !== "nullable" && key !== "example" && key !== "examples") {
      out[key] = rewrite(value);
    }
  }
  if ((node as Json).nullable === true) return { anyOf: [out, { type: "null" }] };
  return out;
}

function load(): Operation[] {
  if (operations) return operations;
  const require = createRequire(import.meta.url);
  const file = require.resolve("@octokit/openapi/generated/api.github.com.json");
  const spec = JSON.parse(readFileSync(file, "utf8")) as { paths: Record<string, Json>; components: Json };
  ajv.addSchema({ components: rewrite(spec.components) }, "gh");
  const ops: Operation[] = [];
  for (const [template, item] of Object.entries(spec.paths)) {
    const segments = template.split("/");
    const source = segments
      .map((segment, i) => {
        if (!/^\{\w+\}$/.test(segment)) return segment.replace(/[.*+?^$()|[\]\\]/g, "\\$&");
        // A trailing {path} or {ref} may hold slashes when a client does not encode them (`heads/a/b`).
        return i === segments.length - 1 && /^\{(path|ref)\}$/.test(segment) ? ".+" : "[^/]+";
      })
      .join("/");
    for (const [method, op] of Object.entries(item)) {
      if (!["get", "post", "put", "patch", "delete"].includes(method)) continue;
      const requestBody = (op as Json).requestBody as Json | undefined;
      const content = requestBody?.content as Record<string, Json> | undefined;
      const schema = content?.["application/json"]?.schema as Json | undefined;
      ops.push({
        method: method.toUpperCase(),
        template,
        pattern: new RegExp(`^${source}$`),
        literalLength: template.replace(/\{\w+\}/g, "").length,
        ...(schema ? { bodySchema: rewrite(schema) as Json } : {}),
        bodyRequired: requestBody?.required === true,
      });
    }
  }
  operations = ops.sort((a, b) => b.literalLength - a.literalLength);
  return operations;
}

function validatorFor(op: Operation): ValidateFunction | undefined {
  if (!op.bodySchema) return undefined;
  const key = `${op.method} ${op.template}`;
  let validate = validators.get(key);
  if (!validate) {
    validate = ajv.compile(op.bodySchema);
    validators.set(key, validate);
  }
  return validate;
}

/** GraphQL is one endpoint outside the REST description: it must carry a query string and nothing else odd. */
function checkGraphql(body: unknown): RequestVerdict {
  const query = (body as Json | undefined)?.query;
  return typeof query === "string" && query.trim().length > 0
    ? { ok: true, operation: "POST /graphql" }
    : { ok: false, problem: "POST /graphql without a query string" };
}

/** `path` as sent on the wire (query string allowed); `prefix` is stripped for GHES (`/api/v3`). */
export function checkGitHubRequest(method: string, path: string, body: unknown, prefix = ""): RequestVerdict {
  const bare = decodeURI(path.split("?")[0] ?? "").slice(prefix.length) || "/";
  const upper = method.toUpperCase();
  if (upper === "POST" && bare === "/graphql") return checkGraphql(body);
  const candidates = load().filter((op) => op.pattern.test(bare));
  if (candidates.length === 0)
    return { ok: false, problem: `${upper} ${bare}: no such path in GitHub's REST API` };
  const op = candidates.find((c) => c.method === upper);
  if (!op) {
    const known = [...new Set(candidates.map((c) => c.method))].join(", ");
    return { ok: false, problem: `${upper} ${bare}: method not in GitHub's REST API (path has ${known})` };
  }
  const name = `${op.method} ${op.template}`;
  if (body === undefined || body === "") {
    return op.bodyRequired
      ? { ok: false, problem: `${name}: request body required` }
      : { ok: true, operation: name };
  }
  const validate = validatorFor(op);
  if (validate && !validate(body)) {
    const errors = (validate.errors ?? []).map((e) => `${e.instancePath || "body"} ${e.message}`).join("; ");
    return { ok: false, problem: `${name}: body does not match GitHub's schema: ${errors}` };
  }
  return { ok: true, operation: name };
}
