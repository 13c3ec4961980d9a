/**
 * Who answered: one voice per response, in an order that does not depend on the order the
 * responses arrived in, so the same responses always give the same labels ("Development 1"
 * is the same person however the files were dropped in).
 */
import type { Answers } from "../answers";
import type { QuestionLogic } from "../questionnaire";
import { resolveVisibility } from "../visibility";
import { TEAM_ROLE_LABELS, TEAM_ROLES, type TeamResponse, type Voice } from "./team-types";

export interface Respondent {
  voice: Voice;
  response: TeamResponse;
  /** Only the answers this respondent's own answers show: a hidden follow-up is not a vote. */
  effective: Answers;
}

/** Code-point order: the same on every machine and locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const respondentOf = (response: TeamResponse): string | undefined => {
  const name = response.respondent?.trim();
  return name ? name : undefined;
};

/** The answers as one string, keys and choices sorted, so equal answer sets compare equal. */
function canonicalAnswers(answers: Answers): string {
  const entries = Object.keys(answers)
    .sort(compareText)
    .map((key) => {
      const value = answers[key];
      return [key, Array.isArray(value) ? [...value].sort(compareText) : value];
    });
  return JSON.stringify(entries);
}

const roleRank = (response: TeamResponse): number => {
  const rank = TEAM_ROLES.indexOf(response.role);
  return rank < 0 ? TEAM_ROLES.length : rank;
};

/**
 * Role, then name, then day, then the answers themselves. Responses still tied are equal in
 * everything the comparison reads, so which of them comes first cannot change the result.
 */
function compareResponsesForOrder(a: TeamResponse, b: TeamResponse): number {
  return (
    roleRank(a) - roleRank(b) ||
    compareText(respondentOf(a) ?? "", respondentOf(b) ?? "") ||
    compareText(a.answeredOn, b.answeredOn) ||
    compareText(canonicalAnswers(a.answers), canonicalAnswers(b.answers))
  );
}

const baseLabel = (response: TeamResponse): string => {
  const name = respondentOf(response);
  const role = TEAM_ROLE_LABELS[response.role];
  return name === undefined ? role : `${role} (${name})`;
};

export function respondentsOf(questionnaire: { questions: readonly QuestionLogic[] }, responses: readonly TeamResponse[]): Respondent[] {
  const ordered = [...responses].sort(compareResponsesForOrder);
  const count = new Map<string, number>();
  for (const response of ordered) count.set(baseLabel(response), (count.get(baseLabel(response)) ?? 0) + 1);
  const seen = new Map<string, number>();
  return ordered.map((response) => {
    const base = baseLabel(response);
    const nth = (seen.get(base) ?? 0) + 1;
    seen.set(base, nth);
    // A numbered label ends in a digit and a plain one in a letter or ")", so they never collide.
    const label = (count.get(base) ?? 0) > 1 ? `${base} ${nth}` : base;
    const respondent = respondentOf(response);
    const voice: Voice = respondent === undefined ? { role: response.role, label } : { role: response.role, respondent, label };
    return { voice, response, effective: resolveVisibility(questionnaire, response.answers).effective };
  });
}
