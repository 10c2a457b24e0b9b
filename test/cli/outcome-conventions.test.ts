import { createServer, type Server } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasBuiltCli, runBuiltCli } from "./built-cli.js";

/** Mistakes a person makes at the door get one line and exit 2, never a stack or exit 70. */
describe.skipIf(!hasBuiltCli)("one line and exit 2, through the built CLI", () => {
  let taken: Server;
  let port = 0;
  beforeAll(async () => {
    taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, "127.0.0.1", resolve));
    port = (taken.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((resolve) => taken.close(() => resolve())));

  it("serve --port on a port already in use", async () => {
    const result = await runBuiltCli(["serve", "--port", String(port)]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr.trim().split("\n")).toEqual([
      `claude-sentry serve: port 127.0.0.1:${port} is already in use: choose another with --port`,
    ]);
  });

  it("watch on a log file that does not exist", async () => {
    const result = await runBuiltCli(["watch", "/missing.log"]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split("\n")).toEqual([
      "claude-sentry watch: cannot read log /missing.log: ENOENT",
    ]);
  });
});
