import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StateStore } from "../../src/core/state-store.js";
import { openStateStore } from "../../src/server/alert-intake.js";
import { hasBinary, type RunningService, startRedis } from "../alerts/services.js";
import { probotWith, settings, world } from "./helpers/app-world.js";
import { commentPayload } from "./helpers/payloads.js";

const HAS_REDIS = hasBinary("redis-server");
const why = HAS_REDIS ? "" : "(skipped: redis-server not installed; apt-get install redis-server)";

const statusReplies = (comments: { body: string }[]) =>
  comments.filter((c) => c.body.includes("mode **AUDIT**")).length;

describe("a webhook GitHub delivers twice (same X-GitHub-Delivery) runs once", () => {
  it("on one App", async () => {
    const { issues } = world();
    const { probot } = await probotWith(settings());
    const event = {
      id: randomUUID(),
      name: "issue_comment" as const,
      payload: commentPayload("/sentry status") as never,
    };
    await probot.receive(event);
    await probot.receive(event);
    expect(statusReplies(issues.comments)).toBe(1);
    await probot.receive({ ...event, id: randomUUID() });
    expect(statusReplies(issues.comments)).toBe(2);
  });

  describe.skipIf(!HAS_REDIS)(`across two App replicas sharing one real redis-server ${why}`, () => {
    let redis: RunningService;
    const stores: StateStore[] = [];
    beforeAll(async () => {
      redis = await startRedis();
    });
    afterAll(async () => {
      for (const store of stores) await store.close();
      await redis?.stop();
    });

    it("the redelivery to the other replica, even at the same moment, is skipped", async () => {
      const { issues } = world();
      const replica = async () => {
        // The store the App opens from REDIS_URL, kept here so the test can close it.
        const store = openStateStore(redis.url, () => undefined);
        stores.push(store);
        return (await probotWith(settings(), undefined, { store })).probot;
      };
      const [a, b] = [await replica(), await replica()];
      const event = {
        id: randomUUID(),
        name: "issue_comment" as const,
        payload: commentPayload("/sentry status") as never,
      };
      await Promise.all([a.receive(event), b.receive(event)]);
      await b.receive(event);
      expect(statusReplies(issues.comments)).toBe(1);
      expect(issues.reactions).toHaveLength(1);
    });
  });
});
