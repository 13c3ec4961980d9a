/**
 * What the wizard says beside a programme-level answer of an application that joined a
 * programme: taken from the programme, behind a change the programme has since made, or
 * the team's own answer where the programme says something else. Nothing changes an answer.
 */
import { answerOf, type Answers } from "../answers";
import { answerText } from "../answer-text";
import type { Question } from "../questionnaire";
import type { LevelContent } from "./levels";
import { inheritanceOf } from "./inheritance";
import type { Programme } from "./programme";

type Content = { areas: LevelContent["areas"]; questions: readonly Question[] };

export interface InheritanceNote {
  state: "inherited" | "behind" | "local";
  text: string;
}

/** The programme an assessment belongs to, if any: the first that lists it. */
export function programmeOf(programmes: readonly Programme[], assessmentId: string): Programme | undefined {
  return programmes.find((programme) => programme.members.some((member) => member.assessmentId === assessmentId));
}

export function inheritanceNotes(
  questionnaire: Content,
  programme: Programme,
  assessmentId: string,
  answers: Answers,
): Record<string, InheritanceNote> {
  const member = programme.members.find((entry) => entry.assessmentId === assessmentId);
  if (!member) return {};
  const notes: Record<string, InheritanceNote> = {};
  const byId = new Map(questionnaire.questions.map((question) => [question.id, question]));
  for (const [id, state] of Object.entries(inheritanceOf(questionnaire, programme, member, answers))) {
    const question = byId.get(id);
    if (!question) continue;
    const theirs = answerText(question, answerOf(programme.answers, id));
    const text =
      state === "inherited"
        ? `Inherited from the programme “${programme.name}”. Changing it here makes it this application’s own answer.`
        : state === "behind"
          ? `Inherited from the programme “${programme.name}”, which now answers “${theirs}”. Pass the change on from the portfolio, or keep this answer.`
          : `This application’s own answer; the programme “${programme.name}” answers “${theirs}”.`;
    notes[id] = { state, text };
  }
  return notes;
}
