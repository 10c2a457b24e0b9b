import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findTimestamp } from "../../src/ingest/logs/timestamp.js";

const two = (n: number) => String(n).padStart(2, "0");
const MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(" ");

/** Timestamps in the formats the reader knows, with days a month may not have, 60th seconds and offsets. */
const stamp = fc
  .record({
    y: fc.integer({ min: 1970, max: 2099 }),
    mo: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 31 }),
    h: fc.integer({ min: 0, max: 23 }),
    mi: fc.integer({ min: 0, max: 59 }),
    s: fc.integer({ min: 0, max: 61 }),
    frac: fc.option(fc.stringMatching(/^\d{1,9}$/), { nil: undefined }),
    zone: fc.constantFrom("", "Z", "+02:00", "-0530", "+1400"),
    format: fc.constantFrom("iso", "syslog", "clf", "yymmdd", "glog"),
  })
  .map((p) => {
    const time = `${two(p.h)}:${two(p.mi)}:${two(p.s)}`;
    const frac = p.frac === undefined ? "" : `.${p.frac}`;
    if (p.format === "iso") return `${p.y}-${two(p.mo)}-${two(p.d)}T${time}${frac}${p.zone} INFO x`;
    if (p.format === "syslog") return `${MONTHS[p.mo - 1]} ${p.d} ${time}${frac} host app: x`;
    if (p.format === "clf")
      return `1.2.3.4 - - [${two(p.d)}/${MONTHS[p.mo - 1]}/${p.y}:${time} ${p.zone === "-0530" ? "-0530" : "+0000"}] "GET / HTTP/1.1" 200 1`;
    if (p.format === "glog")
      return `I${two(p.mo)}${two(p.d)} ${time}.${(p.frac ?? "").padEnd(6, "0").slice(0, 6)} 1 a.go:1] x`;
    return `${two(p.y % 100)}${two(p.mo)}${two(p.d)} ${two(p.h)}${two(p.mi)}${two(p.s)} 12 INFO x`;
  });

describe("findTimestamp's milliseconds", () => {
  it("are Date.parse of its ISO string, for any date, year and line before", () => {
    fc.assert(
      fc.property(
        stamp,
        fc.constantFrom(2026, 1999, 50, 2024),
        fc.integer({ min: -1, max: 9 }),
        (line, year, hint) => {
          const found = findTimestamp(line, year, hint);
          if (found === undefined) return;
          expect(Object.is(found.ms, Date.parse(found.iso))).toBe(true);
          // The same line again takes the cached conversion.
          expect(Object.is(findTimestamp(line, year, found.pattern)!.ms, Date.parse(found.iso))).toBe(true);
        },
      ),
      { numRuns: 3000, seed: 18 },
    );
  });
});

describe("lines that share their second", () => {
  it("give each line its own milliseconds and the ISO string the full conversion gives", () => {
    fc.assert(
      fc.property(
        fc.record({
          y: fc.integer({ min: 1970, max: 2099 }),
          mo: fc.integer({ min: 1, max: 12 }),
          d: fc.integer({ min: 1, max: 31 }),
          h: fc.integer({ min: 0, max: 23 }),
          mi: fc.integer({ min: 0, max: 59 }),
          s: fc.integer({ min: 0, max: 60 }),
          sep: fc.constantFrom("T", " ", "-"),
          zone: fc.constantFrom("", "Z"),
        }),
        fc.array(fc.stringMatching(/^\d{1,9}$/), { minLength: 1, maxLength: 6 }),
        (p, fracs) => {
          const date = `${p.y}-${two(p.mo)}-${two(p.d)}`;
          const time =
            p.sep === "-" ? `${two(p.h)}.${two(p.mi)}.${two(p.s)}` : `${two(p.h)}:${two(p.mi)}:${two(p.s)}`;
          for (const frac of fracs) {
            const found = findTimestamp(`${date}${p.sep}${time}.${frac}${p.zone} RAS KERNEL INFO x`, 2026, 0);
            const iso = `${date}T${two(p.h)}:${two(p.mi)}:${two(p.s)}.${frac.slice(0, 3).padEnd(3, "0")}Z`;
            expect(found?.iso).toBe(iso);
            expect(Object.is(found?.ms, Date.parse(iso))).toBe(true);
          }
        },
      ),
      { numRuns: 2000, seed: 7 },
    );
  });
});
