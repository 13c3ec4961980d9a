/**
 * Writes public/schema/assessment-export-v1.json: the JSON export's format as JSON Schema,
 * generated from `exportFileSchema`, so the published file can never drift from what an
 * import accepts. A unit test fails when the committed file is out of date.
 *
 *   npx tsx scripts/export-schema.ts
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import * as z from "zod/mini";
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION, exportFileSchema } from "@/lib/engine";

export const SCHEMA_FILE = fileURLToPath(new URL(`../public/schema/assessment-export-v${EXPORT_FORMAT_VERSION}.json`, import.meta.url));

/** The file's exact text: what an import accepts (the input side of the schema), pretty-printed. */
export function exportSchemaText(): string {
  const { $schema, ...generated } = z.toJSONSchema(exportFileSchema, { target: "draft-2020-12", io: "input" });
  const schema = {
    $schema,
    // Relative: the app serves this file at /schema/…, whatever its origin.
    $id: `/schema/assessment-export-v${EXPORT_FORMAT_VERSION}.json`,
    title: `Know Before You Deploy: assessment export, format ${EXPORT_FORMAT_VERSION}`,
    description:
      `A JSON export ("format": "${EXPORT_FORMAT}", "formatVersion": ${EXPORT_FORMAT_VERSION}). ` +
      'Only "assessment" is read back on import; "computed" is recomputed, never trusted. See docs/json-export.md.',
    ...generated,
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

const runDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (runDirectly) {
  writeFileSync(SCHEMA_FILE, exportSchemaText());
  console.log(`Wrote ${SCHEMA_FILE}.`);
}
