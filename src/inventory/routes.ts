import type { Located } from "./types.js";

/** An HTTP route the code serves, with where it is declared. */
export interface RouteFact extends Located {
  path: string;
}

/** Route declarations as the usual frameworks write them (FastAPI/Flask, Express, Go net/http, Spring). */
const ROUTE =
  /(?:\.(?:get|head|route|api_route)\(\s*|HandleFunc\(\s*|Handle\(\s*|@(?:Get|Request)Mapping\(\s*(?:(?:value|path)\s*=\s*)?)["'`](\/[^"'`\s]*)["'`]/;

/** A router's own prefix: FastAPI `APIRouter(prefix=…)`, Flask `Blueprint(…, url_prefix=…)`. */
const PREFIX = /(?:APIRouter\([^)]*prefix\s*=|Blueprint\([^)]*url_prefix\s*=)\s*["'](\/[^"']*)["']/;

/** What grep_search is asked for to find the files that declare routes (JavaScript regex syntax). */
export const ROUTE_SEARCH = ROUTE.source;

export function routesIn(file: string, content: string): RouteFact[] {
  const prefix = PREFIX.exec(content)?.[1] ?? "";
  return content.split("\n").flatMap((text, i) => {
    const m = ROUTE.exec(text);
    if (!m?.[1] || /^\s*(#|\/\/)/.test(text)) return [];
    const path = `${prefix}${m[1]}`.replace(/\/+$/, "") || "/";
    return [{ path, file, line: i + 1 }];
  });
}
