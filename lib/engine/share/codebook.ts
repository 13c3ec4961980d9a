/**
 * A codebook is the frozen shape of one questionnaire version as result links see it:
 * which question sits at which position, its kind, its options in order, the actions and the risks.
 * Links carry positions, not ids, to stay short; each content version's codebook is kept
 * forever, so a link made today decodes after the questionnaire grows.
 */
import type { Questionnaire } from "../questionnaire";

// Written by hand, so that making and reading links needs no zod; codebook-schema.ts holds
// the schema content/link-codebooks.ts checks the snapshots with, and proves it matches.
export type CodebookQuestion =
  | { id: string; kind: "single"; options: string[] }
  | { id: string; kind: "multi"; options: string[] }
  | { id: string; kind: "scale"; points: number }
  | { id: string; kind: "text"; maxLength: number };

/** `risks` came with link format 2 (risk decisions); older snapshots have none. */
export type Codebook = { contentVersion: string; questions: CodebookQuestion[]; actions: string[]; risks?: string[] | undefined };

export function codebookOf(questionnaire: Pick<Questionnaire, "version" | "questions" | "actions" | "risks">): Codebook {
  return {
    contentVersion: questionnaire.version,
    questions: questionnaire.questions.map((question): CodebookQuestion => {
      switch (question.kind) {
        case "single":
        case "multi":
          return { id: question.id, kind: question.kind, options: question.options.map((option) => option.id) };
        case "scale":
          return { id: question.id, kind: "scale", points: question.scale.length };
        case "text":
          return { id: question.id, kind: "text", maxLength: question.maxLength };
      }
    }),
    actions: questionnaire.actions.map((action) => action.id),
    risks: questionnaire.risks.map((risk) => risk.id),
  };
}
