import { appendFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { type ApiHarness, startApi } from "../server-api/helpers.js";

let harness: ApiHarness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

interface Cited {
  file: string;
  line?: number;
  excerpt: string;
}

/** The server's watcher and the API's trigger cite the watched file by its name and its own line numbers. */
describe("citations from the server's doors", () => {
  it("the server's watcher cites the watched file's lines, not the excerpt's", async () => {
    harness = await startApi();
    const file = join(harness.dir, "orders.log");
    const quiet = Array.from(
      { length: 500 },
      (_, i) => `2026-11-24T02:0${Math.floor(i / 100)}:00Z INFO served ${i}`,
    );
    writeFileSync(file, `${quiet.join("\n")}\n`);
    expect((await harness.post("/api/watcher/start", { files: [file] })).status).toBe(200);
    appendFileSync(
      file,
      "2026-11-24T02:10:00Z INFO served 500\n" +
        "2026-11-24T02:10:01Z ERROR HikariPool-1 - Connection is not available, request timed out after 30000ms\n",
    );
    await harness.api.watcher.pollOnce();
    await harness.api.watcher.pollOnce();
    await harness.api.queue.idle();
    const list = await harness.get("/api/incidents");
    const id = (list.body as { incidents: { id: string }[] }).incidents[0]?.id;
    const incident = await harness.get(`/api/incidents/${id}`);
    const evidence = (incident.body as { run?: { diagnosis?: { evidence: Cited[] } } }).run?.diagnosis
      ?.evidence;
    expect(evidence?.[0]).toMatchObject({
      file,
      line: 502,
      excerpt: expect.stringContaining("HikariPool-1"),
    });
  }, 60_000);

  it("the API's trigger takes where posted lines were cut from", async () => {
    harness = await startApi();
    const posted = await harness.post("/api/trigger", {
      title: "New error in orders.log",
      logs: "2026-11-24T02:10:00Z INFO ok\n2026-11-24T02:10:01Z ERROR HikariPool-1 - Connection is not available, request timed out after 30000ms\n",
      logFile: "/var/log/orders.log",
      firstLine: 7_001,
    });
    expect(posted.status).toBe(202);
    await harness.api.queue.idle();
    const incident = await harness.get(`/api/incidents/${(posted.body as { id: string }).id}`);
    const evidence = (incident.body as { run?: { diagnosis?: { evidence: Cited[] } } }).run?.diagnosis
      ?.evidence;
    expect(evidence?.[0]).toMatchObject({ file: "/var/log/orders.log", line: 7_002 });
    const bad = await harness.post("/api/trigger", { title: "x", logs: "a", logFile: "a\nb", firstLine: 0 });
    expect(bad.status).toBe(400);
  }, 60_000);
});
