import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { incidentFromTrigger } from "../../src/server/api-routes.js";
import { type ApiHarness, startApi, TOKEN } from "../server-api/helpers.js";

const CHROMIUM = "/usr/bin/chromium";
const HAS_CHROMIUM = existsSync(CHROMIUM);
const ARTIFACTS = resolve("artifacts", "dashboard");
const LOGS = readFileSync("examples/incidents/orders-hikari-pool/logs/orders.log", "utf8")
  .split("\n")
  .slice(2_500, 3_500)
  .join("\n");

let h: ApiHarness;
let browser: Browser;

// playwright-core's launch() always starts Chromium with a fresh temporary profile (it refuses --user-data-dir).
describe.skipIf(!HAS_CHROMIUM)("dashboard in headless Chromium", () => {
  beforeAll(async () => {
    h = await startApi({ SENTRY_REPO_DIR: resolve("examples/incidents/orders-hikari-pool/repo") });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    });
    mkdirSync(ARTIFACTS, { recursive: true });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await h?.close();
  });

  it("sends the security headers", async () => {
    const res = await h.get("/", null);
    expect(res.headers.get("content-security-policy")).toMatch(/default-src 'none'; script-src 'self'/);
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("loads, shows a triggered incident with its timeline, and the trigger form works", async () => {
    const queued = await h.post("/api/trigger", {
      title: "orders p99 latency above 2s",
      severity: "P2",
      service: "orders",
      logs: LOGS,
    });
    expect(queued.status).toBe(202);
    await h.api.queue.idle();

    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    await page.goto(`${h.base}/`);
    await page.fill("#token", TOKEN);
    await page.click("#login button");
    await page.waitForSelector("#incidents li");
    await expect.poll(() => page.textContent("#status")).toContain("AUDIT");
    expect(await page.textContent("#incidents")).toContain("orders p99 latency above 2s");
    expect(await page.textContent("#security")).toContain("verified");
    expect(await page.textContent("#memory-summary")).toContain("1 past incident");

    await page.click(`details[data-id="${queued.body.id}"] summary`);
    await page.waitForSelector(`details[data-id="${queued.body.id}"] .timeline li`);
    const timeline = await page.textContent(`details[data-id="${queued.body.id}"] .detail`);
    expect(timeline).toContain("connection_pool");
    expect(timeline).toMatch(/PROPOSED/);

    await page.fill("#t-title", "checkout <img src=x onerror=alert(1)> OOMKilled");
    await page.selectOption("#t-severity", "P1");
    await page.fill("#t-service", "checkout");
    await page.click("#trigger button");
    await expect.poll(() => page.textContent("#trigger-result")).toMatch(/Queued inc-/);
    await h.api.queue.idle();
    await expect.poll(() => page.textContent("#incidents"), { timeout: 10_000 }).toContain("OOMKilled");
    // Titles are text, never markup.
    expect(await page.locator("#incidents img").count()).toBe(0);
    expect(h.api.book.list()).toHaveLength(2);
    await page.screenshot({ path: join(ARTIFACTS, "dashboard-desktop.png"), fullPage: true });

    await page.setViewportSize({ width: 390, height: 844 });
    // A string, evaluated in the page: the test's tsconfig has no DOM types.
    const overflow = Number(await page.evaluate("document.documentElement.scrollWidth - window.innerWidth"));
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(ARTIFACTS, "dashboard-phone.png"), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it("links an incident to where delivery put it, and to nothing else", async () => {
    const incident = incidentFromTrigger({ title: "api 5xx above 5%", severity: "P2" }, new Date());
    await h.api.track(incident, "alert:grafana", async () => ({
      state: "HANDED_OFF",
      reason: "repository_dispatch to acme/shop",
      delivered: [
        { label: "issue #7", url: "https://github.com/acme/shop/issues/7" },
        { label: "not a link", url: "javascript:alert(1)" },
      ],
    }));
    const page = await browser.newPage();
    await page.goto(`${h.base}/`);
    await page.fill("#token", TOKEN);
    await page.click("#login button");
    await page.click(`details[data-id="${incident.id}"] summary`);
    const links = page.locator(`details[data-id="${incident.id}"] .detail a`);
    await links.first().waitFor();
    expect(await links.count()).toBe(1);
    expect(await links.first().getAttribute("href")).toBe("https://github.com/acme/shop/issues/7");
    expect(await links.first().getAttribute("rel")).toBe("noopener noreferrer");
    expect(await links.first().textContent()).toBe("issue #7");
    await page.close();
  }, 30_000);

  it("asks for the token again when it is wrong", async () => {
    const page = await browser.newPage();
    await page.goto(`${h.base}/dashboard`);
    await page.fill("#token", "wrong-token");
    await page.click("#login button");
    await expect.poll(() => page.textContent("#login-error")).toBe("wrong token");
    expect(await page.isVisible("#app")).toBe(false);
    await page.close();
  }, 30_000);
});

if (!HAS_CHROMIUM) console.warn(`skipped: ${CHROMIUM} not found (apt-get install -y chromium)`);
