import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serveApiFromEnv } from "../../src/entrypoints/cli/serve-api.js";
import type { SentryApi } from "../../src/server/api-app.js";
import { createSentryServer, type SentryServer } from "../../src/server/http-server.js";

export const TOKEN = "test-token-0123456789abcdef";

// biome-ignore lint/suspicious/noExplicitAny: tests read API responses by shape, asserting each field they use
type Json = any;

export interface ApiHarness {
  base: string;
  api: SentryApi;
  dir: string;
  get(path: string, token?: string | null): Promise<{ status: number; body: Json; headers: Headers }>;
  post(
    path: string,
    body: unknown,
    options?: { token?: string | null; type?: string },
  ): Promise<{ status: number; body: Json }>;
  close(): Promise<void>;
}

/** The real serve wiring (offline provider, JSONL memory, a watch root) on an ephemeral loopback port. */
export async function startApi(extraEnv: Record<string, string> = {}): Promise<ApiHarness> {
  const dir = mkdtempSync(join(tmpdir(), "sentry-api-"));
  const env = {
    SENTRY_API_TOKEN: TOKEN,
    SENTRY_MEMORY_FILE: join(dir, "memory.jsonl"),
    SENTRY_WATCH_ROOTS: dir,
    LLM_PROVIDER: "offline",
    ...extraEnv,
  };
  const api = serveApiFromEnv(env, dir, () => {}) as SentryApi;
  const server: SentryServer = createSentryServer({ routes: api.routes });
  const port = await server.listen(0, "127.0.0.1");
  const base = `http://127.0.0.1:${port}`;
  const auth = (token: string | null | undefined): Record<string, string> =>
    token === null ? {} : { authorization: `Bearer ${token ?? TOKEN}` };
  return {
    base,
    api,
    dir,
    async get(path, token) {
      const res = await fetch(base + path, { headers: auth(token) });
      const text = await res.text();
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {
        body = text; // /metrics and the dashboard are not JSON
      }
      return { status: res.status, body, headers: res.headers };
    },
    async post(path, body, options = {}) {
      const res = await fetch(base + path, {
        method: "POST",
        headers: { ...auth(options.token), "content-type": options.type ?? "application/json" },
        body: typeof body === "string" ? body : JSON.stringify(body),
      });
      return { status: res.status, body: await res.json() };
    },
    async close() {
      await api.close();
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
