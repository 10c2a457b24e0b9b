export { createOfflineProvider } from "./offline-provider.js";
export type { FixKind, RepoLocator, Signature } from "./signature.js";
export {
  buildPrefilter,
  createSignatureScanner,
  matchSignature,
  type SignatureFinding,
  type SignatureScanner,
} from "./signature-scanner.js";
export { SIGNATURES, signatureById } from "./signatures/index.js";
