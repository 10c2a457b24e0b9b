import { describe, expect, it } from "vitest";
import { addBackoff, backoffHolds } from "./retry-backoff.js";

/** Retry loops bounded by a counter the body steps (`while attempt < N`), and clients other than fetch. */
const AXIOS = [
  "export async function pushContact(contact) {",
  "  let attempt = 0;",
  "  while (attempt < 8) {",
  "    attempt++;",
  '    const res = await api.post("/v2/contacts", contact);',
  "    if (res.status === 429) {",
  "      continue;",
  "    }",
  "    return res.data;",
  "  }",
  '  throw new Error("gave up");',
  "}",
  "",
].join("\n");

const PY_WHILE = [
  "import requests",
  "",
  "def fetch_rates(session, url):",
  "    tries = 0",
  "    while tries < 5:",
  "        resp = session.get(url)",
  "        if resp.status_code == 429:",
  "            tries += 1",
  "            continue",
  "        return resp.json()",
  '    raise RuntimeError("rate limited")',
  "",
].join("\n");

describe("backoff in a while loop the body counts", () => {
  it("an axios call in a while loop: the wait reads the header the way axios exposes it", () => {
    const out = addBackoff({ file: "src/crm.js", content: AXIOS, line: 3 });
    expect(out?.content).toContain(
      '      await new Promise((resolve) => setTimeout(resolve, retryDelayMs(attempt, String(res.headers["retry-after"] ?? ""))));',
    );
    expect(out && backoffHolds("src/crm.js", out.content, 3).ok).toBe(true);
  });

  it("a Python while loop with tries += 1 waits before it goes round", () => {
    const out = addBackoff({ file: "rates.py", content: PY_WHILE, line: 5 });
    expect(out?.content).toMatch(
      /time\.sleep\(_retry_delay\(tries, resp\.headers\.get\("Retry-After"\)\)\)\n\s+continue/,
    );
    // Imports go on top: the loop is found again by its text, as the Validator does.
    const at = (out?.content.split("\n").indexOf("    while tries < 5:") ?? -2) + 1;
    expect(out && backoffHolds("rates.py", out.content, at).ok).toBe(true);
  });

  it("nothing when the loop's counter is stepped twice or not at all (the attempt number is unclear)", () => {
    const twice = AXIOS.replace("    attempt++;", "    attempt++;\n    attempt += 1;");
    expect(addBackoff({ file: "src/crm.js", content: twice, line: 3 })).toBeUndefined();
    const never = AXIOS.replace("    attempt++;\n", "");
    expect(addBackoff({ file: "src/crm.js", content: never, line: 3 })).toBeUndefined();
  });
});
