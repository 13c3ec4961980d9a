/**
 * The JSON export: the whole assessment (what a person entered) plus what was computed
 * from it, under a named, versioned format. Only the "assessment" part is read back on
 * import; "computed" is there for other tools and is recomputed, never trusted.
 * The format is documented in docs/json-export.md and as JSON Schema in
 * public/schema/assessment-export-v1.json (a test keeps that file in step with this one).
 */
import { z } from "zod";
import { answersSchema } from "../answers";
import { decisionSchema, NAME_MAX_LENGTH } from "../assessment";
import type { ExportDocument } from "./export-document";

export const EXPORT_FORMAT = "know-before-you-deploy/assessment";
export const EXPORT_FORMAT_VERSION = 1;

export const exportedAssessmentSchema = z.strictObject({
  name: z.string().trim().min(1).max(NAME_MAX_LENGTH),
  assessor: z.string().max(NAME_MAX_LENGTH).optional(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  answers: answersSchema,
  decisions: z.record(z.string().max(100), decisionSchema),
});

export const exportFileSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  formatVersion: z.literal(EXPORT_FORMAT_VERSION),
  exportedAt: z.iso.datetime(),
  contentVersion: z.string().min(1).max(32),
  assessment: exportedAssessmentSchema,
  computed: z
    .object({
      bandCounts: z.record(z.string(), z.number()),
      risks: z.array(z.object({ id: z.string() }).loose()),
      plan: z.array(z.object({ id: z.string() }).loose()),
    })
    .loose()
    .optional(),
});

export type ExportFile = z.infer<typeof exportFileSchema>;

export function toJsonExport(doc: ExportDocument): string {
  const { assessment } = doc;
  const file: ExportFile = {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    exportedAt: doc.exportedAt.toISOString(),
    contentVersion: doc.contentVersion,
    assessment: {
      name: assessment.name,
      ...(assessment.assessor ? { assessor: assessment.assessor } : {}),
      createdAt: assessment.createdAt,
      updatedAt: assessment.updatedAt,
      answers: assessment.answers,
      decisions: assessment.decisions,
    },
    computed: {
      bandCounts: doc.results.bandCounts,
      readiness: doc.results.readiness,
      risks: doc.risks.map((risk) => ({
        id: risk.id,
        title: risk.title,
        area: risk.area,
        likelihood: risk.likelihood,
        impact: risk.impact,
        severity: risk.severity,
        band: risk.band,
        because: risk.because,
      })),
      plan: doc.phases.flatMap((phase) =>
        phase.actions.map((action) => ({
          id: action.id,
          order: action.order,
          title: action.title,
          phase: action.phase,
          owner: action.owner,
          effort: action.effort,
          priority: action.priority,
          mitigates: action.mitigates,
          dependsOn: action.dependsOn,
          status: action.decision.status,
        })),
      ),
      planSummary: doc.planSummary,
    },
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
