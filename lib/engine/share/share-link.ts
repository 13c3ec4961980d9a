/**
 * The result link of an assessment: only the answers that count, the sender's local day,
 * the codebook of the current content, and, when notes would make the link too long to
 * paste into chat or mail, the decisions without their text (the caller says so).
 */
import type { Assessment } from "../assessment";
import { localDayStamp } from "../calendar-day";
import type { Questionnaire } from "../questionnaire";
import { codebookOf } from "./codebook";
import { encodeLink } from "./encode-link";
import { shareableAssessment } from "./shareable-assessment";

/** Beyond this a link is unwieldy to paste into chat or mail (and older tools cut it off). */
export const LONG_LINK = 2000;

export interface ShareLink {
  /** What goes after "/shared#". */
  fragment: string;
  /** The plan decisions' notes, people and reasons, and the risk decisions' reasons and names, were left out to keep the link short. */
  trimmed: boolean;
}

function statusesOnly(decisions: Assessment["decisions"]): Assessment["decisions"] {
  return Object.fromEntries(Object.entries(decisions).map(([id, decision]) => [id, { status: decision.status }]));
}

/** Risk decisions keep their kind, days and basis; the reason and who decided stay behind. */
function withoutTexts(decisions: Assessment["riskDecisions"]): Assessment["riskDecisions"] {
  if (!decisions) return undefined;
  return Object.fromEntries(Object.entries(decisions).map(([id, { reason: _reason, by: _by, ...rest }]) => [id, rest]));
}

export function makeShareLink(
  questionnaire: Pick<Questionnaire, "version" | "questions" | "actions" | "risks">,
  assessment: Assessment,
  { codebookIndex, timeZone }: { codebookIndex: number; timeZone: string },
): ShareLink {
  const codebook = codebookOf(questionnaire);
  const shared = { ...shareableAssessment(questionnaire, assessment), updatedAt: localDayStamp(new Date(assessment.updatedAt), timeZone) };
  const fragment = encodeLink(shared, codebook, codebookIndex);
  if (fragment.length <= LONG_LINK) return { fragment, trimmed: false };
  const short = { ...shared, decisions: statusesOnly(shared.decisions), riskDecisions: withoutTexts(shared.riskDecisions) };
  return { fragment: encodeLink(short, codebook, codebookIndex), trimmed: true };
}
