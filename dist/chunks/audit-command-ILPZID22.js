import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);
import {
  auditFileHolds,
  verifyAuditFile
} from "./chunk-ET6ZVLMB.js";
import {
  EXIT,
  parseFlags,
  writeLine
} from "./chunk-OWDRI45H.js";
import {
  generateAuditKeys,
  loadPublicKey
} from "./chunk-HM7HINH2.js";
import {
  UsageError
} from "./chunk-UOHJ52NF.js";
import "./chunk-Z34A77QH.js";
import "./chunk-3EZXIJC4.js";

// src/entrypoints/cli/audit-command.ts
import { existsSync, readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
var USAGE = `Usage: claude-sentry audit verify FILE [--public-key KEY] [--expect-head HASH] [--json]
       claude-sentry audit keygen

verify   Checks a JSONL audit log offline: every entry's SHA-256, the chain of prevHash links, and the
         Ed25519 signatures on its sealed heads. Names the first edited, missing, inserted or reordered
         entry and exits 1; exits 0 when the chain is intact.
         --public-key KEY  the sealing key (base64 SPKI DER, a PEM, or a file holding either). Without it
                           signatures are checked against the key each seal carries, which proves
                           consistency but not who wrote the log.
         --expect-head HASH  a head hash kept outside the file (printed by an earlier run, or the audit
                           branch's last commit): fails when the log no longer holds it, which is how a
                           log cut back to an earlier seal is caught.
keygen   Prints a new Ed25519 sealing key pair: the private key (PEM) to keep secret and the public key to
         publish for verify.`;
var auditCommand = {
  name: "audit",
  summary: "verify a hash-chained audit log offline, or make a sealing key",
  usage: USAGE,
  async run(argv, io) {
    const [sub, ...rest] = argv;
    if (sub === "keygen") {
      const keys = generateAuditKeys();
      writeLine(io.stdout, keys.privateKey.export({ type: "pkcs8", format: "pem" }).toString().trimEnd());
      writeLine(io.stdout, `public key: ${keys.publicKey}`);
      return EXIT.ok;
    }
    if (sub === void 0) throw new UsageError("missing subcommand: audit verify FILE, or audit keygen");
    if (sub !== "verify") throw new UsageError(`unknown audit subcommand '${sub}' (verify, keygen)`);
    const { values, positionals } = parseFlags(
      rest,
      { "public-key": { type: "string" }, "expect-head": { type: "string" }, json: { type: "boolean" } },
      true
    );
    const [file, extra] = positionals;
    if (!file || extra !== void 0) throw new UsageError("audit verify takes exactly one FILE");
    const path = resolve(io.cwd, file);
    if (!existsSync(path)) throw new UsageError(`no such audit log: ${file}`);
    if (!statSync(path).isFile())
      throw new UsageError(`${file} is not a file: give the audit log's JSONL file`);
    const publicKey = values["public-key"] === void 0 ? void 0 : readKey(values["public-key"], io.cwd);
    const expectHead = values["expect-head"];
    if (expectHead !== void 0 && !/^[0-9a-f]{64}$/.test(expectHead))
      throw new UsageError("--expect-head takes an entry's SHA-256 hash (64 hex characters)");
    const chain = await verifyAuditFile(path, publicKey === void 0 ? {} : { publicKey });
    const verdict = chain.ok && expectHead !== void 0 && !await auditFileHolds(path, expectHead) ? {
      ok: false,
      problem: "truncated",
      message: `the log no longer holds the expected head ${expectHead.slice(0, 16)}…: entries were removed from its end`
    } : chain;
    if (values.json) {
      writeLine(io.stdout, JSON.stringify(verdict));
    } else if (verdict.ok) {
      const who = verdict.signedBy ? `, sealed by key ${verdict.signedBy.slice(-16)}` : "";
      writeLine(io.stdout, `ok: ${verdict.entries} entries, ${verdict.seals} signed heads${who}`);
    } else {
      writeLine(io.stdout, `FAILED (${verdict.problem}) ${verdict.message}`);
    }
    return verdict.ok ? EXIT.ok : EXIT.attention;
  }
};
function readKey(value, cwd) {
  const path = resolve(cwd, value);
  const text = value.length < 4096 && existsSync(path) ? readFileSync(path, "utf8").trim() : value.trim();
  try {
    loadPublicKey(text);
  } catch (error) {
    throw new UsageError("--public-key is not an Ed25519 public key (base64 SPKI DER or PEM)", {
      cause: error
    });
  }
  return text;
}
export {
  auditCommand
};
