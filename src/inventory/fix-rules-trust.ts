import type { ResolutionKind } from "./resolution.js";

/**
 * The fix rules of the CA-bundle and dependency-manifest resolvers (resolve-ca-*.ts, resolve-dependency.ts), in
 * fix-rules.ts's FixRule shape (not imported from there: fix-rules.ts imports this list).
 */
export const TRUST_AND_DEPENDENCY_RULES: readonly {
  id: ResolutionKind;
  evidence: string;
  change: string;
  risk: "low" | "medium" | "high";
  mustNot: string[];
}[] = [
  {
    id: "ca-bundle-path-exists",
    evidence:
      "a TLS client says its CA bundle path does not exist; the deploy files set that path in a CA variable and put exactly one certificate file (preferably of that name) in the container",
    change: "the CA variable names the file the deploy files do put there",
    risk: "low",
    mustNot: [
      "turn verification off (verify=False, NODE_TLS_REJECT_UNAUTHORIZED=0, InsecureSkipVerify, curl -k)",
      "choose between several certificate files the container holds",
      "point a private CA's variable at the system bundle",
    ],
  },
  {
    id: "final-stage-has-ca-bundle",
    evidence:
      "a client found no trusted root (unknown authority) and the one Dockerfile's final stage is FROM scratch with nothing bringing a CA bundle in",
    change: "the final stage copies /etc/ssl/certs/ca-certificates.crt from the build stage that has it",
    risk: "low",
    mustNot: [
      "turn verification off",
      "copy from a stage that has no bundle, or guess between several stages",
      "touch an image whose final stage already has a bundle (the peer's CA is what is missing)",
    ],
  },
  {
    id: "dependency-declared",
    evidence:
      "an import fails (No module named / Cannot find module) and the one runtime manifest the image installs does not declare the distribution",
    change:
      "the manifest declares the distribution (import name mapped to it), pinned to the version a lock file records",
    risk: "low",
    mustNot: [
      "add the repository's own package, a standard-library module or a shared namespace (google, azure)",
      "add a package already declared (the install step is what is wrong)",
      "invent a version no lock file records",
    ],
  },
];
