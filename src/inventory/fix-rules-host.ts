import type { FixRule } from "./fix-rule.js";

/** The fix rules of the image-path and systemd-port resolvers (resolve-image-path.ts, resolve-unit-port.ts). */
export const HOST_AND_IMAGE_RULES: readonly FixRule[] = [
  {
    id: "image-path-shipped",
    evidence:
      'nginx stops with [emerg] open() "P" failed (2: No such file or directory); one configuration line names P and one Dockerfile COPY puts the repository\'s file of that name at another path; two of the three directory names (config, COPY destination, repository folder) agree',
    change:
      "the odd side follows the other two: the COPY destination becomes P's directory, or the configuration's path becomes where the COPY puts the file",
    risk: "low",
    mustNot: [
      "touch files other than the Dockerfile or the configuration line",
      "pick a side when the three directory names do not single one out",
      "move a COPY destination other configuration lines still name",
    ],
  },
  {
    id: "unit-port-unique",
    evidence:
      "a systemd unit (named by the journal line) fails with EADDRINUSE / address already in use on P; its env file or Environment= sets P, another unit's does too, and a reverse proxy config for that unit sends to exactly one local port no other setting holds",
    change: "the unit's own PORT becomes the port its proxy sends to",
    risk: "low",
    mustNot: [
      "touch the other unit's env file (it holds the port legitimately)",
      "invent a free port nothing in the repository records",
      "choose between several ports a proxy sends that unit to",
    ],
  },
];
