/**
 * The content soundness check: everything DESIGN.md promises about content, proved.
 * Input is unknown data, so the first step is the schema; later steps assume its shape.
 */
import { questionnaireSchema, type Questionnaire } from "../questionnaire";
import { checkActions } from "./plan-checks";
import type { Problem, Witness } from "./problem";
import { checkReachability } from "./reachability-checks";
import { checkReferences, checkUniqueIds } from "./reference-checks";
import { checkRuleOrder, checkUnknownOptions } from "./scoring-checks";

export interface ContentReport {
  ok: boolean;
  problems: Problem[];
  witnesses: Witness[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/**
 * A schema issue is about the item it sits in (the risk whose likelihood is 6, the
 * question whose id is malformed), so it names that item's id and says where in it the
 * issue is; an issue outside any item with an id names its path.
 */
function schemaProblem(input: unknown, path: readonly PropertyKey[], message: string): Problem {
  const where = path.map(String).join(".") || "(content)";
  const [collection, index] = path;
  const list = isRecord(input) && typeof collection === "string" ? input[collection] : undefined;
  const item: unknown = Array.isArray(list) && typeof index === "number" ? list[index] : undefined;
  const id = isRecord(item) && typeof item.id === "string" && item.id.trim() !== "" ? item.id : undefined;
  return id === undefined ? { id: where, problem: message } : { id, problem: `${message} (at ${where})` };
}

export function checkContent(input: unknown): ContentReport {
  const parsed = questionnaireSchema.safeParse(input);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => schemaProblem(input, issue.path, issue.message));
    return { ok: false, problems, witnesses: [] };
  }
  const content: Questionnaire = parsed.data;
  const structural = [...checkUniqueIds(content), ...checkReferences(content), ...checkActions(content)];
  // A search over broken references would only repeat their problems less clearly.
  if (structural.length > 0) return { ok: false, problems: structural, witnesses: [] };
  const reachability = checkReachability(content);
  const problems = [...reachability.problems, ...checkUnknownOptions(content), ...checkRuleOrder(content)];
  return { ok: problems.length === 0, problems, witnesses: reachability.witnesses };
}

export function formatProblems(problems: readonly Problem[]): string {
  return problems.map((p) => `- ${p.id}: ${p.problem}`).join("\n");
}
