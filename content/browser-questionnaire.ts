/**
 * What pages other than the question steps send to the browser: the questionnaire without
 * the questions' help text (see forBrowser). Imported only by server components.
 */
import { forBrowser } from "@/lib/engine";
import { questionnaire } from "./questionnaire";

export const browserQuestionnaire = forBrowser(questionnaire);
