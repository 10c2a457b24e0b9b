import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { publishedSchemas } from "../../src/core/json-schemas.js";

describe("published JSON Schemas", () => {
  it("schema/*.schema.json are current (regenerate with `npx tsx scripts/write-schemas.ts`)", () => {
    for (const [file, schema] of Object.entries(publishedSchemas())) {
      const committed = JSON.parse(readFileSync(new URL(`../../schema/${file}`, import.meta.url), "utf8"));
      expect(committed, file).toEqual(schema);
    }
  });
});
