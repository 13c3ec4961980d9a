/**
 * The shape of authored content: areas, questions, risks, actions, phases and roles.
 * Content is parsed through these schemas, so a typo in content fails loudly at the
 * boundary instead of quietly changing a result.
 */
import "./zod-config";
import * as z from "zod/mini";
import { conditionSchema } from "./condition-schema";
import { LEVELS } from "./scoring";

const id = z.string().check(z.regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, "ids are lower-case words joined by '.' or '-'"));
const text = z.string().check(z.trim(), z.minLength(1));

/**
 * Whom a question describes: the organisation (a programme's answer, shared by every
 * application in a portfolio) or one application. Areas give the default; a question in a
 * mixed area may name its own.
 */
export const QUESTION_LEVELS = ["programme", "application"] as const;
const questionLevel = z.enum(QUESTION_LEVELS);

export const areaSchema = z.strictObject({
  id,
  title: text,
  /** For tight spaces such as chart labels; the title is used when absent. */
  shortTitle: z.optional(text),
  kind: z.enum(["non-technical", "technical"]),
  /** The talk's challenge this area answers, in the talk's words. */
  challenge: text,
  summary: text,
  /**
   * The role best placed to answer this area's questions when the team does not know: the
   * plan's "find out" tasks say whom to ask. A question may name its own (`ask`).
   */
  ask: z.optional(id),
  /** The level of the area's questions unless a question says otherwise (see QUESTION_LEVELS). */
  level: z.optional(questionLevel),
});

export const optionSchema = z.strictObject({
  id,
  label: text,
  hint: z.optional(text),
  /**
   * The team does not know ("not sure", "not decided yet", "nobody named"): an unknown, not
   * an answer. It must never score better than a bad answer, and the plan turns it into a
   * task to find out.
   */
  unknown: z.optional(z.literal(true)),
});

const questionBase = {
  id,
  area: id,
  prompt: text,
  /** Why the question matters; shown with the question and tied to it. */
  help: text,
  required: z.boolean(),
  when: z.optional(conditionSchema),
  /** Whom to ask when the answer is unknown (a role id); the area's `ask` when absent. */
  ask: z.optional(id),
  /** Programme or application; the area's `level` when absent. */
  level: z.optional(questionLevel),
};

export const questionSchema = z.discriminatedUnion("kind", [
  z.strictObject({ ...questionBase, kind: z.literal("single"), options: z.array(optionSchema).check(z.minLength(2)) }),
  z.strictObject({ ...questionBase, kind: z.literal("multi"), options: z.array(optionSchema).check(z.minLength(2)) }),
  z.strictObject({
    ...questionBase,
    kind: z.literal("scale"),
    /** One label per point, from 1 upwards. */
    scale: z.array(text).check(z.minLength(3), z.maxLength(7)),
  }),
  z.strictObject({ ...questionBase, kind: z.literal("text"), maxLength: z.number().check(z.int(), z.minimum(1), z.maximum(500)) }),
]);

const level = z.literal(LEVELS);

export const riskRuleSchema = z.strictObject({
  when: conditionSchema,
  likelihood: level,
  impact: level,
  /** One line a reviewer can check the numbers against. */
  reason: text,
});

export const riskSchema = z.strictObject({
  id,
  area: id,
  title: text,
  /** What goes wrong. */
  description: text,
  /** Who feels it when it does. */
  affects: text,
  rules: z.array(riskRuleSchema).check(z.minLength(1)),
});

export const effortSchema = z.enum(["S", "M", "L"]);

export const referenceSchema = z.strictObject({ label: text, url: z.url() });

export const actionSchema = z.strictObject({
  id,
  title: text,
  /** What to do, naming today's tools and settings. */
  detail: text,
  phase: id,
  owner: id,
  effort: effortSchema,
  mitigates: z.array(id),
  dependsOn: z.array(id),
  /** Every adoption needs it, whatever the answers. */
  baseline: z.optional(z.boolean()),
  /**
   * Done once for the programme, or by each application for itself; when absent it is
   * derived (see portfolio/action-levels.ts), so only actions the rule gets wrong name one.
   */
  level: z.optional(questionLevel),
  references: z.optional(z.array(referenceSchema)),
});

export const phaseSchema = z.strictObject({ id, title: text, summary: text });
export const roleSchema = z.strictObject({ id, title: text });

export const questionnaireSchema = z.strictObject({
  version: z.string().check(z.regex(/^\d{4}\.\d{1,2}\.\d+$/, "versions look like 2026.11.1")),
  areas: z.array(areaSchema).check(z.minLength(1)),
  questions: z.array(questionSchema).check(z.minLength(1)),
  risks: z.array(riskSchema),
  actions: z.array(actionSchema),
  phases: z.array(phaseSchema).check(z.minLength(1)),
  roles: z.array(roleSchema).check(z.minLength(1)),
});

export type Area = z.infer<typeof areaSchema>;
export type QuestionLevel = (typeof QUESTION_LEVELS)[number];
export type Option = z.infer<typeof optionSchema>;
/** A question as content writes it: its help text is required there. */
export type QuestionContent = z.infer<typeof questionSchema>;
/**
 * A question as the engine and the browser use it. The help text is what only the
 * question pages show, so pages that do not are sent the questionnaire without it (see
 * forBrowser); content's questions, with help, are questions too.
 */
export type Question = QuestionContent extends infer Q ? (Q extends unknown ? Omit<Q, "help"> & { help?: string } : never) : never;
export type QuestionKind = Question["kind"];
export type RiskRule = z.infer<typeof riskRuleSchema>;
export type Risk = z.infer<typeof riskSchema>;
export type Effort = z.infer<typeof effortSchema>;
export type Action = z.infer<typeof actionSchema>;
export type Phase = z.infer<typeof phaseSchema>;
export type Role = z.infer<typeof roleSchema>;
/** The questionnaire as content writes it and the schema checks it. */
export type QuestionnaireContent = z.infer<typeof questionnaireSchema>;
/** The questionnaire as the engine takes it: content's, or its projection for the browser. */
export type Questionnaire = Omit<QuestionnaireContent, "questions"> & { questions: Question[] };

/** The part of a question that decides whether it is shown and counted; enough for the engine. */
export type QuestionLogic = Pick<Question, "id" | "area" | "required" | "when">;
