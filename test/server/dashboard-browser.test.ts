import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { API_TOKEN, postAlert, type ServeProcess, startServeProcess, waitForRun } from "./dashboard-serve.js";

const CHROMIUM = "/usr/bin/chromium";
const HAS_CHROMIUM = existsSync(CHROMIUM);
const ARTIFACTS = resolve("test/artifacts/dashboard");
const EXAMPLE = resolve("examples/incidents/checkout-oomkilled");
const ALERT = JSON.parse(readFileSync(join(EXAMPLE, "alert.json"), "utf8"));
const REPO_ENV = { SENTRY_REPO_DIR: join(EXAMPLE, "repo") };
const DATE_TIME = /(just now|\d+ (min|h|d) ago) · \d{4}-\d\d-\d\d \d\d:\d\d UTC/;

let browser: Browser;
let dataDir: string;
let serve: ServeProcess | undefined;

async function login(page: Page, base: string, hash = "") {
  await page.goto(`${base}/${hash}`);
  await page.fill("#token", API_TOKEN);
  await page.fill("#person", "alex");
  await page.click("#login button");
}

/** Page errors and dialogs: a hostile title that ran script would show up here. */
function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("dialog", (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console: ${m.text()}`);
  });
  return problems;
}

// playwright-core drives the Debian chromium over CDP; nothing is downloaded.
describe.skipIf(!HAS_CHROMIUM)("dashboard against a real `serve`, in headless Chromium", () => {
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "sentry-dash-"));
    mkdirSync(ARTIFACTS, { recursive: true });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--no-first-run",
      ],
    });
  }, 60_000);

  afterAll(async () => {
    await serve?.stop();
    await browser?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("an alert arrives, the page shows diff and links, a person acts, and a restart keeps it all", async () => {
    serve = await startServeProcess(dataDir, REPO_ENV);
    const [id] = await postAlert(serve.base, ALERT);
    expect(id).toMatch(/^inc-/);
    expect((await waitForRun(serve.base, id as string, 60_000, serve.stderr)).outcome.label).toBe("PROPOSED");

    const page = await browser.newPage({ viewport: { width: 960, height: 800 } });
    const problems = watch(page);
    await login(page, serve.base);
    const row = page.locator(`#incidents li[data-id="${id}"]`);
    await row.waitFor();
    // The list comes before the panels, and says severity, outcome and the alert's state apart.
    expect(
      await page.evaluate(
        "document.querySelector('#incidents-panel').compareDocumentPosition(document.querySelector('#status-panel'))",
      ),
    ).toBe(4);
    expect(await row.locator(".sev-P1").textContent()).toBe("P1");
    expect(await row.locator(".outcome").textContent()).toBe("PROPOSED");
    expect(await row.locator(".alert-firing").textContent()).toBe("alert firing");
    expect(await row.locator("time").textContent()).toMatch(DATE_TIME);

    // Filters and search narrow the list.
    await page.selectOption("#f-severity", "P2");
    await expect.poll(() => page.locator("#incidents li").count()).toBe(0);
    expect(await page.textContent("#no-incidents")).toContain("No incident matches");
    await page.selectOption("#f-severity", "P1");
    await page.selectOption("#f-service", "checkout");
    await page.fill("#f-q", "oomkilled checkout");
    await expect.poll(() => page.locator("#incidents li").count()).toBe(1);
    await page.fill("#f-q", "no such words");
    await expect.poll(() => page.locator("#incidents li").count()).toBe(0);
    await page.fill("#f-q", "");
    await page.selectOption("#f-state", "PROPOSED");
    await expect.poll(() => page.locator("#incidents li").count()).toBe(1);
    await page.screenshot({ path: join(ARTIFACTS, "1-list.png") });

    await row.locator("a").click();
    await page.waitForSelector("#incident .diff");
    const diff = (await page.textContent("#incident .diff")) ?? "";
    expect(diff).toContain('-              memory: "256Mi"');
    expect(diff).toContain('+              memory: "512Mi"');
    expect(await page.locator("#incident .diff .add").count()).toBeGreaterThan(0);
    const links = page.locator("#incident .evidence-links a");
    const hrefs = await links.evaluateAll((as) => as.map((a) => (a as unknown as { href: string }).href));
    expect(hrefs).toContain(ALERT.alerts[0].generatorURL);
    expect(hrefs).toContain("https://runbooks.example.internal/kubernetes/oomkilled");
    expect(await links.first().getAttribute("rel")).toBe("noopener noreferrer");
    const text = (await page.textContent("#incident")) ?? "";
    for (const part of [
      "Verdict",
      "Root cause",
      "Evidence",
      "Proposed fix",
      "What to do",
      "Verification",
      "Timeline",
    ])
      expect(text).toContain(part);
    expect(text).toContain("deploy/k8s/deployment.yaml:33");
    expect(text).not.toMatch(/null|undefined|NaN/);
    // Plumbing is there but hidden until asked for.
    const plumbing = page.locator("#incident .timeline li.plumbing", { hasText: "agent ended" }).first();
    expect(await plumbing.isVisible()).toBe(false);
    await page.check("#show-details");
    expect(await plumbing.isVisible()).toBe(true);
    await page.uncheck("#show-details");
    await page.screenshot({ path: join(ARTIFACTS, "2-incident.png") });
    await page
      .locator("#incident .part", { hasText: "Proposed fix" })
      .screenshot({ path: join(ARTIFACTS, "2-diff.png") });

    await page.click("#ack");
    await expect.poll(() => page.textContent("#incident .marks")).toContain("Acknowledged by alex");
    await page.click("#fix-worked");
    await expect.poll(() => page.textContent("#incident .marks")).toContain("The fix worked");
    expect(await page.textContent("#incident .timeline")).toContain("PROPOSED: ");
    await page.setViewportSize({ width: 390, height: 844 });
    expect(
      Number(await page.evaluate("document.documentElement.scrollWidth - window.innerWidth")),
    ).toBeLessThanOrEqual(0);
    expect(problems).toEqual([]);
    await page.close();

    // Audited: both actions are in the hash chain, with the person's name.
    const audit = readFileSync(join(dataDir, "audit.jsonl"), "utf8");
    expect(audit).toMatch(/"agent":"human".*acknowledged by alex \(API token\)/);
    expect(audit).toMatch(/"agent":"human".*the fix worked by alex/);
    expect(readFileSync(join(dataDir, "memory.jsonl"), "utf8")).toMatch(/"kind":"outcome".*"fixWorked":true/);

    await serve.stop();
    serve = await startServeProcess(dataDir, REPO_ENV);
    const again = await browser.newPage({ viewport: { width: 960, height: 800 } });
    await login(again, serve.base, `#/incident/${id}`);
    await again.waitForSelector("#incident .diff");
    expect(await again.textContent("#incident .outcome")).toBe("PROPOSED");
    expect(await again.textContent("#incident .marks")).toContain("Acknowledged by alex");
    expect(await again.textContent("#incident .marks")).toContain("The fix worked");
    expect(await again.locator("#ack").isDisabled()).toBe(true);
    expect(await again.textContent("#incident")).toContain("deploy/k8s/deployment.yaml:33");
    await again.screenshot({ path: join(ARTIFACTS, "3-after-restart.png") });
    await again.close();
  }, 150_000);

  it("shows hostile alert text as text, and links only to http(s)", async () => {
    serve ??= await startServeProcess(dataDir, REPO_ENV);
    const hostile = structuredClone(ALERT);
    const alert = hostile.alerts[0];
    // Its own service: alerts of one service within the group window fold into one incident.
    alert.fingerprint = "hostile0000000001";
    alert.labels.service = "evil<i>svc</i>";
    alert.labels.alertname = "Evil<script>window.__pwned='name'</script>";
    alert.annotations.summary = `<img src=x onerror="window.__pwned='img'"> OOMKilled <b>bold</b>`;
    alert.annotations.description = `<script>window.__pwned='desc'</script><a href="javascript:window.__pwned='a'">click</a>`;
    alert.annotations.runbook_url = "javascript:window.__pwned='runbook'";
    alert.generatorURL = "data:text/html,<script>window.__pwned='gen'</script>";
    const [id] = await postAlert(serve.base, hostile);
    await waitForRun(serve.base, id as string, 60_000, serve.stderr);

    const page = await browser.newPage({ viewport: { width: 960, height: 800 } });
    const problems = watch(page);
    await login(page, serve.base);
    await page.locator(`#incidents li[data-id="${id}"]`).waitFor();
    await page.locator(`#incidents li[data-id="${id}"] a`).click();
    await page.waitForSelector("#incident .incident-title");
    expect(await page.textContent("#incident .incident-title")).toContain("<script>");
    expect(await page.textContent("#incident")).toContain('<img src=x onerror="window.__pwned');
    await page.check("#show-details");
    expect(await page.evaluate("window.__pwned")).toBeUndefined();
    expect(await page.locator("#app script, #app img, #app b, #app iframe").count()).toBe(0);
    const hrefs: string[] = await page
      .locator("#app a[href]")
      .evaluateAll((as) =>
        as.map((a) => (a as unknown as { getAttribute(n: string): string }).getAttribute("href")),
      );
    for (const href of hrefs) expect(href).toMatch(/^(https?:\/\/|#)/);
    expect(hrefs.some((h) => /javascript|data:/i.test(h))).toBe(false);
    await page.evaluate("window.scrollTo(0, 0)");
    await page.screenshot({ path: join(ARTIFACTS, "4-hostile.png") });
    expect(problems).toEqual([]);
    await page.close();
  }, 90_000);
});

if (!HAS_CHROMIUM) console.warn(`skipped: ${CHROMIUM} not found (apt-get install -y chromium)`);
