import type { ServerResponse } from "node:http";
import { APP_CSS } from "./dashboard/app-css.js";
import { APP_JS } from "./dashboard/app-js.js";
import { APP_JS_INCIDENT } from "./dashboard/app-js-incident.js";
import { PAGE_HTML } from "./dashboard/page-html.js";
import type { Route } from "./http-server.js";

/**
 * Strict by default: only our own script and style, no framing, no plugins, fetches to this origin only.
 * The page holds the API token, so a script injected from anywhere else must not run.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "content-security-policy":
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  "x-frame-options": "DENY",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "cross-origin-opener-policy": "same-origin",
  "permissions-policy": "camera=(), microphone=(), geolocation=()",
};

function send(res: ServerResponse, type: string, body: string) {
  res.writeHead(200, {
    "content-type": `${type}; charset=utf-8`,
    "content-length": Buffer.byteLength(body),
    "cache-control": "no-cache",
    ...SECURITY_HEADERS,
  });
  res.end(body);
}

/** The dashboard: static assets inlined as strings (no build step at run time, bundles with esbuild). */
export function dashboardRoutes(): Route[] {
  const page: Route["handler"] = ({ res }) => send(res, "text/html", PAGE_HTML);
  const script = APP_JS + APP_JS_INCIDENT;
  return [
    { method: "GET", path: "/", handler: page },
    { method: "GET", path: "/dashboard", handler: page },
    { method: "GET", path: "/dashboard/app.js", handler: ({ res }) => send(res, "text/javascript", script) },
    { method: "GET", path: "/dashboard/app.css", handler: ({ res }) => send(res, "text/css", APP_CSS) },
  ];
}
