/**
 * What pages other than the question steps send to the browser: the questionnaire without
 * help text (see withoutQuestionHelp). Imported only by server components.
 */
import { questionnaire } from "@/content/questionnaire";
import { withoutQuestionHelp } from "@/lib/engine";

export const leanQuestionnaire = withoutQuestionHelp(questionnaire);
