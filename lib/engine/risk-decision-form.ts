/**
 * What a person types to accept a risk or record that it is mitigated another way. An
 * accepted risk needs a reason, who accepted it and a day to look at it again (after
 * today: a decision due the day it is taken decides nothing); a mitigation needs to say
 * how, and may have a review day. Plain rules, so the form loads no zod.
 */
import type { FieldProblem, FormCheck } from "./assessment-meta";
import { NOTE_MAX_LENGTH, PERSON_MAX_LENGTH, type RiskDecisionKind } from "./assessment";
import { ISO_DATE } from "./check/iso-datetime";
import { codePointLength } from "./check/text";
import { hasVisibleText, visibleText } from "./visible-text";

export interface RiskDecisionInput {
  /** Null when no choice is made (as a form library reads an empty radio group). */
  kind: RiskDecisionKind | "" | null;
  reason: string;
  by: string;
  /** As a date field gives it: YYYY-MM-DD, or empty. */
  reviewOn: string;
}

export interface RiskDecisionValues {
  kind: RiskDecisionKind;
  reason: string;
  by: string;
  reviewOn: string;
}

type Field = keyof RiskDecisionInput;

const problem = (message: string, type: FieldProblem["type"] = "custom"): FieldProblem => ({ message, type });

function reasonProblem(kind: RiskDecisionKind | "", reason: string): FieldProblem | undefined {
  if (!hasVisibleText(reason))
    return problem(kind === "mitigated" ? "Say how the risk is mitigated instead" : "Say why the team accepts this risk");
  if (codePointLength(reason) > NOTE_MAX_LENGTH) return problem(`The reason must be ${NOTE_MAX_LENGTH} characters or fewer`, "too_big");
  return undefined;
}

function byProblem(kind: RiskDecisionKind | "", by: string): FieldProblem | undefined {
  if (kind === "accepted" && !hasVisibleText(by)) return problem("Say who accepted the risk");
  if (codePointLength(by) > PERSON_MAX_LENGTH) return problem(`The name must be ${PERSON_MAX_LENGTH} characters or fewer`, "too_big");
  return undefined;
}

function reviewProblem(kind: RiskDecisionKind | "", reviewOn: string, today: string): FieldProblem | undefined {
  if (reviewOn === "") return kind === "accepted" ? problem("Choose a day to review this decision") : undefined;
  if (!ISO_DATE.test(reviewOn)) return problem("Enter the review day as a date, for example 2027-03-31");
  if (reviewOn <= today) return problem(`The review day must be after today (${today})`);
  return undefined;
}

/** A radio group with nothing chosen reads as null in a form library, not as "". */
const kindOf = (value: unknown): RiskDecisionKind | "" => (value === "accepted" || value === "mitigated" ? value : "");

export function checkRiskDecisionForm(raw: RiskDecisionInput, today: string): FormCheck<Field, RiskDecisionValues> {
  const input = { ...raw, kind: kindOf(raw.kind) };
  const reason = visibleText(input.reason);
  const by = visibleText(input.by);
  const reviewOn = input.reviewOn.trim();
  const errors: Partial<Record<Field, FieldProblem>> = {};
  if (input.kind === "") errors.kind = problem("Choose whether the team accepts the risk or mitigates it another way");
  const reasonIssue = reasonProblem(input.kind, reason);
  if (reasonIssue) errors.reason = reasonIssue;
  const byIssue = byProblem(input.kind, by);
  if (byIssue) errors.by = byIssue;
  const reviewIssue = reviewProblem(input.kind, reviewOn, today);
  if (reviewIssue) errors.reviewOn = reviewIssue;
  if (input.kind === "" || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, values: { kind: input.kind, reason, by, reviewOn } };
}
