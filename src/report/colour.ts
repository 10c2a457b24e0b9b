import type { RunOutcome } from "../core/run.js";

/**
 * Colour on a terminal only: NO_COLOR (any value) turns it off, FORCE_COLOR turns it on ("0" or "false" off),
 * else it follows whether the stream is a TTY. JSON and Markdown are never coloured.
 */
export function wantsColour(env: NodeJS.ProcessEnv, isTty: boolean): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !(force === "0" || force.toLowerCase() === "false");
  return isTty;
}

export interface Paint {
  verdict(outcome: RunOutcome, text: string): string;
  diffLine(line: string): string;
  bold(text: string): string;
  dim(text: string): string;
}

const sgr = (code: string) => (text: string) => `\u001b[${code}m${text}\u001b[0m`;
const green = sgr("32");
const red = sgr("31");
const cyan = sgr("36");

const VERDICT: Record<RunOutcome, (text: string) => string> = {
  NOTHING_WRONG: sgr("1;32"),
  FIXED: sgr("1;32"),
  PROPOSED: sgr("1;33"),
  ESCALATED: sgr("1;31"),
  HALTED: sgr("1;31"),
};

export const NO_PAINT: Paint = {
  verdict: (_outcome, text) => text,
  diffLine: (line) => line,
  bold: (text) => text,
  dim: (text) => text,
};

export const ANSI_PAINT: Paint = {
  verdict: (outcome, text) => VERDICT[outcome](text),
  diffLine(line) {
    const body = line.trimStart();
    if (body.startsWith("+++") || body.startsWith("---")) return sgr("1")(line);
    if (body.startsWith("+")) return green(line);
    if (body.startsWith("-")) return red(line);
    if (body.startsWith("@@")) return cyan(line);
    return line;
  },
  bold: sgr("1"),
  dim: sgr("2"),
};
