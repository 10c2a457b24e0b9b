import { request as httpRequest } from "node:http";
import { request as httpsRequest, type RequestOptions } from "node:https";
import type { BoundedResponse } from "./http-fetch.js";

/**
 * The operator's cluster, as @kubernetes/client-node reads it (a kubeconfig file or the pod's service account):
 * the API server and the TLS and auth options client-node derives. The library is large, so it is loaded only
 * when a run first reads Kubernetes. Requests are plain GETs built from fixed paths (kubernetes-paths.ts), so
 * no verb but a read can be expressed, and each answer is capped and timed like every collector's.
 */
export interface KubeTarget {
  server: URL;
  options: RequestOptions;
}

export type KubeTargetResult = { status: "ok"; target: KubeTarget } | { status: "error"; reason: string };

const cache = new Map<string, Promise<KubeTargetResult>>();

export function kubeTarget(source: string, context?: string): Promise<KubeTargetResult> {
  const key = `${source}\u0000${context ?? ""}`;
  let found = cache.get(key);
  if (!found) {
    found = loadTarget(source, context);
    cache.set(key, found);
  }
  return found;
}

async function loadTarget(source: string, context?: string): Promise<KubeTargetResult> {
  try {
    const { KubeConfig } = await import("@kubernetes/client-node");
    const config = new KubeConfig();
    if (source === "in-cluster") config.loadFromCluster();
    else config.loadFromFile(source);
    if (context) config.setCurrentContext(context);
    const cluster = config.getCurrentCluster();
    if (!cluster) return { status: "error", reason: "the kubeconfig names no current cluster" };
    const options: RequestOptions = {};
    await config.applyToHTTPSOptions(options);
    return { status: "ok", target: { server: new URL(cluster.server), options } };
  } catch (error) {
    return {
      status: "error",
      reason: `cannot load the Kubernetes configuration: ${(error as Error).message}`,
    };
  }
}

/** One GET under the API server, with the same timeout and byte cap as every collector. */
export function kubeGet(
  target: KubeTarget,
  path: string,
  limits: { timeoutMs: number; maxBytes: number; allowTruncated?: boolean },
): Promise<BoundedResponse> {
  const url = new URL(target.server.href);
  const [pathname, search] = path.split("?");
  url.pathname = `${url.pathname.replace(/\/+$/, "")}${pathname}`;
  url.search = search ?? "";
  const send = url.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: BoundedResponse) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    const req = send(
      url,
      {
        ...target.options,
        method: "GET",
        headers: { ...(target.options.headers ?? {}), accept: "application/json, text/plain" },
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on("data", (chunk: Buffer) => {
          if (size + chunk.length > limits.maxBytes) {
            chunks.push(chunk.subarray(0, limits.maxBytes - size));
            size = limits.maxBytes;
            res.destroy();
            const body = Buffer.concat(chunks).toString("utf8");
            finish(
              limits.allowTruncated
                ? { status: "ok", httpStatus: res.statusCode ?? 0, body, truncated: true }
                : { status: "error", reason: `answer larger than ${limits.maxBytes} bytes: cut, not parsed` },
            );
            return;
          }
          chunks.push(chunk);
          size += chunk.length;
        });
        res.on("end", () =>
          finish({
            status: "ok",
            httpStatus: res.statusCode ?? 0,
            body: Buffer.concat(chunks).toString("utf8"),
            truncated: false,
          }),
        );
        res.on("error", (error) => finish({ status: "error", reason: error.message }));
      },
    );
    const timer = setTimeout(() => {
      finish({ status: "error", reason: `timed out: no answer within ${limits.timeoutMs} ms` });
      req.destroy();
    }, limits.timeoutMs);
    req.on("error", (error) => finish({ status: "error", reason: error.message }));
    req.end();
  });
}
