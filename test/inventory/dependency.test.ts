import { describe, expect, it } from "vitest";
import { relationHolds } from "../../src/inventory/relation.js";
import {
  type ModuleLookup,
  moduleLookup,
  resolveMissingModule,
} from "../../src/inventory/resolve-dependency.js";

type Files = { path: string; content: string }[];

function py(module: string): ModuleLookup {
  return { kind: "missing-module", ecosystem: "python", module };
}

function applied(files: Files, change: { file: string; line: number; after: string } | undefined): Files {
  return files.map((f) => {
    if (!change || f.path !== change.file) return f;
    const lines = f.content.split("\n");
    lines.splice(change.line - 1, 1, change.after);
    return { ...f, content: lines.join("\n") };
  });
}

const PYPROJECT = [
  "[project]",
  'name = "thumbs"',
  'version = "0.3.0"',
  "dependencies = [",
  '    "fastapi>=0.110",',
  '    "numpy==2.1.3"',
  "]",
  "",
  "[project.optional-dependencies]",
  'dev = ["pytest"]',
].join("\n");
const UV_LOCK = [
  "version = 1",
  "[[package]]",
  'name = "numpy"',
  'version = "2.1.3"',
  "",
  "[[package]]",
  'name = "opencv-python-headless"',
  'version = "4.10.0.84"',
  "",
  "[[package]]",
  'name = "opencv-python"',
  'version = "4.10.0.84"',
].join("\n");

