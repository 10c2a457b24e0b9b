import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import {
  createRouter,
  createSentryServer,
  type Route,
  type SentryServer,
  sendJson,
} from "../../src/server/http-server.js";

const routes: Route[] = [
  {
    method: "GET",
    path: "/api/things/:id",
    handler: ({ res, params }) => sendJson(res, 200, { id: params.id }),
  },
  {
    method: "POST",
    path: "/boom",
    handler: () => {
      throw new Error("secret detail");
    },
  },
];

let server: SentryServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("the tiny router", () => {
  it("matches parameters, answers 404 and 405, and hides a handler's error behind a bare 500", async () => {
    const logged: unknown[] = [];
    server = createSentryServer({ routes, log: (e) => logged.push(e) });
    const base = `http://127.0.0.1:${await server.listen(0)}`;
    expect(await (await fetch(`${base}/api/things/a%20b`)).json()).toEqual({ id: "a b" });
    expect((await fetch(`${base}/api/things/%zz`)).status).toBe(404);
    expect((await fetch(`${base}/nothing`)).status).toBe(404);
    expect((await fetch(`${base}/api/things/1`, { method: "DELETE" })).status).toBe(405);
    const boom = await fetch(`${base}/boom`, { method: "POST" });
    expect(boom.status).toBe(500);
    expect(await boom.text()).not.toContain("secret detail");
    expect(JSON.stringify(logged)).toContain("secret detail");
  });

  it("mounts on a host server (e.g. Probot's) and passes on what it does not handle", async () => {
    const route = createRouter(routes);
    const host = createServer((req, res) => {
      route(req, res).then((handled) => {
        if (!handled) sendJson(res, 418, { from: "host" });
      });
    });
    await new Promise<void>((r) => host.listen(0, "127.0.0.1", r));
    const base = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
    try {
      expect((await fetch(`${base}/api/things/7`)).status).toBe(200);
      expect((await fetch(`${base}/elsewhere`)).status).toBe(418);
    } finally {
      host.closeAllConnections();
      await new Promise((r) => host.close(r));
    }
  });
});
