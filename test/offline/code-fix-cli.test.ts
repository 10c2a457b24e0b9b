import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { builtCli as cli } from "../helpers/built-cli-harness.js";

/** End to end through the CLI (offline provider): a nil read at a traced line gets the language's guard. */
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function workspace(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "code-fix-e2e-"));
  dirs.push(root);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

interface RunJson {
  diagnosis?: { evidence: { kind: string; file: string; line?: number }[] };
  proposal?: { patch: string; risk: string } | null;
}

async function diagnose(root: string): Promise<RunJson> {
  const res = await cli(["diagnose", "--format", "json", "--log", "logs", "--repo", "repo"], { cwd: root });
  expect(res.stderr).not.toMatch(/at .*\.ts:\d+/);
  return JSON.parse(res.stdout) as RunJson;
}

const GO_SOURCE = [
  "package fleet",
  "",
  'import "errors"',
  "",
  "type Truck struct {",
  "\tPlate  string",
  "\tDriver *Driver",
  "}",
  "",
  "func (d *Dispatcher) Assign(t *Truck, route []string) (string, error) {",
  "\tif len(route) == 0 {",
  '\t\treturn "", errors.New("empty route")',
  "\t}",
  "\treturn d.board.Post(t.Plate, t.Driver.License), nil",
  "}",
  "",
].join("\n");

function goPanic(message: string): string {
  return [
    "2026/04/11 08:15:02 dispatch: assigning route r-118",
    `panic: runtime error: ${message}`,
    "[signal SIGSEGV: segmentation violation code=0x1 addr=0x10 pc=0x5d3a21]",
    "",
    "goroutine 88 [running]:",
    "example.com/fleet/pkg/fleet.(*Dispatcher).Assign(0xc0000a4000, 0xc0001b2000, {0xc00012c000, 0x3, 0x4})",
    "\t/go/src/app/pkg/fleet/dispatch.go:14 +0x6a",
    "main.main()",
    "\t/go/src/app/cmd/dispatch/main.go:31 +0x1c5",
    "exit status 2",
  ].join("\n");
}

describe("nil guards through the CLI", () => {
  it("Go nil pointer dereference: the pointer field is checked and the function's error returned", async () => {
    const root = workspace({
      "logs/dispatch.log": goPanic("invalid memory address or nil pointer dereference"),
      "repo/pkg/fleet/dispatch.go": GO_SOURCE,
      "repo/go.mod": "module example.com/fleet\n\ngo 1.22\n",
    });
    const run = await diagnose(root);
    expect(run.diagnosis?.evidence.some((e) => e.file === "pkg/fleet/dispatch.go" && e.line === 14)).toBe(
      true,
    );
    expect(run.proposal?.risk).toBe("medium");
    expect(run.proposal?.patch).toContain("+\tif t.Driver == nil {");
    expect(run.proposal?.patch).toContain('+\t\treturn "", errors.New("assign: t.Driver is nil")');
  });

  it("Go index out of range at the same line: cited, no nil guard proposed", async () => {
    const root = workspace({
      "logs/dispatch.log": goPanic("index out of range [3] with length 3"),
      "repo/pkg/fleet/dispatch.go": GO_SOURCE,
    });
    const run = await diagnose(root);
    expect(run.proposal?.patch ?? "").not.toContain("== nil");
  });

  it("Ruby NoMethodError for nil in a Rails tagged log: the action answers 404 before the read", async () => {
    const tag = "7c1d9e02";
    const line = (level: string, body: string) =>
      `${level[0]}, [2026-04-11T08:15:02.447 #12] ${level} -- : [${tag}] ${body}`.trimEnd();
    const root = workspace({
      "logs/production.log": [
        line("INFO", 'Started GET "/shipments/55" for 10.0.0.8'),
        line("INFO", "Processing by ShipmentsController#label as PDF"),
        line("FATAL", ""),
        line("FATAL", "NoMethodError (undefined method 'postcode' for nil):"),
        line("FATAL", ""),
        line("FATAL", "app/controllers/shipments_controller.rb:5:in 'ShipmentsController#label'"),
      ].join("\n"),
      "repo/app/controllers/shipments_controller.rb": [
        "class ShipmentsController < ApplicationController",
        "  def label",
        "    shipment = Shipment.find(params[:id])",
        "    address = shipment.destination",
        "    send_data Label.render(address.postcode, shipment.weight)",
        "  end",
        "end",
        "",
      ].join("\n"),
    });
    const run = await diagnose(root);
    expect(run.proposal?.patch).toContain("+    return head(:not_found) if address.nil?");
    expect(run.proposal?.patch).not.toMatch(/rescue/);
  });

  it("Python 'NoneType' has no attribute in a Flask view: the view aborts 404 before the read", async () => {
    const root = workspace({
      "logs/web.log": [
        "[2026-04-11 08:15:02,447] ERROR in app: Exception on /plans/9 [GET]",
        "Traceback (most recent call last):",
        '  File "/usr/local/lib/python3.12/site-packages/flask/app.py", line 1473, in wsgi_app',
        "    response = self.full_dispatch_request()",
        '  File "/srv/billing/billing/views/plans.py", line 9, in show_plan',
        "    return jsonify(name=plan.title, seats=plan.seats)",
        "AttributeError: 'NoneType' object has no attribute 'title'",
      ].join("\n"),
      "repo/billing/views/plans.py": [
        "from flask import Blueprint, abort, jsonify",
        "",
        'bp = Blueprint("plans", __name__)',
        "",
        "",
        '@bp.get("/plans/<int:plan_id>")',
        "def show_plan(plan_id):",
        "    plan = Plan.query.get(plan_id)",
        "    return jsonify(name=plan.title, seats=plan.seats)",
        "",
      ].join("\n"),
    });
    const run = await diagnose(root);
    expect(run.diagnosis?.evidence.some((e) => e.file === "billing/views/plans.py" && e.line === 9)).toBe(
      true,
    );
    expect(run.proposal?.patch).toContain("+    if plan is None:\n+        abort(404)");
    expect(run.proposal?.patch).not.toMatch(/^\+\s*except/m);
  });
});
