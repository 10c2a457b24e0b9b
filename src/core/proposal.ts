import { z } from "zod";

export const RiskSchema = z.enum(["low", "medium", "high"]);
export type Risk = z.infer<typeof RiskSchema>;

export const ProposalSchema = z
  .object({
    /** A unified diff against the repository root (paths a/… b/…), as `git apply` takes it. */
    patch: z.string().max(200_000).optional(),
    restart: z.object({ service: z.string().min(1).max(200) }).optional(),
    rationale: z.string().min(1).max(4_000),
    risk: RiskSchema,
    /** What the Surgeon's tool reported: `proposed` in AUDIT mode, `applied` once written. */
    applied: z.boolean().default(false),
  })
  .refine((p) => p.patch !== undefined || p.restart !== undefined, {
    message: "a proposal needs a patch, a restart, or both",
  });
export type Proposal = z.infer<typeof ProposalSchema>;

/** What the Surgeon hands in: a proposal, or the plain reason there is nothing safe to change. */
export const SurgeonResultSchema = z.union([
  ProposalSchema,
  z.strictObject({ noFix: z.string().min(1).max(2_000) }),
]);
export type SurgeonResult = z.infer<typeof SurgeonResultSchema>;
