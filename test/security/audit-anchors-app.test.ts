import { afterEach, describe, expect, it } from "vitest";
import { createMemoryStateStore } from "../../src/core/memory-state-store.js";
import { ALERT_TOKEN, listen, probotWith, settings, world } from "../github/helpers/app-world.js";

/**
 * Issue 16, class 6 through the App's door: the App keeps the audit branch's verified head in its
 * StateStore, so a force-push of sentry/audit back to an older commit (erasing a run) is refused as
 * tampering by the next run, which appends nothing.
 */
let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

describe("the App refuses an audit branch rewound behind the head it kept", () => {
  it("two runs, a force-push back to the first, and the third run appends nothing", async () => {
    const { git } = world();
    const delivered: unknown[] = [];
    const { handlers, errors } = await probotWith(settings(), (d) => delivered.push(d), {
      store: createMemoryStateStore(),
    });
    const server = await listen(handlers);
    close = server.close;
    const alert = async (n: number) => {
      const before = delivered.length;
      const res = await fetch(`${server.base}/api/alerts/generic`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${ALERT_TOKEN}` },
        body: JSON.stringify({
          title: `DiskFull on db-${n}`,
          fingerprint: `anchor-${n}`,
          service: `db-${n}`,
        }),
      });
      expect(res.status).toBe(202);
      const deadline = Date.now() + 60_000;
      while (delivered.length === before && errors.length === 0 && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 50));
    };
    await alert(1);
    const first = git.refs.get("sentry/audit")!;
    await alert(2);
    const second = git.refs.get("sentry/audit")!;
    expect(second).not.toBe(first);
    git.refs.set("sentry/audit", first); // git push --force origin <first>:sentry/audit
    expect(errors).toEqual([]);
    await alert(3);
    expect(delivered).toHaveLength(2);
    expect(errors.map((e) => e.error)).toEqual([
      expect.stringMatching(
        /^AuditTamperedError: audit log acme\/shop@sentry\/audit tampered \(truncated\): the log ends at seq \d+ but the head this deployment kept recorded seq \d+ \([0-9a-f]{12}…\): entries were cut from its end; nothing is appended$/,
      ),
    ]);
    expect(git.refs.get("sentry/audit")).toBe(first);
  }, 120_000);
});
