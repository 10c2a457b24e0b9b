import type { Located } from "./types.js";

/** A line in a file, as cited. */
export interface CitedLine extends Located {
  text: string;
}

/** One line rewritten: the only shape of change the inventory proposes. */
export interface LineChange extends Located {
  before: string;
  after: string;
  /** "INVENTORY_URL host inventory-svc → inventory", for the rationale. */
  summary: string;
  /** Lines replaced from `line` on (a block such as a Deployment's strategy); 1 when absent. */
  span?: number;
}

export type ResolutionKind =
  | "host-names-service"
  | "env-var-defined"
  | "host-port-unique"
  | "env-file-exists"
  | "probe-path-served"
  | "keepalive-outlasts-proxy"
  | "upstream-port-listens"
  | "no-proxy-covers-host"
  | "service-targets-container"
  | "probe-port-declared"
  | "object-name-defined"
  | "object-key-defined"
  | "rwo-deployment-recreate"
  | "taint-tolerated"
  | "pool-within-server-limit"
  | "resources-cover-usage"
  | "log-rotation-set"
  | "selector-matches-node"
  | "volume-fsgroup"
  | "ca-bundle-path-exists"
  | "final-stage-has-ca-bundle"
  | "dependency-declared"
  | "host-on-certificate"
  | "config-file-published"
  | "service-registered"
  | "pids-cover-threads"
  | "metaspace-covers-use"
  | "redis-evicts-cache"
  | "request-fits-node"
  | "cleanup-enabled"
  | "cpu-limit-uncapped"
  | "image-path-shipped"
  | "unit-port-unique"
  // The build, image and configuration-file family (resolve-build.ts).
  | "flag-defined"
  | "script-path-in-image"
  | "healthcheck-tool-present"
  | "image-arch-unpinned"
  | "yaml-parses"
  | "image-tag-released";

/**
 * A subject from the evidence looked up in the inventory: where the wrong value is set (cause), where the
 * values it must agree with are defined (truth), every value that would make them agree (candidates), and the
 * single change when the evidence supports exactly one.
 */
export interface Resolution {
  kind: ResolutionKind;
  subject: string;
  cause: CitedLine;
  truth: Located[];
  candidates: string[];
  change?: LineChange;
  /** Why there is a change, or why none is proposed. */
  reason: string;
  /** The reading the change was sized from (bytes), when the evidence measured one. */
  measured?: number;
}

export function lineAt(content: string, line: number): string | undefined {
  return content.split("\n")[line - 1];
}

function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    let prev = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cur = row[j] ?? 0;
      row[j] = Math.min(cur + 1, (row[j - 1] ?? 0) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length] ?? 0;
}

/**
 * Two names for the same thing: one is the other plus whole separator-delimited words (inventory ↔
 * inventory-svc, DATABASE_URL ↔ PG_DATABASE_URL), or they differ by a typo (two edits, on names long enough
 * for that to mean something).
 */
export function nearName(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y) return false;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length >= 3) {
    const words = long.split(/[-_.]/);
    const sw = short.split(/[-_.]/);
    for (let i = 0; i + sw.length <= words.length; i += 1) {
      if (sw.every((w, k) => words[i + k] === w)) return true;
    }
  }
  return short.length >= 5 && levenshtein(x, y) <= 2;
}
