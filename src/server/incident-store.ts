import { appendFileSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { z } from "zod";
import { IncidentSchema } from "../core/incident.js";
import { type Run, RunSchema } from "../core/run.js";
import type { MemoryMatch } from "../memory/index.js";
import { type IncidentRecord, type IncidentStore, MAX_GROUPED_ALERT_IDS } from "./api-incidents.js";

const ActivitySchema = z.object({
  time: z.string().max(40),
  kind: z.enum(["received", "state", "tool-call", "event", "finished", "error", "human"]),
  text: z.string().max(2_000),
  agent: z.string().max(100).optional(),
  decision: z.enum(["allowed", "blocked"]).optional(),
});

const HumanMarkSchema = z.object({
  at: z.string().max(40),
  by: z.string().max(100).optional(),
  note: z.string().max(1_000).optional(),
});

/** One incident as written to the file: the record without the run's bulky tool inputs. */
export const StoredIncidentSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,64}$/),
  incident: IncidentSchema,
  via: z.string().max(200),
  status: z.enum(["queued", "running", "done", "failed"]),
  state: z.string().max(40),
  receivedAt: z.string().max(40),
  updatedAt: z.string().max(40),
  run: z.unknown().optional(),
  // Shown as text only; kept loose so a newer memory format still loads.
  similar: z.array(z.looseObject({ runId: z.string(), title: z.string(), score: z.number() })).max(50),
  activity: z.array(ActivitySchema).max(1_000),
  links: z.array(z.object({ label: z.string().max(200), url: z.string().max(2_000) })).max(20),
  error: z.string().max(1_000).optional(),
  alertIds: z
    .array(z.string().regex(/^[a-z0-9-]{1,64}$/))
    .max(MAX_GROUPED_ALERT_IDS)
    .optional(),
  acknowledged: HumanMarkSchema.optional(),
  fixOutcome: HumanMarkSchema.extend({ fixWorked: z.boolean() }).optional(),
});
export type StoredIncident = z.infer<typeof StoredIncidentSchema>;

/**
 * What the server itself reads of a run (outcome, spend). A run written by an older or newer version that
 * the current RunSchema refuses (a renamed final state) still shows, rather than the incident vanishing.
 */
const LooseRunSchema = z.looseObject({
  id: z.string(),
  finalState: z.string(),
  reason: z.string(),
  finishedAt: z.string(),
  usage: z.looseObject({ costUsd: z.number() }),
});

function readRun(value: unknown): Run | undefined {
  const strict = RunSchema.safeParse(value);
  if (strict.success) return strict.data;
  return LooseRunSchema.safeParse(value).success ? (value as Run) : undefined;
}

/** What a restart finds of a run that was still going: it did not finish, and says why. */
const INTERRUPTED = "serve stopped before the run finished";

/** The run without tool inputs and agent outputs: they can be megabytes, and the audit log keeps them. */
function slim(record: IncidentRecord): StoredIncident {
  const { run, ...rest } = record;
  return {
    ...rest,
    similar: record.similar as unknown as StoredIncident["similar"],
    ...(run ? { run: { ...run, toolCalls: [], agentOutputs: [] } } : {}),
  };
}

function revive(stored: StoredIncident): IncidentRecord {
  const { run: rawRun, ...rest } = stored;
  const run = readRun(rawRun);
  const record = {
    ...rest,
    ...(run ? { run } : {}),
    similar: stored.similar as unknown as MemoryMatch[],
  } as IncidentRecord;
  if (record.status === "queued" || record.status === "running") {
    record.status = "failed";
    record.error = INTERRUPTED;
    record.activity.push({ time: record.updatedAt, kind: "error", text: INTERRUPTED });
  }
  return record;
}

/**
 * Incidents in one JSONL file, a snapshot per line, so `serve` shows them again after a restart. Writes are
 * synchronous appends of one line (an incident changes a few times in its life); the file is rewritten to
 * one line per incident when it loads with more than twice as many lines as incidents.
 */
export function createIncidentStore(file: string, options: { max?: number } = {}): IncidentStore {
  const max = options.max ?? 200;
  return {
    load() {
      let text: string;
      try {
        text = readFileSync(file, "utf8");
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return { records: [], rejected: 0 };
        throw error;
      }
      const byId = new Map<string, StoredIncident>();
      let rejected = 0;
      const lines = text.split("\n").filter((line) => line.trim() !== "");
      for (const line of lines) {
        let parsed: ReturnType<typeof StoredIncidentSchema.safeParse>;
        try {
          parsed = StoredIncidentSchema.safeParse(JSON.parse(line));
        } catch {
          rejected += 1;
          continue;
        }
        if (!parsed.success) {
          rejected += 1;
          continue;
        }
        byId.delete(parsed.data.id); // re-inserted last: the Map keeps the most recently written order
        byId.set(parsed.data.id, parsed.data);
      }
      const kept = [...byId.values()].slice(-max);
      if (lines.length > 2 * Math.max(kept.length, 1) || rejected > 0) {
        const temp = `${file}.${process.pid}.tmp`;
        writeFileSync(temp, kept.map((r) => `${JSON.stringify(r)}\n`).join(""), { mode: 0o600 });
        renameSync(temp, file);
      }
      return { records: kept.map(revive), rejected };
    },
    save(record) {
      mkdirSync(dirname(file), { recursive: true });
      appendFileSync(file, `${JSON.stringify(slim(record))}\n`, { mode: 0o600 });
    },
  };
}
