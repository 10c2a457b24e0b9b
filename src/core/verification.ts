import { z } from "zod";

export const CheckSchema = z.object({
  name: z.string().min(1).max(300),
  outcome: z.enum(["pass", "fail", "skipped"]),
  detail: z.string().max(2_000),
});
export type Check = z.infer<typeof CheckSchema>;

export const VerificationSchema = z.object({
  checks: z.array(CheckSchema).max(50),
  outcome: z.enum(["passed", "failed", "inconclusive"]),
  summary: z.string().max(2_000),
});
export type Verification = z.infer<typeof VerificationSchema>;
