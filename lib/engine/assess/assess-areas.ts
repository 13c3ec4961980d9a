/**
 * Each area's progress in words: status, counts, the questions shown with their answers,
 * and what is still missing. Needs only the questions and the answers, so the review and
 * the start page get it without the risks and the plan.
 */
import { answerOf, isAnswered, isUnknownAnswer, type Answers } from "../answers";
import { answerLabels, answerText } from "../answer-text";
import { areaProgress } from "../progress";
import type { Area, Question } from "../questionnaire";
import { resolveVisibility, type Visibility } from "../visibility";
import { problemOf } from "./area-check";
import type { AreaProgressView } from "./assessment-view";

type AreasContent = { areas: readonly Pick<Area, "id" | "title" | "shortTitle">[]; questions: readonly Question[] };

export function assessAreasFrom(
  content: AreasContent,
  visibility: Visibility,
  evidence: Readonly<Record<string, string>> = {},
): AreaProgressView[] {
  const shown = new Set(visibility.visible);
  const progress = areaProgress(content, visibility);
  return content.areas.map((area) => {
    const counts = progress.find((p) => p.area === area.id);
    const questions = content.questions
      .filter((question) => question.area === area.id && shown.has(question.id))
      .map((question) => {
        const answer = answerOf(visibility.effective, question.id);
        const citation = isAnswered(answer) && Object.hasOwn(evidence, question.id) ? evidence[question.id] : undefined;
        return {
          question,
          answer,
          answerText: answerText(question, answer),
          answerLabels: answerLabels(question, answer),
          answered: isAnswered(answer),
          ...(citation ? { evidence: citation } : {}),
        };
      });
    const answered = questions.filter((view) => view.answered);
    const known = answered.filter((view) => !isUnknownAnswer(view.question, view.answer)).length;
    const knownShare = answered.length === 0 ? null : Math.round((100 * known) / answered.length);
    return {
      id: area.id,
      title: area.title,
      shortTitle: area.shortTitle ?? area.title,
      status: counts?.status ?? "not-started",
      shown: counts?.shown ?? 0,
      answered: counts?.answered ?? 0,
      requiredShown: counts?.requiredShown ?? 0,
      questions,
      unansweredRequired: questions
        .filter((view) => problemOf(view.question, view.answer)?.kind === "unanswered")
        .map((view) => view.question),
      known,
      knownShare,
      knownLabel: knownShare === null ? "Nothing answered yet" : `${knownShare}% known (${known} of ${answered.length} answers)`,
    };
  });
}

export function assessAreas(content: AreasContent, answers: Answers, evidence?: Readonly<Record<string, string>>): AreaProgressView[] {
  return assessAreasFrom(content, resolveVisibility(content, answers), evidence);
}
