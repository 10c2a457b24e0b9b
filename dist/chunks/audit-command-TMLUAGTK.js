import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);
import {
  auditFileHolds,
  readJsonl,
  verifyAuditFile
} from "./chunk-BHOGEK7W.js";
import {
  EXIT,
  parseFlags,
  writeLine
} from "./chunk-UG7HFW4V.js";
import {
  anchorFromCommitMessage,
  checkAnchors
} from "./chunk-5UC4P24V.js";
import "./chunk-IWMPT2AX.js";
import "./chunk-Z34A77QH.js";
import "./chunk-HGNO3NGP.js";
import {
  generateAuditKeys,
  loadPublicKey
} from "./chunk-QKJJ65UN.js";
import "./chunk-BLIBE5CM.js";
import "./chunk-KUH3GNXZ.js";
import {
  UsageError
} from "./chunk-U3NNAQLI.js";
import "./chunk-3EZXIJC4.js";

// src/entrypoints/cli/audit-command.ts
import { existsSync, readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";

// src/security/audit/git-anchors.ts
import { execFile } from "node:child_process";
import { basename, dirname } from "node:path";
function gitAnchors(file, ref) {
  if (ref.startsWith("-") || /[\s\0]/.test(ref))
    return Promise.resolve({ ok: false, reason: `--git-ref ${JSON.stringify(ref)} is not a ref` });
  return new Promise((resolve2) => {
    execFile(
      "git",
      ["log", "--format=%H%x00%B%x1e", ref, "--", basename(file)],
      {
        cwd: dirname(file),
        maxBuffer: 256 * 1024 * 1024,
        env: { PATH: "/usr/local/bin:/usr/bin:/bin", GIT_CONFIG_NOSYSTEM: "1", LANG: "C" }
      },
      (error, stdout, stderr) => {
        if (error) {
          const why = String(stderr).trim().split("\n")[0] || error.message;
          resolve2({ ok: false, reason: `git log ${ref} failed: ${why}` });
          return;
        }
        const records = String(stdout).split("").map((record) => record.replace(/^\n/, "")).filter((record) => record.includes("\0"));
        const anchors = records.flatMap((record) => {
          const [sha = "", message = ""] = record.split("\0");
          const anchor = anchorFromCommitMessage(message, `commit ${sha.slice(0, 7)}`);
          return anchor ? [anchor] : [];
        });
        resolve2({ ok: true, anchors, commits: records.length });
      }
    );
  });
}

// src/entrypoints/cli/audit-command.ts
var USAGE = `Usage: claude-sentry audit verify FILE [--public-key KEY] [--expect-head HASH] [--git-ref REF] [--json]
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
         --git-ref REF     FILE is in a clone of the audit branch: every head its commits recorded
                           (their Sentry-Chain-Head trailers, along REF's history) must still be in
                           FILE, so a commit that cut the log back is caught. A branch rewound to an
                           older commit has a consistent history: --expect-head catches that.
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
      {
        "public-key": { type: "string" },
        "expect-head": { type: "string" },
        "git-ref": { type: "string" },
        json: { type: "boolean" }
      },
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
    const history = values["git-ref"] === void 0 ? void 0 : await gitAnchors(path, values["git-ref"]);
    if (history && !history.ok) throw new UsageError(history.reason);
    const chain = await verifyAuditFile(path, publicKey === void 0 ? {} : { publicKey });
    const anchored = chain.ok && history ? checkAnchors(await chainLinks(path), history.anchors) : { ok: true };
    const verdict = chain.ok && expectHead !== void 0 && !await auditFileHolds(path, expectHead) ? {
      ok: false,
      problem: "truncated",
      message: `the log no longer holds the expected head ${expectHead.slice(0, 16)}…: entries were removed from its end`
    } : anchored.ok ? chain : anchored;
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
async function chainLinks(path) {
  const links = [];
  for await (const { value } of readJsonl(path)) {
    const { seq, hash, prevHash } = value ?? {};
    links.push({ seq, hash, prevHash });
  }
  return links;
}
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
