/**
 * The published JSON Schema (public/schema/assessment-export-v1.json) is generated from
 * `exportFileSchema`; this keeps the committed file in step with the code.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { exportSchemaText, SCHEMA_FILE } from "./export-schema";

describe("the published JSON Schema of the export", () => {
  it("is exactly what exportFileSchema generates now", () => {
    let committed = "";
    try {
      committed = readFileSync(SCHEMA_FILE, "utf8");
    } catch {
      // Reported by the assertion below, with the fix.
    }
    const current = exportSchemaText();
    if (committed !== current) {
      expect.fail(`${SCHEMA_FILE} is missing or out of date with exportFileSchema. Run: npx tsx scripts/export-schema.ts`);
    }
  });

  // Written out, as docs/json-export.md publishes them: the constants compared with themselves could not fail.
  it("names the format and version it describes", () => {
    const schema: unknown = JSON.parse(exportSchemaText());
    expect(schema).toMatchObject({
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "/schema/assessment-export-v1.json",
      type: "object",
      properties: {
        format: { const: "know-before-you-deploy/assessment" },
        formatVersion: { const: 1 },
        assessment: { required: ["name", "createdAt", "updatedAt", "answers", "decisions"], additionalProperties: false },
      },
      required: ["format", "formatVersion", "exportedAt", "contentVersion", "assessment"],
    });
  });
});
