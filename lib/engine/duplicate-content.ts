/**
 * Whether an import is one already saved here: the same name, the same answers that count
 * and the same plan decisions. Dates and ids do not count; nor does an answer to a
 * follow-up that is hidden (exports and links may leave those out), the order of choices
 * in a multiple-choice answer, or an untouched "open" decision, which is the same as none.
 */
import type { Answers, AnswerValue } from "./answers";
import { newestFirst, type Assessment, type Decision } from "./assessment";
import type { QuestionLogic } from "./questionnaire";
import { resolveVisibility } from "./visibility";

type Content = Pick<Assessment, "name" | "answers" | "decisions">;

const answerKey = (value: AnswerValue): string => JSON.stringify(Array.isArray(value) ? [...value].sort() : value);

function sameAnswers(a: Answers, b: Answers): boolean {
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every((key) => {
      const other = b[key];
      const value = a[key];
      return other !== undefined && value !== undefined && answerKey(value) === answerKey(other);
    })
  );
}

/** Decisions that say something, each written the same way whatever order its fields came in. */
function decisionKeys(decisions: Readonly<Record<string, Decision>>): string[] {
  return Object.entries(decisions)
    .filter(([, d]) => d.status !== "open" || d.person !== undefined || d.note !== undefined || d.reason !== undefined)
    .map(([id, d]) => JSON.stringify([id, d.status, d.person ?? null, d.note ?? null, d.reason ?? null]))
    .sort();
}

type Questions = { questions: readonly QuestionLogic[] };

export function sameContent(a: Content, b: Content, questionnaire: Questions): boolean {
  const counted = (answers: Answers) => resolveVisibility(questionnaire, answers).effective;
  return (
    a.name.trim() === b.name.trim() &&
    sameAnswers(counted(a.answers), counted(b.answers)) &&
    JSON.stringify(decisionKeys(a.decisions)) === JSON.stringify(decisionKeys(b.decisions))
  );
}

/** The most recently changed saved assessment with the same content, if there is one. */
export function findDuplicate(
  candidate: Content,
  saved: Readonly<Record<string, Assessment>>,
  questionnaire: Questions,
): Assessment | undefined {
  return Object.values(saved)
    .filter((assessment) => sameContent(candidate, assessment, questionnaire))
    .sort(newestFirst)[0];
}
