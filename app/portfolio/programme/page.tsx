import type { Metadata } from "next";
import { ProgrammeQuestions } from "@/components/portfolio/programme-questions";
import { browserQuestionnaire } from "@/content/browser-questionnaire";
import { questionnaire } from "@/content/questionnaire";
import { programmeQuestionIds, questionLogic } from "@/lib/engine";

export const metadata: Metadata = { title: "Programme questions" };

export default function ProgrammeQuestionsPage() {
  const ids = new Set(programmeQuestionIds(questionnaire));
  const questions = questionnaire.questions.filter((question) => ids.has(question.id));
  const content = {
    areas: questionnaire.areas.map(({ id, title }) => ({ id, title })),
    questions,
    logic: questionLogic(questions),
    questionnaire: browserQuestionnaire,
  };
  return (
    <>
      <h1 id="page-heading" tabIndex={-1}>
        Programme questions
      </h1>
      <p className="lead">
        The questions about the organisation rather than one application, answered once. Applications added to the programme start from
        these answers; a later change is offered to them, never applied without asking.
      </p>
      <ProgrammeQuestions content={content} />
    </>
  );
}
