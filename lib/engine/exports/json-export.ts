/**
 * The JSON export: the assessment (what a person entered, less answers to questions that
 * are no longer shown) plus what was computed from it, under a named, versioned format.
 * Only the "assessment" part is read back on import; "computed" is there for other tools
 * and is recomputed, never trusted.
 * The format is documented in docs/json-export.md and as JSON Schema in
 * public/schema/assessment-export-v1.json (a test keeps that file in step with this one).
 */
import "../zod-config";
import * as z from "zod/mini";
import { answersSchema, answerValueSchema } from "../answers-schema";
import type { ReviewReason } from "../assess/risk-standing";
import { NAME_MAX_LENGTH, RISK_DECISION_KINDS } from "../assessment";
import { decisionSchema, decisionStatusSchema, evidenceSchema, riskDecisionsSchema } from "../assessment-schema";
import type { Assert, Same } from "../check/same-type";
import { EFFORT_RANGES } from "../plan";
import { effortSchema } from "../questionnaire";
import { BANDS } from "../scoring";
import type { ExportDocument } from "./export-document";

export const EXPORT_FORMAT = "know-before-you-deploy/assessment";
export const EXPORT_FORMAT_VERSION = 1;

export const exportedAssessmentSchema = z.strictObject({
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(NAME_MAX_LENGTH)),
  assessor: z.optional(z.string().check(z.maxLength(NAME_MAX_LENGTH))),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  answers: answersSchema,
  decisions: z.record(z.string().check(z.maxLength(100)), decisionSchema),
  /** Answers accepted from the team's files: the lines they came from, by question. */
  evidence: z.optional(evidenceSchema),
  /** Risks accepted or mitigated another way, by risk id (added within format 1). */
  riskDecisions: z.optional(riskDecisionsSchema),
});

const count = z.int().check(z.minimum(0));
const level = z.int().check(z.minimum(1), z.maximum(5));
const severity = z.int().check(z.minimum(1), z.maximum(25));
const band = z.enum(BANDS);
const dayRange = z.object({ min: count, max: count });
const reviewReason = z.enum(["review-date", "answers-changed"]);
type _ReviewReasonMatches = Assert<Same<z.infer<typeof reviewReason>, ReviewReason>>;

/**
 * What was computed from the assessment, typed so other tools can rely on it. It is never
 * read back (an import recomputes it), but a file whose computed part is malformed is not
 * an export this tool made. Unknown fields are allowed and ignored, so a later version of
 * format 1 may add some.
 */
export const exportedComputedSchema = z.object({
  bandCounts: z.record(band, count),
  readiness: z.array(
    z.object({
      area: z.string(),
      score: z.nullable(z.int().check(z.minimum(0), z.maximum(100))),
      status: z.enum(["not-started", "in-progress", "completed"]),
      riskCount: count,
      worstBand: z.nullable(band),
      /** Share (0–100) of the area's answers that are not "not sure"; null when none. */
      knownShare: z.optional(z.nullable(z.int().check(z.minimum(0), z.maximum(100)))),
    }),
  ),
  risks: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      area: z.string(),
      likelihood: level,
      impact: level,
      severity,
      band,
      because: z.array(z.object({ question: z.string(), answer: z.optional(answerValueSchema) })),
      /** The team's decision on it: settled while in force; otherwise why it is due for review. */
      decision: z.optional(z.object({ kind: z.enum(RISK_DECISION_KINDS), inForce: z.boolean(), review: z.array(reviewReason) })),
    }),
  ),
  plan: z.array(
    z.object({
      id: z.string(),
      order: z.int().check(z.minimum(1)),
      title: z.string(),
      phase: z.string(),
      owner: z.string(),
      effort: effortSchema,
      priority: z.enum([...BANDS, "baseline"]),
      mitigates: z.array(z.object({ id: z.string(), band, severity })),
      dependsOn: z.array(z.string()),
      status: decisionStatusSchema,
      // Added within format 1, so optional for files written before them.
      effortDays: z.optional(dayRange),
      /** A "find out" task: the question whose answer is unknown and the role to ask. */
      findOut: z.optional(z.object({ question: z.string(), ask: z.string() })),
      /** Every risk it mitigates is accepted or mitigated another way: no priority of its own. */
      setAside: z.optional(z.boolean()),
    }),
  ),
  /** The actions to begin with, in order: ids into `plan`, each with why now. */
  startHere: z.optional(z.array(z.object({ id: z.string(), order: z.int().check(z.minimum(1)), whyNow: z.string() }))),
  planSummary: z.object({
    total: count,
    byPhase: z.record(z.string(), count),
    byOwner: z.record(z.string(), count),
    byEffort: z.record(effortSchema, count),
    personDays: count,
    personDaysRange: z.optional(dayRange),
  }),
});

export const exportFileSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  formatVersion: z.literal(EXPORT_FORMAT_VERSION),
  exportedAt: z.iso.datetime(),
  contentVersion: z.string().check(z.minLength(1), z.maxLength(32)),
  assessment: exportedAssessmentSchema,
  computed: z.optional(exportedComputedSchema),
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
      ...(assessment.evidence ? { evidence: assessment.evidence } : {}),
      ...(assessment.riskDecisions ? { riskDecisions: assessment.riskDecisions } : {}),
    },
    computed: {
      bandCounts: doc.bandCounts,
      readiness: doc.areas.map((area) => ({
        area: area.id,
        score: area.readiness.score,
        status: area.status,
        riskCount: area.readiness.riskCount,
        worstBand: area.readiness.worstBand,
        knownShare: area.knownShare,
      })),
      risks: doc.risks.map((risk) => ({
        id: risk.id,
        title: risk.title,
        area: risk.area,
        likelihood: risk.likelihood,
        impact: risk.impact,
        severity: risk.severity,
        band: risk.band,
        because: risk.because,
        ...(risk.decision ? { decision: { kind: risk.decision.kind, inForce: risk.decision.inForce, review: risk.decision.review } } : {}),
      })),
      plan: doc.plan.phases.flatMap((phase) =>
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
          effortDays: EFFORT_RANGES[action.effort],
          ...(action.discovery ? { findOut: { question: action.discovery.question, ask: action.discovery.ask } } : {}),
          setAside: action.setAside,
        })),
      ),
      startHere: doc.plan.startHere.map((item) => ({ id: item.id, order: item.order, whyNow: item.whyNow })),
      planSummary: doc.plan.summary,
    },
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
