import type { Signature } from "../signature.js";
import { APPLICATION_SIGNATURES } from "./application.js";
import { NETWORK_SIGNATURES } from "./network.js";
import { RESOURCE_SIGNATURES } from "./resources.js";

/** The whole table, most causal first (a stable order makes ties predictable). */
export const SIGNATURES: readonly Signature[] = [
  ...RESOURCE_SIGNATURES,
  ...NETWORK_SIGNATURES,
  ...APPLICATION_SIGNATURES,
].sort((a, b) => a.rank - b.rank);

export function signatureById(id: string): Signature | undefined {
  return SIGNATURES.find((s) => s.id === id);
}
