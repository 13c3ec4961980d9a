/**
 * For the tracker tests only: a plan built with the engine's fixture questionnaire (six
 * actions over three phases, with dependencies), decisions written in hostile text, and
 * a strict RFC 4180 reader to read every CSV back.
 */
import { assess } from "../../assess/assess";
import type { ActionView } from "../../assess/assessment-view";
import type { Assessment } from "../../assessment";
import { fixtureQuestionnaire } from "../../test-fixtures/fixture-questionnaire";
import { exportDocument, type ExportDocument } from "../export-document";

export { parseCsv } from "../../test-fixtures/strict-csv";

/** Text that would run, break a row, or read as a formula if it were written as it is. */
export const HOSTILE = {
  formula: "=cmd|' /C calc'!A0",
  sum: "@SUM(1+1)",
  plus: "+1",
  minus: "-2",
  tabbed: "\tline one\r\nline two",
  shell: '"; rm -rf ~; echo "',
  substitution: "$(reboot) `reboot` it's 'quoted' \"double\" \\ <script>alert(1)</script>",
  name: 'Ops\' $(reboot) `id` "; rm -rf ~; echo " =1+2 @here #1',
} as const;

export const hostileAssessment: Assessment = {
  id: "a",
  name: HOSTILE.name,
  createdAt: "2026-01-01T00:00:00.000Z",
  updatedAt: "2026-01-02T00:00:00.000Z",
  contentVersion: fixtureQuestionnaire.version,
  answers: {
    "storage.stateful": "yes",
    "storage.kinds": ["database"],
    "storage.backup": "none",
    "security.tenancy": "multi-tenant",
    "security.compliance": ["pci"],
  },
  decisions: {
    "pick-pilot": { status: "not-applicable", reason: HOSTILE.formula, person: HOSTILE.sum, note: HOSTILE.plus },
    "managed-database": { status: "open", person: HOSTILE.shell, note: HOSTILE.substitution },
    backups: { status: "done", person: HOSTILE.minus, note: HOSTILE.tabbed },
  },
};

export function hostileDocument(): ExportDocument {
  return exportDocument(assess(fixtureQuestionnaire, hostileAssessment), new Date("2026-03-01T00:00:00Z"));
}

export function actionsOf(doc: ExportDocument): ActionView[] {
  return doc.plan.phases.flatMap((phase) => phase.actions);
}

/** A row by column name; a repeated column (Labels, Blocks) keeps each of its cells. */
export type CsvRecord = ReadonlyMap<string, readonly string[]>;

export function records(rows: readonly string[][]): CsvRecord[] {
  const [header = [], ...body] = rows;
  return body.map((row) => {
    const record = new Map<string, string[]>();
    header.forEach((column, i) => record.set(column, [...(record.get(column) ?? []), row[i] ?? ""]));
    return record;
  });
}

/** The single value of a column. */
export const cell = (record: CsvRecord, column: string): string => record.get(column)?.[0] ?? "";

/** The non-empty values of a repeated column. */
export const cells = (record: CsvRecord, column: string): string[] => (record.get(column) ?? []).filter((value) => value !== "");

/** The document with references on one action: a web link whose label holds markup characters, and a script link. */
export function withReferences(doc: ExportDocument): ExportDocument {
  const copy = structuredClone(doc);
  const action = actionsOf(copy).find((candidate) => candidate.id === "managed-database");
  if (action) {
    action.references = [
      { label: "Guide [part|1] *bold* <b>", url: "https://example.com/a_b?x=1&y=2" },
      { label: "Not a web link", url: "javascript:alert(1)" },
    ];
  }
  return copy;
}
