import { describe, expect, it } from "vitest";
import { parseTime } from "../../src/ingest/logs/summarize.js";

const now = Date.parse("2026-12-06T23:00:00Z");

describe("--since / --until", () => {
  it("reads ISO 8601 as it is", () => {
    expect(parseTime("2026-07-27T14:41:00Z", "--since", { now })).toBe(Date.parse("2026-07-27T14:41:00Z"));
  });

  it("reads a syslog timestamp without a year in the logs' year, not 2001", () => {
    expect(parseTime("Jul 27 14:41:00", "--since", { now })).toBe(Date.parse("2026-07-27T14:41:00Z"));
    expect(parseTime("Jul 27 14:41:00", "--since", { now, year: 2024 })).toBe(
      Date.parse("2024-07-27T14:41:00Z"),
    );
    // December's logs read in January: a date later than now is last year's.
    expect(parseTime("Dec 31 23:59:00", "--since", { now: Date.parse("2027-01-02T00:00:00Z") })).toBe(
      Date.parse("2026-12-31T23:59:00Z"),
    );
  });

  it("reads relative times as before now, as journalctl does", () => {
    expect(parseTime("1h", "--since", { now })).toBe(now - 3_600_000);
    expect(parseTime("30m", "--since", { now })).toBe(now - 1_800_000);
    expect(parseTime("2d", "--since", { now })).toBe(now - 2 * 86_400_000);
    expect(parseTime("15 min ago", "--since", { now })).toBe(now - 900_000);
  });

  it("names what it takes when it cannot read the value", () => {
    expect(() => parseTime("yesterday-ish", "--since", { now })).toThrow(
      /--since: not a date and time: 'yesterday-ish' \(use ISO 8601, a relative time such as 1h or 30m/,
    );
  });
});
