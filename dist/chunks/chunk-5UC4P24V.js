import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);
import {
  SentryError
} from "./chunk-U3NNAQLI.js";

// src/security/audit/chain-anchors.ts
var AuditTamperedError = class extends SentryError {
  constructor(message) {
    super("audit_tampered", message);
  }
};
function checkAnchors(entries, anchors) {
  if (anchors.length === 0) return { ok: true };
  const linked = entries;
  const first = typeof linked[0]?.seq === "number" ? linked[0].seq : 0;
  const deepest = Math.max(...anchors.map((anchor) => anchor.seq));
  for (let i = 1; i < linked.length && i <= deepest - first; i += 1) {
    const entry = linked[i];
    if (entry.seq !== first + i || entry.prevHash !== linked[i - 1].hash)
      return {
        ok: false,
        problem: "rewritten",
        message: `the log's chain breaks at line ${i + 1} (seq ${String(entry.seq)}): entries were removed or replaced before a kept head`
      };
  }
  for (const anchor of [...anchors].sort((a, b) => b.seq - a.seq)) {
    const entry = linked[anchor.seq - first];
    if (entry === void 0) {
      const last = linked.length === 0 ? "is empty" : `ends at seq ${first + linked.length - 1}`;
      return {
        ok: false,
        problem: "truncated",
        message: `the log ${last} but ${anchor.where} recorded seq ${anchor.seq} (${anchor.hash.slice(0, 12)}…): entries were cut from its end`
      };
    }
    if (entry.hash !== anchor.hash)
      return {
        ok: false,
        problem: "rewritten",
        message: `seq ${anchor.seq} is ${String(entry.hash).slice(0, 12)}… in the log but ${anchor.where} recorded ${anchor.hash.slice(0, 12)}…: the log was rewritten`
      };
  }
  return { ok: true };
}
function anchorFromCommitMessage(message, where) {
  const hash = message.match(/^Sentry-Chain-Head: ([0-9a-f]{64})$/m)?.[1];
  const seq = message.match(/^Sentry-Chain-Seq: (\d{1,12})$/m)?.[1];
  return hash && seq ? { seq: Number(seq), hash, where } : void 0;
}

export {
  AuditTamperedError,
  checkAnchors,
  anchorFromCommitMessage
};
