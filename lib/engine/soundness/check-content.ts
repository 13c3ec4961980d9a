/**
 * The content soundness check: everything DESIGN.md promises about content, proved.
 * Input is unknown data, so the first step is the schema; later steps assume its shape.
 */
import { questionnaireSchema, type Questionnaire } from "../questionnaire";
import { checkActions } from "./plan-checks";
import type { Problem, Witness } from "./problem";
import { checkReachability } from "./reachability-checks";
import { checkReferences, checkUniqueIds } from "./reference-checks";

export interface ContentReport {
  ok: boolean;
  problems: Problem[];
  witnesses: Witness[];
}

export function checkContent(input: unknown): ContentReport {
  const parsed = questionnaireSchema.safeParse(input);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => ({
      id: issue.path.join(".") || "(content)",
      problem: issue.message,
    }));
    return { ok: false, problems, witnesses: [] };
  }
  const content: Questionnaire = parsed.data;
  const structural = [...checkUniqueIds(content), ...checkReferences(content), ...checkActions(content)];
  // A search over broken references would only repeat their problems less clearly.
  if (structural.length > 0) return { ok: false, problems: structural, witnesses: [] };
  const { problems, witnesses } = checkReachability(content);
  return { ok: problems.length === 0, problems, witnesses };
}

export function formatProblems(problems: readonly Problem[]): string {
  return problems.map((p) => `- ${p.id}: ${p.problem}`).join("\n");
}
