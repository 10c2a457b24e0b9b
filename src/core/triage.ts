import { z } from "zod";
import { CategorySchema } from "./diagnosis.js";
import { SeveritySchema } from "./incident.js";

/** What Triage hands on: how bad it looks, and whether a diagnosis is worth running at all. */
export const TriageSchema = z.object({
  severity: SeveritySchema,
  suspectedCategory: CategorySchema,
  summary: z.string().min(1).max(2_000),
  needsDiagnosis: z.boolean(),
  /** Repository paths worth a look, relative to the repo root. */
  suspectFiles: z.array(z.string()).max(20).default([]),
});
export type Triage = z.infer<typeof TriageSchema>;
