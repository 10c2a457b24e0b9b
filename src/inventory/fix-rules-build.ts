import type { FixRule } from "./fix-rule.js";

/** The fix rules of the build, image and configuration-file resolvers (resolve-build.ts and its modules). */
export const BUILD_RULES: readonly FixRule[] = [
  {
    id: "flag-defined",
    evidence:
      "a Go binary exits with `flag provided but not defined` (pflag/kingpin: unknown flag) and one deploy line passes that flag, while exactly one flag the code defines is its near name",
    change: "the deploy line passes the defined flag, dashes and value kept",
    risk: "low",
    mustNot: [
      "edit the code's flag definitions to accept the old name",
      "choose between several near flags",
      "touch args when the code still defines the flag (the image is what is old)",
    ],
  },
  {
    id: "script-path-in-image",
    evidence:
      "an interpreter cannot open a file at an absolute path (python can't open file, node Cannot find module), one deploy line names that path, and a Dockerfile copies the repository's file of that name elsewhere",
    change: "the deploy line names the path where the image holds the file",
    risk: "low",
    mustNot: [
      "move files in the image other workloads rely on",
      "guess when the file lands in several places or no Dockerfile copies it",
    ],
  },
  {
    id: "healthcheck-tool-present",
    evidence:
      'a compose health check fails with `exec: "curl": executable file not found in $PATH` (or sh: curl: not found), and the service\'s base image is known from the repository',
    change:
      "a BusyBox (alpine) image's test uses wget; a Debian/Ubuntu image built here installs curl after its final FROM",
    risk: "low",
    mustNot: [
      "disable or remove the health check",
      "install packages into distroless/scratch images or images built elsewhere",
    ],
  },
  {
    id: "image-arch-unpinned",
    evidence:
      "exec format error from the container's entrypoint while one Dockerfile pins a foreign architecture (FROM --platform=linux/<arch>, GOARCH=<arch>)",
    change: "the pins are removed, so the image builds for the platform the build targets",
    risk: "medium",
    mustNot: [
      "pin another architecture the evidence does not name",
      "unpin when the nodes are known to share the pinned architecture",
      "drop GOARCH in a cross-compiling ($BUILDPLATFORM) Dockerfile",
    ],
  },
  {
    id: "yaml-parses",
    evidence:
      "a YAML parser's structural error (mapping values are not allowed, did not find expected key, expected <block end>) at a line of a file the repository holds",
    change: "the mis-indented line moves to the indent of the entry above it",
    risk: "low",
    mustNot: [
      "propose when several re-indentations parse, or after an opening `key:` (child or sibling is a person's call)",
      "rewrite values or delete the line",
    ],
  },
  {
    id: "image-tag-released",
    evidence:
      "the registry has no such tag (manifest unknown, failed to resolve reference: not found), one manifest, overlay or values file sets it, and the repository shows the released tag: CI's tag template over a version file, or the changelog's latest release",
    change: "that line sets the released tag",
    risk: "medium",
    mustNot: [
      "choose between several candidate tags",
      "set `latest` or a tag the repository does not show released",
      "edit the version file or the CI workflow to match the manifest",
    ],
  },
];
