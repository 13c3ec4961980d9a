/**
 * The one way an assessment enters from outside: a result link, an imported file or a
 * record read back from storage. Each is parsed and validated, its ids carried through
 * the id history, and it is labelled with the current content version, saying which
 * version it was brought up from. Nothing outside the engine parses these itself.
 */
import type { Questionnaire } from "../questionnaire";
import type { IdHistory } from "../share/id-history";
import type { Assessment } from "../assessment";
import type { SharedAssessment } from "../share/shared-assessment";
import { upgradedFrom, type Upgraded } from "./upgraded";

type Content = Pick<Questionnaire, "version" | "questions" | "actions" | "risks">;

export type AdmittedFile =
  | ({ ok: true; assessment: SharedAssessment & Pick<Assessment, "evidence">; unmapped: string[] } & Upgraded)
  | { ok: false; errors: string[] };

/** Loaded on demand: the import's schemas are needed only when someone imports. */
export async function admitFile(text: string, context: { questionnaire: Content; history: IdHistory }): Promise<AdmittedFile> {
  const { parseImport, fileContentVersion } = await import("../exports/parse-import");
  const result = parseImport(text, context.questionnaire, context.history);
  if (!result.ok) return result;
  return { ...result, ...upgradedFrom(fileContentVersion(text) ?? context.questionnaire.version, context.questionnaire.version) };
}
