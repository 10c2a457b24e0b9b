import { z } from "zod";

/** AUDIT proposes and writes nothing; ACTIVE may apply; DISABLED blocks every action. */
export const ModeSchema = z.enum(["AUDIT", "ACTIVE", "DISABLED"]);
export type Mode = z.infer<typeof ModeSchema>;

/** Accepts the lower-case spellings users type (`--mode audit`, `/sentry mode active`). */
export const ModeInputSchema = z
  .string()
  .transform((s) => s.toUpperCase())
  .pipe(ModeSchema);

export const STOP_FILE = "STOP_SENTRY";
