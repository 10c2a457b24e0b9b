import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** What a route handler gets: the request, the response, the `:name` path parameters and the parsed URL. */
export interface RouteContext {
  req: IncomingMessage;
  res: ServerResponse;
  params: Record<string, string>;
  url: URL;
}

export interface Route {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** `/api/alerts/:source`: literal segments and `:name` parameters (one segment each). */
  path: string;
  handler(ctx: RouteContext): void | Promise<void>;
}

export type ServerLog = (entry: {
  level: "info" | "warn" | "error";
  msg: string;
  [key: string]: unknown;
}) => void;

interface Compiled {
  route: Route;
  segments: string[];
}

/** `:name` segments' parameters, or undefined when the path does not match (empty parts do not count). */
function match(segments: string[], parts: string[]): Record<string, string> | undefined {
  const params: Record<string, string> = {};
  let at = 0;
  for (const part of parts) {
    if (part === "") continue;
    const segment = segments[at++];
    if (segment === undefined) return undefined;
    if (segment.charCodeAt(0) === 0x3a) {
      let decoded = part; // without a `%`, decoding gives the part back
      if (part.includes("%")) {
        try {
          decoded = decodeURIComponent(part);
        } catch {
          return undefined; // malformed %-escape: no route matches it
        }
      }
      params[segment.slice(1)] = decoded;
    } else if (segment !== part) return undefined;
  }
  return at === segments.length ? params : undefined;
}

/**
 * The context handed to a route. A class, not a literal with closures: the URL is parsed only when a
 * handler reads `url` (a webhook's handler never does), and nothing is allocated for it otherwise.
 */
class Context implements RouteContext {
  #parsed: URL | undefined;
  constructor(
    readonly req: IncomingMessage,
    readonly res: ServerResponse,
    readonly params: Record<string, string>,
    parsed: URL | undefined,
  ) {
    this.#parsed = parsed;
  }
  get url(): URL {
    this.#parsed ??= new URL(this.req.url ?? "/", "http://localhost");
    return this.#parsed;
  }
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers?: Record<string, string>,
) {
  if (res.headersSent) return;
  sendJsonText(res, status, JSON.stringify(body), headers);
}

/** `sendJson` with the JSON already written (a hot path that builds its answer without stringify). */
export function sendJsonText(
  res: ServerResponse,
  status: number,
  text: string,
  headers?: Record<string, string>,
) {
  if (res.headersSent) return;
  const head = {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text),
    "cache-control": "no-store",
  };
  res.writeHead(status, headers ? { ...head, ...headers } : head);
  res.end(text);
}

/**
 * A request target that `new URL` would give back unchanged as its pathname: no query, fragment, escapes,
 * dots or other characters it rewrites, and no leading `//` (a host). A webhook's path is always one; the URL is then parsed only when a
 * handler reads `ctx.url`.
 */
export const PLAIN_PATH = /^\/(?!\/)[A-Za-z0-9_~/-]*$/;

/**
 * The router as a Probot-style handler: resolves true when a route took the request, false when none
 * matched (so a host server, e.g. Probot's, can go on to its own routes). A handler that throws gets a
 * 500 with no detail (the error goes to `log`).
 */
export function createRouter(routes: Route[], log: ServerLog = () => {}) {
  const compiled: Compiled[] = routes.map((route) => ({
    route,
    segments: route.path.split("/").filter(Boolean),
  }));
  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const target = req.url ?? "/";
    const parsed = PLAIN_PATH.test(target) ? undefined : new URL(target, "http://localhost");
    const parts = (parsed ? parsed.pathname : target).split("/");
    let pathMatched = false;
    for (const { route, segments } of compiled) {
      const params = match(segments, parts);
      if (!params) continue;
      pathMatched = true;
      if (route.method !== req.method) continue;
      try {
        await route.handler(new Context(req, res, params, parsed));
      } catch (error) {
        log({ level: "error", msg: "route failed", path: route.path, error: String(error) });
        sendJson(res, 500, { error: "internal error" });
      }
      return true;
    }
    if (pathMatched) {
      sendJson(res, 405, { error: "method not allowed" });
      return true;
    }
    return false;
  };
}

/** A plain node `(req, res)` handler over the routes: 404 for anything unmatched. */
export function createRequestHandler(routes: Route[], log?: ServerLog) {
  const route = createRouter(routes, log);
  return (req: IncomingMessage, res: ServerResponse): void => {
    route(req, res).then(
      (handled) => {
        if (!handled) sendJson(res, 404, { error: "not found" });
      },
      (error: unknown) => {
        log?.({ level: "error", msg: "request failed", error: String(error) });
        sendJson(res, 500, { error: "internal error" });
      },
    );
  };
}

export const healthRoute: Route = {
  method: "GET",
  path: "/healthz",
  handler: ({ res }) => sendJson(res, 200, { status: "ok" }),
};

export interface SentryServer {
  server: Server;
  /** Listens on host:port (port 0 picks a free one) and resolves with the bound port. */
  listen(port: number, host?: string): Promise<number>;
  close(): Promise<void>;
}

export interface SentryServerOptions {
  routes: Route[];
  log?: ServerLog;
  /** Slow-loris guard: the whole request must arrive within this time. */
  requestTimeoutMs?: number;
}

export function createSentryServer(options: SentryServerOptions): SentryServer {
  const server = createServer(createRequestHandler(options.routes, options.log));
  server.requestTimeout = options.requestTimeoutMs ?? 15_000;
  server.headersTimeout = Math.min(server.requestTimeout, 10_000);
  server.keepAliveTimeout = 5_000;
  return {
    server,
    listen(port, host = "127.0.0.1") {
      return new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, host, () => {
          server.off("error", reject);
          resolve((server.address() as AddressInfo).port);
        });
      });
    },
    close() {
      return new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
    },
  };
}
