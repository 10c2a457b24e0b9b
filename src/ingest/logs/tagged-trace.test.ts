import { describe, expect, it } from "vitest";
import { createCoreAssembler } from "./records.js";
import { continuesTaggedTrace } from "./tagged-trace.js";

const at = (time: string, tag: string, body: string) =>
  `E, [${time} #7] ERROR -- : [${tag}] ${body}`.trimEnd();

describe("continuesTaggedTrace", () => {
  const error = at("2026-03-02T10:00:00.120", "req-9", "NoMethodError (undefined method 'total' for nil):");

  it("joins the frames a tagged logger writes under the error, by tag or by instant", () => {
    expect(continuesTaggedTrace(at("2026-03-02T10:00:00.121", "req-9", ""), error)).toBe(true);
    expect(
      continuesTaggedTrace(at("2026-03-02T10:00:00.121", "req-9", "lib/cart.rb:12:in 'sum'"), error),
    ).toBe(true);
    expect(
      continuesTaggedTrace(at("2026-03-02T10:00:00.120", "c0ffee", "lib/cart.rb:12:in `sum'"), error),
    ).toBe(true);
  });

  it("keeps another request's lines, other levels and ordinary messages apart", () => {
    expect(
      continuesTaggedTrace(at("2026-03-02T10:00:01.000", "req-3", "lib/cart.rb:12:in 'sum'"), error),
    ).toBe(false);
    expect(continuesTaggedTrace(at("2026-03-02T10:00:00.121", "req-9", "Completed 500"), error)).toBe(false);
    const info = "I, [2026-03-02T10:00:00.121 #7]  INFO -- : [req-9] lib/cart.rb:12:in 'sum'";
    expect(continuesTaggedTrace(info, error)).toBe(false);
  });

  it("makes the assembler keep the error and its frame in one record", () => {
    const assembler = createCoreAssembler("production.log", 2026);
    const lines = [
      error,
      at("2026-03-02T10:00:00.121", "req-9", ""),
      at("2026-03-02T10:00:00.121", "req-9", "lib/cart.rb:12:in 'sum'"),
      'I, [2026-03-02T10:00:02.000 #7]  INFO -- : [req-4] Started GET "/"',
    ];
    const records = lines.flatMap((l, i) => assembler.push(l, i + 1) ?? []);
    expect(records[0]?.text.split("\n")).toHaveLength(3);
    expect(records[0]?.text).toContain("lib/cart.rb:12");
  });
});
