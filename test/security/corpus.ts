import { readFileSync } from "node:fs";
import { join } from "node:path";

export const FIXTURES = join(import.meta.dirname, "../fixtures");

export interface AttackSample {
  id: string;
  source: string;
  text: string;
}

export function loadAttacks(file: string): AttackSample[] {
  return readFileSync(join(FIXTURES, "injection", file), "utf8")
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as AttackSample);
}

export interface SecretSample {
  id: string;
  kind: string;
  template: string;
  context: string;
  source: string;
}

export function loadSecretSamples(): SecretSample[] {
  return readFileSync(join(FIXTURES, "secrets", "samples.jsonl"), "utf8")
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as SecretSample);
}

const ALPHABETS: Record<string, string> = {
  A: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
  U: "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",
  a: "abcdefghijklmnopqrstuvwxyz",
  h: "0123456789abcdef",
  d: "0123456789",
  B: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_",
  b64: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",
};

/** Fills a template with seeded pseudo-random characters (mulberry32), so runs are reproducible. */
export function fillTemplate(template: string, seed: number): string {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return template.replace(/\{(A|U|a|h|d|B|b64):(\d+)\}/g, (_m, kind: string, n: string) => {
    const alphabet = ALPHABETS[kind]!;
    let out = "";
    for (let i = 0; i < Number(n); i += 1) out += alphabet[Math.floor(next() * alphabet.length)];
    // A leading zero would make a digit group look like a different number format.
    return kind === "d" ? out.replace(/^0/, "1") : out;
  });
}
