"use client";
/** The native inputs of a question: radios, checkboxes, a scale of radios, or a text area. */
import type { UseFormRegisterReturn } from "react-hook-form";
import type { Question } from "@/lib/engine";
import { firstInputId, questionDomId } from "../ui/field-names";

interface Choice {
  value: string;
  label: string;
  hint?: string | undefined;
}

function choicesOf(question: Question): Choice[] {
  switch (question.kind) {
    case "single":
    case "multi":
      return question.options.map((option) => ({ value: option.id, label: option.label, hint: option.hint }));
    case "scale":
      return question.scale.map((label, index) => ({ value: String(index + 1), label: `${index + 1} — ${label}` }));
    case "text":
      return [];
  }
}

interface QuestionInputsProps {
  question: Question;
  registration: UseFormRegisterReturn;
  invalid: boolean;
}

export function QuestionInputs({ question, registration, invalid }: QuestionInputsProps) {
  const domId = questionDomId(question.id);
  if (question.kind === "text") {
    // The limit is the saved record's, so a long paste is cut here, not lost on the next load.
    return (
      <>
        <textarea
          className="input"
          id={firstInputId(question.id)}
          rows={3}
          maxLength={question.maxLength}
          aria-labelledby={`${domId}-legend`}
          aria-describedby={`${domId}-help ${domId}-limit`}
          aria-invalid={invalid || undefined}
          {...registration}
        />
        <p className="hint hint--limit" id={`${domId}-limit`}>
          Up to {question.maxLength} characters.
        </p>
      </>
    );
  }
  const type = question.kind === "multi" ? "checkbox" : "radio";
  return (
    <div className={question.kind === "scale" ? "choices choices--scale" : "choices"}>
      {choicesOf(question).map((choice, index) => {
        const inputId = `${domId}-${index}`;
        return (
          <div className="choice" key={choice.value}>
            <input
              id={inputId}
              type={type}
              value={choice.value}
              aria-describedby={choice.hint ? `${inputId}-hint` : undefined}
              {...registration}
            />
            <label htmlFor={inputId}>{choice.label}</label>
            {choice.hint ? (
              <span className="choice__hint" id={`${inputId}-hint`}>
                {choice.hint}
              </span>
            ) : null}
          </div>
        );
      })}
    </div>
  );
}
