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
  {
    id: "host-on-certificate",
    evidence:
      "the client printed the host it dialled and the names the certificate lists; one line of configuration sets that host, and exactly one listed name is concrete (or the only one the repository uses)",
    change: "the host on that line becomes the listed name",
    risk: "low",
    mustNot: [
      "turn verification off (rejectUnauthorized: false, verify=False, InsecureSkipVerify, checkServerIdentity returning nothing)",
      "choose between several names the certificate lists",
    ],
  },
  {
    id: "config-file-published",
    evidence:
      "a required .NET configuration file was not found, the repository has it, and one project item marks it CopyToPublishDirectory/CopyToOutputDirectory Never",
    change: "that item's Never becomes PreserveNewest",
    risk: "low",
    mustNot: [
      "make the file optional (the app would start without its configuration)",
      "publish a file the repository does not have",
    ],
  },
  {
    id: "service-registered",
    evidence:
      "Unable to resolve service for type X, nothing in the start-up code registers X, and exactly one concrete class in the repository implements it",
    change: "a scoped registration of X with that class after the last registration",
    risk: "medium",
    mustNot: [
      "register an implementation the repository does not hold (a package's own Add… extension is a person's call)",
      "choose between several implementations",
      "touch a type already registered (its scope or environment is what is wrong)",
    ],
  },
];
