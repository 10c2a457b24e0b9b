import { afterEach, describe, expect, it } from "vitest";
import { fixtureText } from "./fixtures.js";
import { type Harness, startHarness, TOKEN } from "./harness.js";

const tokens = { tokens: [TOKEN] };

function send(url: string, body: string, headers: Record<string, string> = {}) {
  return fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });
}

describe("authentication of the header-less senders", () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it("Azure, Cloud Monitoring and Splunk may put the token in the URL; other sources may not", async () => {
    h = await startHarness({ sources: { azure: tokens, gcp: tokens, splunk: tokens, newrelic: tokens } });
    const azure = fixtureText("azure.fired.json");
    expect((await send(`${h.url}/api/alerts/azure?token=${TOKEN}`, azure)).status).toBe(202);
    expect((await send(`${h.url}/api/alerts/azure?token=wrong-token-0123456789`, azure)).status).toBe(401);
    expect((await send(`${h.url}/api/alerts/azure`, azure)).status).toBe(401);
    const gcp = fixtureText("gcp.open.json");
    expect((await send(`${h.url}/api/alerts/gcp?auth_token=${TOKEN}`, gcp)).status).toBe(202);
    const splunk = fixtureText("splunk.result.json");
    expect((await send(`${h.url}/api/alerts/splunk?token=${TOKEN}`, splunk)).status).toBe(202);
    const newrelic = fixtureText("newrelic.activated.json");
    expect((await send(`${h.url}/api/alerts/newrelic?token=${TOKEN}`, newrelic)).status).toBe(401);
    const basic = `Basic ${Buffer.from(`sentry:${TOKEN}`).toString("base64")}`;
    expect((await send(`${h.url}/api/alerts/newrelic`, newrelic, { authorization: basic })).status).toBe(202);
  });
});
