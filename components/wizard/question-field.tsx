"use client";
/**
 * One question as a GOV.UK question: a fieldset whose legend is the prompt, the help text
 * and any error tied to it by aria-describedby, then native inputs with labels.
 */
import type { UseFormRegister } from "react-hook-form";
import { evidencePhrase, type Question } from "@/lib/engine";
import { fieldName, questionDomId } from "../ui/field-names";
import type { StepValues } from "./form-values";
import { QuestionInputs } from "./question-inputs";

interface QuestionFieldProps {
  question: Question;
  register: UseFormRegister<StepValues>;
  error: string | undefined;
  /** Where in the step this question sits, e.g. a follow-up. */
  followUp: boolean;
  /** Where the saved answer came from, when it was accepted from the team's files. */
  evidence?: string | undefined;
  /** For an application in a programme: whether the answer is the programme's, behind it, or its own. */
  inheritance?: string | undefined;
}

export function QuestionField({ question, register, error, followUp, evidence, inheritance }: QuestionFieldProps) {
  const domId = questionDomId(question.id);
  const describedBy = [
    `${domId}-help`,
    evidence ? `${domId}-evidence` : "",
    inheritance ? `${domId}-inheritance` : "",
    error ? `${domId}-error` : "",
  ]
    .filter(Boolean)
    .join(" ");
  const classes = ["form-group", followUp ? "form-group--follow-up" : "", error ? "form-group--error" : ""];
  return (
    <div className={classes.filter(Boolean).join(" ")} id={domId}>
      <fieldset aria-describedby={describedBy}>
        <legend id={`${domId}-legend`}>
          {question.prompt}
          {question.required ? null : <span className="legend-optional"> (optional)</span>}
        </legend>
        <p className="hint" id={`${domId}-help`}>
          {question.help}
        </p>
        {evidence ? (
          <p className="evidence-cite" id={`${domId}-evidence`}>
            {evidencePhrase(evidence)}. Changing the answer here makes it yours.
          </p>
        ) : null}
        {inheritance ? (
          <p className="inheritance-note" id={`${domId}-inheritance`}>
            {inheritance}
          </p>
        ) : null}
        {error ? (
          <p className="field-error" id={`${domId}-error`}>
            <span className="visually-hidden">Error:</span> {error}
          </p>
        ) : null}
        <QuestionInputs question={question} registration={register(fieldName(question.id))} invalid={error !== undefined} />
      </fieldset>
    </div>
  );
}
