import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { LOGHUB_DIR } from "../setup/shared-data.js";

export const LOGHUB_SYSTEMS = [
  "Android",
  "Apache",
  "BGL",
  "HDFS",
  "HPC",
  "Hadoop",
  "HealthApp",
  "Linux",
  "Mac",
  "OpenSSH",
  "OpenStack",
  "Proxifier",
  "Spark",
  "Thunderbird",
  "Windows",
  "Zookeeper",
] as const;

export interface LoghubSample {
  system: string;
  /** Path of the raw `<S>_2k.log`. */
  logPath: string;
  lines: string[];
  /** Ground-truth EventId per line, from the corrected labels. */
  eventIds: string[];
}

/** Reads one Loghub 2k system from LOGHUB_DIR (never from the repository: research-only license). */
export function loadLoghub(system: string): LoghubSample {
  const logPath = join(LOGHUB_DIR, system, `${system}_2k.log`);
  const lines = readFileSync(logPath, "utf8").split(/\r\n|\n/);
  if (lines.at(-1) === "") lines.pop();
  const csv = readFileSync(join(LOGHUB_DIR, system, `${system}_2k.log_structured_corrected.csv`), "utf8");
  const rows = parse(csv, { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  const eventIds = rows.map((row) => row.EventId ?? "");
  return { system, logPath, lines, eventIds };
}
