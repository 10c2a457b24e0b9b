import { appendFile, mkdir, readFile } from "node:fs/promises";
import { dirname } from "node:path";
import { type MemoryEntry, MemoryLineSchema, type MemoryOutcome } from "./memory-entry.js";
import { type FindOptions, type MemoryMatch, type MemoryQuery, rankSimilar } from "./retrieve.js";

/**
 * Where memory lines live: a JSONL file locally, a file on the audit branch in GitHub mode. Append-only, so
 * two writers never lose each other's lines and history stays auditable.
 */
export interface MemoryBackend {
  /** The whole text ("" when nothing is stored yet). */
  read(): Promise<string>;
  append(text: string): Promise<void>;
}

export interface MemoryLoad {
  entries: MemoryEntry[];
  /** Lines that did not parse or validate, by 1-based line number: reported, never silently dropped. */
  rejected: { line: number; reason: string }[];
}

/** The memory seam: put a finished run, confirm whether its fix worked, find similar ones. */
export interface MemoryStore {
  put(entry: MemoryEntry): Promise<void>;
  recordOutcome(
    runId: string,
    fixWorked: boolean,
    note?: string,
  ): Promise<{ status: "ok" } | { status: "unknown-run" }>;
  load(): Promise<MemoryLoad>;
  find(query: MemoryQuery, options?: FindOptions): Promise<MemoryMatch[]>;
}

export function fileBackend(file: string): MemoryBackend {
  return {
    async read() {
      try {
        return await readFile(file, "utf8");
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return "";
        throw error;
      }
    },
    async append(text) {
      await mkdir(dirname(file), { recursive: true });
      await appendFile(file, text, { encoding: "utf8", mode: 0o600 });
    },
  };
}

export function memoryBackend(): MemoryBackend & { text: () => string } {
  let text = "";
  return {
    text: () => text,
    async read() {
      return text;
    },
    async append(more) {
      text += more;
    },
  };
}

/** Folds the lines: the latest entry per run wins, and outcomes set `fixWorked` on the run they name. */
export function parseMemory(text: string): MemoryLoad {
  const runs = new Map<string, MemoryEntry>();
  const outcomes: MemoryOutcome[] = [];
  const rejected: MemoryLoad["rejected"] = [];
  for (const [i, raw] of text.split("\n").entries()) {
    if (!raw.trim()) continue;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (error) {
      rejected.push({ line: i + 1, reason: `not JSON: ${(error as Error).message}` });
      continue;
    }
    const parsed = MemoryLineSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      rejected.push({ line: i + 1, reason: `${issue?.path.join(".") || "line"}: ${issue?.message}` });
    } else if (parsed.data.kind === "run") runs.set(parsed.data.runId, parsed.data);
    else outcomes.push(parsed.data);
  }
  for (const outcome of outcomes) {
    const entry = runs.get(outcome.runId);
    if (entry) runs.set(outcome.runId, { ...entry, fixWorked: outcome.fixWorked });
  }
  return { entries: [...runs.values()], rejected };
}

export function createMemoryStore(backend: MemoryBackend, clock: () => Date = () => new Date()): MemoryStore {
  const load = async () => parseMemory(await backend.read());
  return {
    load,
    async put(entry) {
      const parsed = MemoryLineSchema.safeParse(entry);
      if (!parsed.success) throw new TypeError(`memory entry rejected: ${parsed.error.issues[0]?.message}`);
      await backend.append(`${JSON.stringify(parsed.data)}\n`);
    },
    async recordOutcome(runId, fixWorked, note) {
      const { entries } = await load();
      if (!entries.some((e) => e.runId === runId)) return { status: "unknown-run" };
      const outcome: MemoryOutcome = {
        kind: "outcome",
        runId,
        fixWorked,
        at: clock().toISOString(),
        ...(note ? { note: note.slice(0, 1_000) } : {}),
      };
      await backend.append(`${JSON.stringify(outcome)}\n`);
      return { status: "ok" };
    },
    async find(query, options) {
      return rankSimilar((await load()).entries, query, options);
    },
  };
}

export const createJsonlMemoryStore = (file: string, clock?: () => Date) =>
  createMemoryStore(fileBackend(file), clock);
