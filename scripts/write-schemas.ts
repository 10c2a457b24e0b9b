// Writes the published JSON Schemas (schema/*.schema.json) from the zod schemas they describe.
// `npx tsx scripts/write-schemas.ts`; a test fails when the committed files are stale.
import { writeFileSync } from "node:fs";
import { publishedSchemas } from "../src/core/json-schemas.js";

for (const [file, schema] of Object.entries(publishedSchemas())) {
  writeFileSync(new URL(`../schema/${file}`, import.meta.url), `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote schema/${file}`);
}
