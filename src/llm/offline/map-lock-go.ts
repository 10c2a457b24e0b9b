/**
 * Go's `fatal error: concurrent map writes` (or read and map write): the trace names the line touching the
 * map. When that line names exactly one map this file declares (a struct field or a package variable), a
 * sync.Mutex is declared next to it and every function of the file that touches the map takes it. A function
 * that already locks something, or calls another of those functions (Go's mutex is not re-entrant), makes the
 * change unsafe to write blind: the line is cited and nothing is changed.
 */
import { withGoImports } from "./code-imports.js";
import { escapeRegExp, indentOf } from "./code-shape.js";

export interface LockInput {
  content: string;
  /** 1-based line the trace names. */
  line: number;
}

interface Func {
  /** 0-based line of `func`, and of its closing `}`. */
  start: number;
  end: number;
  name: string;
  receiver?: { name: string; type: string };
}

type Target = { kind: "field"; type: string; field: string } | { kind: "var"; name: string; decl: number };

const FUNC = /^func\s*(?:\(\s*(\w+)\s+\*?(\w+)(?:\[[^\]]*\])?\s*\)\s*)?(\w+)/;

function funcsOf(lines: readonly string[]): Func[] {
  const out: Func[] = [];
  lines.forEach((text, start) => {
    const m = FUNC.exec(text);
    if (!m?.[3] || !/\{\s*$/.test(text)) return;
    const end = lines.findIndex((l, i) => i > start && /^\}\s*$/.test(l));
    if (end < 0) return;
    out.push({
      start,
      end,
      name: m[3],
      ...(m[1] && m[2] ? { receiver: { name: m[1], type: m[2] } } : {}),
    });
  });
  return out;
}

/** Map-typed fields of each struct the file declares. */
function structMaps(
  lines: readonly string[],
): Map<string, { open: number; close: number; maps: Set<string> }> {
  const out = new Map<string, { open: number; close: number; maps: Set<string> }>();
  lines.forEach((text, open) => {
    const type = /^type\s+(\w+)(?:\[[^\]]*\])?\s+struct\s*\{\s*$/.exec(text)?.[1];
    if (!type) return;
    const close = lines.findIndex((l, i) => i > open && /^\}\s*$/.test(l));
    if (close < 0) return;
    const maps = new Set(lines.slice(open + 1, close).flatMap((l) => /^\s*(\w+)\s+map\[/.exec(l)?.[1] ?? []));
    out.set(type, { open, close, maps });
  });
  return out;
}

