/** A frame of a stack trace that points into the repository. */
export interface RepoFrame {
  file: string;
  line: number;
  column?: number;
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

/** Repository frames in the order the trace lists them (innermost first for Node and Java, last for Python). */
export function repoFrames(trace: string, repoFiles: readonly string[]): RepoFrame[] {
  const frames: RepoFrame[] = [];
  for (const row of trace.split("\n")) {
    for (const pattern of FRAME_PATTERNS) {
      const g = pattern.exec(row)?.groups;
      if (!g?.path || !g.line) continue;
      const file = toRepoPath(g.path, g.pkg, repoFiles);
      if (file)
        frames.push({ file, line: Number(g.line), ...(g.column ? { column: Number(g.column) } : {}) });
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
 * What a nil-access guard needs from the trace: the property read on nil, or "*" for Go's nil pointer
 * dereference (which names none). Other panics (index out of range) get nothing: a nil guard would not help.
 */
export function nilSubject(trace: string): string | undefined {
  return (
    unreadableProperty(trace) ??
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
