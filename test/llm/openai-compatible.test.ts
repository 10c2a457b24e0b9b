import { rmSync } from "node:fs";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { RunSchema } from "../../src/core/run.js";
import { cli } from "../helpers/cli-harness.js";
import { agentOf, type Body, openAiReply, type RecordedScript } from "./helpers/fake-claude.js";
import { type IncidentDir, makeIncidentDir, recordedScript } from "./helpers/recorded-incident.js";

/**
 * A self-hosted model server on loopback (what Ollama, vLLM and LiteLLM expose): Chat Completions with tool
 * calls at `/v1/chat/completions`, no key. It answers each agent's turn from the recorded incident's script.
 */
function startModelServer(script: RecordedScript) {
  const seen: { bodies: Body[]; headers: IncomingHttpHeaders[]; paths: string[] } = {
    bodies: [],
    headers: [],
    paths: [],
  };
  const server: Server = createServer((req, res) => {
    let raw = "";
    req.on("data", (chunk: Buffer) => {
      raw += chunk.toString();
    });
    req.on("end", () => {
      seen.paths.push(req.url ?? "");
      seen.headers.push(req.headers);
      const body = JSON.parse(raw) as Body;
      seen.bodies.push(body);
      const agent = agentOf(body.messages[0].content);
      const step = body.messages.filter((m: Body) => m.role === "assistant").length;
      const turn = script[agent][step];
      res.setHeader("content-type", "application/json");
      if (!turn) {
        res.statusCode = 500;
        res.end(JSON.stringify({ error: { message: `no recorded turn ${agent}#${step}` } }));
        return;
      }
      res.end(JSON.stringify(openAiReply(turn, body.model, `${agent}${step}`)));
    });
  });
  return new Promise<{ url: string; seen: typeof seen; close: () => Promise<void> }>((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}/v1`,
        seen,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

let where: IncidentDir;
beforeEach(() => {
  where = makeIncidentDir();
});
afterEach(() => rmSync(where.dir, { recursive: true, force: true }));

const ARGS = [
  "diagnose",
  "--provider",
  "openai_compatible",
  "--log",
  "app.log",
  "--repo",
  "repo",
  "--format",
  "json",
];

describe("claude-sentry diagnose --provider openai_compatible", () => {
  it("runs the incident end to end against a keyless model server on loopback", async () => {
    const server = await startModelServer(recordedScript());
    try {
      const result = await cli(ARGS, {
        cwd: where.dir,
        env: { OPENAI_BASE_URL: server.url, OPENAI_MODEL: "llama3.1:70b" },
      });
      expect(result.stderr).toBe("");
      const run = RunSchema.parse(JSON.parse(result.stdout));
      expect(run.provider).toBe("openai_compatible");
      expect(run.finalState).toBe("PROPOSED");
      expect(run.diagnosis?.category).toBe("connection_pool");
      expect(new Set(server.seen.paths)).toEqual(new Set(["/v1/chat/completions"]));
      expect(server.seen.bodies[0]?.model).toBe("llama3.1:70b");
      // Tools are offered in the Chat Completions shape, and no key is invented for a server that takes none.
      expect(server.seen.bodies[0]?.tools?.[0]?.type).toBe("function");
      for (const headers of server.seen.headers) expect(headers.authorization).toBeUndefined();
    } finally {
      await server.close();
    }
  });

  it("sends the key as a bearer token when one is set", async () => {
    const server = await startModelServer(recordedScript());
    try {
      await cli(ARGS, {
        cwd: where.dir,
        env: { OPENAI_BASE_URL: server.url, OPENAI_MODEL: "gpt-4.1", OPENAI_API_KEY: "sk-litellm-test-0000" },
      });
      expect(server.seen.headers[0]?.authorization).toBe("Bearer sk-litellm-test-0000");
    } finally {
      await server.close();
    }
  });

  it("names the missing variable in one line, before any log is read", async () => {
    for (const [env, variable] of [
      [{ OPENAI_MODEL: "m" }, "OPENAI_BASE_URL"],
      [{ OPENAI_BASE_URL: "http://127.0.0.1:1/v1" }, "OPENAI_MODEL"],
    ] as const) {
      const result = await cli(ARGS, { cwd: where.dir, env: { ...env } });
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(new RegExp(`^claude-sentry diagnose: ${variable} is not set`));
      expect(result.stderr.trim().split("\n")).toHaveLength(1);
    }
  });
});