describe("a dropped dependency", () => {
  it("is looked up from CPython's and Node's words (first segment; node: builtins and relative paths left alone)", () => {
    expect(moduleLookup("ModuleNotFoundError: No module named 'cv2.data'")).toEqual(py("cv2"));
    expect(moduleLookup("Error: Cannot find module 'ioredis/built/index'")).toMatchObject({
      module: "ioredis",
    });
    expect(
      moduleLookup("Error [ERR_MODULE_NOT_FOUND]: Cannot find package '@acme/sdk' imported from /a.js"),
    ).toMatchObject({
      ecosystem: "node",
      module: "@acme/sdk",
    });
    expect(moduleLookup("Error: Cannot find module './routes/users'")).toBeUndefined();
    expect(moduleLookup("Error: Cannot find module 'fs'")).toBeUndefined();
  });

  it("adds the distribution (cv2 → opencv-python) to pyproject's dependencies, pinned from uv.lock", () => {
    const files = [
      { path: "pyproject.toml", content: PYPROJECT },
      { path: "uv.lock", content: UV_LOCK },
      { path: "thumbs/resize.py", content: "import cv2\n" },
    ];
    const r = resolveMissingModule(
      py("cv2"),
      files,
      files.map((f) => f.path),
    );
    expect(r?.change).toMatchObject({ file: "pyproject.toml", line: 6 });
    expect(r?.change?.after).toBe('    "numpy==2.1.3",\n    "opencv-python==4.10.0.84",');
    // The lock line that records the pin is cited first (the Surgeon re-resolves from the cited files).
    expect(r?.truth).toEqual([
      { file: "uv.lock", line: 11 },
      { file: "thumbs/resize.py", line: 1 },
    ]);
    expect(r && relationHolds(r, files).ok).toBe(false);
    expect(r && relationHolds(r, applied(files, r.change)).ok).toBe(true);
  });

  it("adds to a Pipfile's [packages] from Pipfile.lock (bs4 → beautifulsoup4), not to [dev-packages]", () => {
    const pipfile = '[packages]\nrequests = "*"\n\n[dev-packages]\npytest = "*"\n';
    const lock = JSON.stringify({ default: { beautifulsoup4: { version: "==4.12.3" } } }, null, 2);
    const files = [
      { path: "Pipfile", content: pipfile },
      { path: "Pipfile.lock", content: lock },
    ];
    const r = resolveMissingModule(py("bs4"), files, ["Pipfile", "Pipfile.lock"]);
    expect(r?.change?.after).toBe('requests = "*"\nbeautifulsoup4 = "==4.12.3"');
    expect(r && relationHolds(r, applied(files, r.change)).ok).toBe(true);
  });

  it("picks the requirements file the Dockerfile installs, and leaves the dev one alone", () => {
    const files = [
      { path: "requirements/prod.txt", content: "flask==3.0.3\ngunicorn==23.0.0\n" },
      { path: "requirements/extra.txt", content: "rich==13.9.4\n" },
      { path: "requirements-dev.txt", content: "pytest==8.3.3\n" },
      {
        path: "Dockerfile",
        content: "FROM python:3.12-slim\nCOPY requirements/prod.txt .\nRUN pip install -r prod.txt\n",
      },
    ];
    const r = resolveMissingModule(
      py("dateutil"),
      files,
      files.map((f) => f.path),
    );
    expect(r?.change).toMatchObject({ file: "requirements/prod.txt", line: 2 });
    expect(r?.change?.after).toBe("gunicorn==23.0.0\npython-dateutil");
    expect(r?.reason).toMatch(/pin the one you test with/);
  });

  it("near-misses: the repository's own package, the standard library, a declared package, a shared namespace", () => {
    const req = { path: "requirements.txt", content: "PyYAML==6.0.2\nrequests==2.32.3\n" };
    expect(
      resolveMissingModule(py("billing"), [req], ["requirements.txt", "src/billing/__init__.py"]),
    ).toBeUndefined();
    expect(resolveMissingModule(py("tomllib"), [req], ["requirements.txt"])).toBeUndefined();
    expect(resolveMissingModule(py("yaml"), [req], ["requirements.txt"])).toBeUndefined();
    const google = resolveMissingModule(py("google"), [req], ["requirements.txt"]);
    expect(google?.change).toBeUndefined();
    expect(google?.reason).toMatch(/namespace/);
  });

  it("near-miss: two lock files disagree on the version → cited, nothing proposed", () => {
    const files = [
      { path: "requirements.txt", content: "flask==3.0.3\n" },
      { path: "constraints.txt", content: "PyYAML==6.0.1\n" },
      { path: "requirements-lock.txt", content: "pyyaml==6.0.2\n" },
    ];
    const r = resolveMissingModule(
      py("yaml"),
      files,
      files.map((f) => f.path),
    );
    expect(r?.change).toBeUndefined();
    expect(r?.reason).toMatch(/6\.0\.1, 6\.0\.2/);
  });

  it("Node: declares the package at the version package-lock.json records; a devDependency is left to its own rule", () => {
    const pkg = '{\n  "name": "api",\n  "dependencies": {\n    "express": "^4.21.1"\n  }\n}\n';
    const lock =
      '{\n  "packages": {\n    "node_modules/ioredis": {\n      "version": "5.4.1"\n    }\n  }\n}\n';
    const files = [
      { path: "package.json", content: pkg },
      { path: "package-lock.json", content: lock },
    ];
    const lookup: ModuleLookup = { kind: "missing-module", ecosystem: "node", module: "ioredis" };
    const r = resolveMissingModule(lookup, files, ["package.json", "package-lock.json"]);
    expect(r?.change?.after).toBe('    "express": "^4.21.1",\n    "ioredis": "^5.4.1"');
    const after = applied(files, r?.change);
    expect(() => JSON.parse(after[0]?.content ?? "")).not.toThrow();
    expect(r && relationHolds(r, after).ok).toBe(true);
    const dev = pkg.replace("\n  }\n}", '\n  },\n  "devDependencies": {\n    "ioredis": "^5.4.1"\n  }\n}');
    expect(
      resolveMissingModule(lookup, [{ path: "package.json", content: dev }], ["package.json"]),
    ).toBeUndefined();
    const noLock = resolveMissingModule(lookup, [{ path: "package.json", content: pkg }], ["package.json"]);
    expect(noLock?.change).toBeUndefined();
  });
});
