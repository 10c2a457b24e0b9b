/** A frame of a stack trace that points into the repository. */
export interface RepoFrame {
  file: string;
  line: number;
  column?: number;
  /**
   * The frame named compiled output (`/app/dist/orders/orders.service.js`) and `file` is its source: the line
   * is the compiled file's, so the caller finds the source line by the function the frame names.
   */
  compiled?: { fn?: string };
}

const FRAME_PATTERNS: RegExp[] = [
  // .NET: "at Acme.Orders.Service.Place(Order o) in /src/Orders/Service.cs:line 42"
  /\bat [^\n]*? in (?<path>[^\s]+\.(?:cs|fs|vb)):line (?<line>\d+)/,
  // Ruby: "app/models/order.rb:41:in `receipt'" (Ruby 3.4 quotes with ' and names the class).
  /(?:^|[\s[(])(?<path>[^\s:'"`()[\]]+\.rb):(?<line>\d+):in [`']/,
  // Node: "at handler (/app/src/orders.js:42:18)", "at /app/src/x.js:3:9", file:// URLs.
  /\bat (?:.*? \()?(?:file:\/\/)?(?<path>[^\s()]+?):(?<line>\d+):(?<column>\d+)\)?\s*$/,
  // Python: File "/app/app/views.py", line 42, in handler
  /File "(?<path>[^"]+)", line (?<line>\d+)/,
  // Go: "\t/app/internal/store.go:42 +0x1d"
  /^\s*(?<path>\/[^\s:]+\.go):(?<line>\d+)(?:\s|$)/,
  // Java: "at com.acme.orders.OrderService.place(OrderService.java:42)"
  /\bat (?<pkg>[\w$.]+)\.[\w$<>]+\((?<path>[\w$]+\.(?:java|kt|scala)):(?<line>\d+)\)/,
];

/** Dependencies and runtime internals are never "the repository's line", even when vendored. */
const FOREIGN = /node_modules\/|\/gems\/|^node:|\/site-packages\/|\/dist-packages\/|^internal\/|\/usr\/lib\//;

function toRepoPath(path: string, pkg: string | undefined, repoFiles: readonly string[]): string | undefined {
  if (FOREIGN.test(path)) return undefined;
  const wanted = pkg ? `${pkg.split(".").slice(0, -1).join("/")}/${path}` : path.replace(/\\/g, "/");
  // The longest repository path that the frame's path ends with: /app/src/orders.js → src/orders.js.
  let best: string | undefined;
  for (const file of repoFiles) {
    // A Java frame names only package and file, so the repository path is the longer one there.
    const same = wanted === file || (pkg ? file.endsWith(`/${wanted}`) : wanted.endsWith(`/${file}`));
    if (same && file.length > (best?.length ?? 0)) best = file;
  }
  return best;
}

/** A path without its extension, and without the `src/` folder a TypeScript or Babel build strips. */
const sourceKey = (file: string): string => file.replace(/\.[^./]+$/, "").replace(/(^|\/)src\//, "$1");

/**
 * A compiled JavaScript frame's source in the repository: `/app/dist/orders/x.js` → `src/orders/x.ts`,
 * `/app/dist/apps/api/main.js` → `apps/api/src/main.ts`. Only when the compiled file itself is not in the
 * repository and exactly one source file fits.
 */
function sourceOfCompiled(path: string, repoFiles: readonly string[]): string | undefined {
  const m = /(?:^|\/)(?:dist|build|out|lib|\.next\/server)\/(.+)\.[cm]?js$/.exec(path.replace(/\\/g, "/"));
  if (!m?.[1] || FOREIGN.test(path)) return undefined;
  const wanted = m[1];
  const found = repoFiles.filter(
    (f) =>
      /\.(?:[cm]?ts|tsx|jsx?)$/.test(f) &&
      !/\.d\.ts$/.test(f) &&
      !/(?:^|\/)(?:dist|build|out)\//.test(f) &&
      (sourceKey(f) === wanted || sourceKey(f).endsWith(`/${wanted}`)),
  );
  return found.length === 1 ? found[0] : undefined;
}

/** The function a Node frame names: `at async OrdersService.findForUser (` → `findForUser`. */
function frameFunction(row: string): string | undefined {
  const name = /\bat (?:async )?(?:new )?([\w$.<>]+)(?: \[as [\w$]+\])? \(/.exec(row)?.[1];
  const last = name?.split(".").at(-1);
  return last && /^[\w$]+$/.test(last) && last !== "<anonymous>" ? last : undefined;
}

/** Repository frames in the order the trace lists them (innermost first for Node and Java, last for Python). */
export function repoFrames(trace: string, repoFiles: readonly string[]): RepoFrame[] {
  const frames: RepoFrame[] = [];
  for (const row of trace.split("\n")) {
    for (const pattern of FRAME_PATTERNS) {
      const g = pattern.exec(row)?.groups;
      if (!g?.path || !g.line) continue;
      const file = toRepoPath(g.path, g.pkg, repoFiles);
      const line = Number(g.line);
      if (file) frames.push({ file, line, ...(g.column ? { column: Number(g.column) } : {}) });
      const source = file || g.pkg ? undefined : sourceOfCompiled(g.path, repoFiles);
      const fn = frameFunction(row);
      if (source) frames.push({ file: source, line, compiled: fn ? { fn } : {} });
      break;
    }
  }
  return /Traceback \(most recent call last\)/.test(trace) ? frames.reverse() : frames;
}

/**
 * The property read on a missing object: a JavaScript TypeError's "(reading 'id')", Ruby's "undefined method
 * 'email' for nil" (backtick before 3.4, "nil:NilClass" before 3.3), Python's "'NoneType' object has no
 * attribute 'email'".
 */
export function unreadableProperty(trace: string): string | undefined {
  return (
    /Cannot read propert(?:y|ies) of (?:undefined|null) \(reading '([^']+)'\)/.exec(trace)?.[1] ??
    /Cannot read property '([^']+)' of (?:undefined|null)/.exec(trace)?.[1] ??
    /undefined method [`']([\w?!]+)' for nil\b/.exec(trace)?.[1] ??
    /'NoneType' object has no attribute '(\w+)'/.exec(trace)?.[1]
  );
}

/**
 * The null expression a Java helpful NullPointerException names (`because "customer" is null`, `because
 * "this.repo" is null`); none for `"<local4>"` (compiled without -g) or "the return value of …".
 */
export function npeExpression(trace: string): string | undefined {
  return /NullPointerException: [^\n]*?\bbecause "((?:this\.)?[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)" is null/.exec(
    trace,
  )?.[1];
}

/**
 * What a nil-access guard needs from the trace: the property read on nil, the null expression a Java NPE
 * names, or "*" for Go's nil pointer dereference (which names none). Other panics (index out of range) get nothing: a nil guard would not help.
 */
export function nilSubject(trace: string): string | undefined {
  return (
    unreadableProperty(trace) ??
    npeExpression(trace) ??
    (/invalid memory address or nil pointer dereference/.test(trace) ? "*" : undefined)
  );
}

/**
 * The frame to cite: a file:line that repeats three times or more is runaway recursion's call site (the
 * innermost frame is only where the stack happened to run out); otherwise the innermost repository frame.
 */
export function citedFrame(frames: readonly RepoFrame[]): RepoFrame | undefined {
  const seen = new Map<string, number>();
  for (const f of frames) {
    const key = `${f.file}:${f.line}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    if (n >= 3) return f;
  }
  return frames[0];
}
