import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const LOCAL_ALERTS_DIR = fileURLToPath(new URL("../fixtures/alerts/", import.meta.url));

export function fixtureText(name: string, dir = LOCAL_ALERTS_DIR): string {
  return readFileSync(join(dir, name), "utf8");
}

export function fixture<T = unknown>(name: string, dir = LOCAL_ALERTS_DIR): T {
  return JSON.parse(fixtureText(name, dir)) as T;
}

export const NOW = new Date("2026-11-24T03:00:00Z");