function packageMaps(lines: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  lines.forEach((text, i) => {
    const name = /^var\s+(\w+)\s*(?:=\s*(?:map\[|make\(\s*map\[)|map\[)/.exec(text)?.[1];
    if (name) out.set(name, i);
  });
  return out;
}

function targetOf(lines: readonly string[], index: number, funcs: readonly Func[]): Target | undefined {
  const code = (lines[index] ?? "").replace(/"(?:\\.|[^"\\])*"|`[^`]*`/g, '""');
  const func = funcs.find((f) => f.start < index && index < f.end);
  const found = new Map<string, Target>();
  const recv = func?.receiver;
  const fields = recv ? structMaps(lines).get(recv.type)?.maps : undefined;
  for (const m of code.matchAll(/(?<![\w.])(\w+)\.(\w+)\s*\[|\bdelete\(\s*(\w+)\.(\w+)\s*,/g)) {
    const [owner, field] = [m[1] ?? m[3], m[2] ?? m[4]];
    if (recv && owner === recv.name && field && fields?.has(field))
      found.set(`f:${field}`, { kind: "field", type: recv.type, field });
  }
  const vars = packageMaps(lines);
  for (const m of code.matchAll(/(?<![\w.])(\w+)\s*\[|\bdelete\(\s*(\w+)\s*,/g)) {
    const name = m[1] ?? m[2];
    const decl = name ? vars.get(name) : undefined;
    if (name && decl !== undefined) found.set(`v:${name}`, { kind: "var", name, decl });
  }
  return found.size === 1 ? [...found.values()][0] : undefined;
}

/** The functions touching the map, each with the expression naming it there. */
function accessors(lines: readonly string[], funcs: readonly Func[], target: Target) {
  return funcs.flatMap((f) => {
    const body = lines.slice(f.start + 1, f.end).join("\n");
    if (target.kind === "field") {
      const r = f.receiver;
      if (!r || r.type !== target.type) return [];
      return new RegExp(`\\b${escapeRegExp(r.name)}\\.${escapeRegExp(target.field)}\\b`).test(body)
        ? [{ func: f, owner: `${r.name}.` }]
        : [];
    }
    return new RegExp(`(?<![\\w.])${escapeRegExp(target.name)}\\b`).test(body)
      ? [{ func: f, owner: "" }]
      : [];
  });
}

function existingMutex(lines: readonly string[], open: number, close: number): string | undefined {
  return lines
    .slice(open + 1, close)
    .flatMap((l) => /^\s*(\w+)\s+sync\.(?:RW)?Mutex\b/.exec(l)?.[1] ?? [])[0];
}

export function lockMap(input: LockInput): { content: string; change: string } | undefined {
  const lines = input.content.split("\n");
  const funcs = funcsOf(lines);
  const target = targetOf(lines, input.line - 1, funcs);
  if (!target) return undefined;
  const users = accessors(lines, funcs, target);
  const names = new Set(users.map((u) => u.func.name));
  for (const { func } of users) {
    const body = lines.slice(func.start + 1, func.end).join("\n");
    if (/\.R?Lock\(\)/.test(body)) return undefined;
    if ([...names].some((n) => new RegExp(`\\.${n}\\(|(?<![\\w.])${n}\\(`).test(body))) return undefined;
    if (target.kind === "var" && new RegExp(`\\b${target.name}\\s*:=`).test(body)) return undefined;
  }
  const edits: { at: number; add: string[] }[] = [];
  let mutex: string;
  let what: string;
  if (target.kind === "field") {
    const struct = structMaps(lines).get(target.type);
    if (!struct) return undefined;
    const have = existingMutex(lines, struct.open, struct.close);
    mutex = have ?? "mu";
    if (!have && lines.slice(struct.open + 1, struct.close).some((l) => /^\s*mu\s/.test(l))) return undefined;
    if (!have) edits.push({ at: struct.close, add: ["", `\tmu sync.Mutex // guards ${target.field}`] });
    what = `${target.type}.${target.field}`;
  } else {
    mutex = `${target.name}Mu`;
    if (input.content.includes(mutex)) return undefined;
    edits.push({ at: target.decl + 1, add: [`var ${mutex} sync.Mutex // guards ${target.name}`] });
    what = target.name;
  }
  for (const { func, owner } of users) {
    const indent = indentOf(lines[func.start + 1] ?? "") || "\t";
    edits.push({
      at: func.start + 1,
      add: [`${indent}${owner}${mutex}.Lock()`, `${indent}defer ${owner}${mutex}.Unlock()`],
    });
  }
  const out = [...lines];
  for (const e of edits.sort((a, b) => b.at - a.at)) out.splice(e.at, 0, ...e.add);
  const imported = withGoImports(out, ["sync"]);
  if (!imported) return undefined;
  return {
    content: imported.join("\n"),
    change: `${what} guarded by a sync.Mutex (${mutex}), taken in ${[...names].join(", ")}: every function of this file that touches the map`,
  };
}

/** The relation, on the file as it is now: every function of the file touching the map holds a mutex first. */
export function mapLockHolds(content: string, line: number): { ok: boolean; detail: string } {
  const lines = content.split("\n");
  const funcs = funcsOf(lines);
  const target = targetOf(lines, line - 1, funcs);
  if (!target) return { ok: false, detail: `line ${line} no longer names one map this file declares` };
  const users = accessors(lines, funcs, target);
  const unlocked = users.filter(({ func }) => {
    const first = lines.slice(func.start + 1, func.start + 3).join("\n");
    return !/\.Lock\(\)[\s\S]*defer [\w.]+\.Unlock\(\)/.test(first);
  });
  const declared = /\bsync\.(RW)?Mutex\b/.test(content);
  const ok = declared && users.length > 0 && unlocked.length === 0;
  return {
    ok,
    detail: ok
      ? `every function touching the map (${users.map((u) => u.func.name).join(", ")}) locks its mutex first`
      : `${unlocked.map((u) => u.func.name).join(", ") || "the map's functions"} touch the map without a lock`,
  };
}
