"use client";
/**
 * Accept a risk, or record that it is mitigated another way: what, why or how, who, and
 * the day to look at it again. Checked by the engine's rules; each problem sits by its field.
 */
import { useEffect, useRef } from "react";
import { useForm, useWatch } from "react-hook-form";
import { checkRiskDecisionForm, NOTE_MAX_LENGTH, PERSON_MAX_LENGTH, type RiskDecisionInput, type RiskDecisionValues } from "@/lib/engine";
import { formCheckResolver } from "../ui/form-check-resolver";

interface RiskDecisionFormProps {
  riskId: string;
  riskTitle: string;
  today: string;
  initial: RiskDecisionInput;
  onSave: (values: RiskDecisionValues) => void;
  onCancel: () => void;
}

const KIND_CHOICES = [
  { value: "accepted", label: "Accept the risk", hint: "The team lives with it for now; the plan stops prioritising its actions." },
  { value: "mitigated", label: "Mitigated another way", hint: "Something outside this plan already deals with it." },
] as const;

export function RiskDecisionForm({ riskId, riskTitle, today, initial, onSave, onCancel }: RiskDecisionFormProps) {
  const { register, handleSubmit, formState, control } = useForm<RiskDecisionInput, unknown, RiskDecisionValues>({
    resolver: formCheckResolver((input: RiskDecisionInput) => checkRiskDecisionForm(input, today)),
    defaultValues: initial,
  });
  const kind = useWatch({ control, name: "kind" });
  const form = useRef<HTMLFormElement>(null);
  // Opened on request: the keyboard user lands in it, on the first choice.
  useEffect(() => form.current?.querySelector<HTMLInputElement>("input")?.focus(), []);
  const id = (part: string) => `risk-${riskId}-decision-${part}`;
  const errors = formState.errors;
  const describe = (field: keyof RiskDecisionInput, hint?: boolean) =>
    [hint ? id(`${field}-hint`) : "", errors[field] ? id(`${field}-error`) : ""].filter(Boolean).join(" ") || undefined;
  const error = (field: keyof RiskDecisionInput) =>
    errors[field]?.message ? (
      <p className="field-error" id={id(`${field}-error`)}>
        <span className="visually-hidden">Error:</span> {errors[field].message}
      </p>
    ) : null;
  return (
    <form ref={form} noValidate className="risk-decision-form" onSubmit={handleSubmit(onSave)} aria-label={`Decision on “${riskTitle}”`}>
      <div className={errors.kind ? "form-group form-group--error" : "form-group"}>
        <fieldset aria-describedby={describe("kind")}>
          <legend className="label">What does the team decide?</legend>
          {error("kind")}
          <div className="choices">
            {KIND_CHOICES.map((choice) => (
              <div className="choice" key={choice.value}>
                <input
                  type="radio"
                  id={id(choice.value)}
                  value={choice.value}
                  aria-describedby={id(`${choice.value}-hint`)}
                  {...register("kind")}
                />
                <label htmlFor={id(choice.value)}>{choice.label}</label>
                <p className="hint" id={id(`${choice.value}-hint`)}>
                  {choice.hint}
                </p>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
      <div className={errors.reason ? "form-group form-group--error" : "form-group"}>
        <label className="label" htmlFor={id("reason")}>
          {kind === "mitigated" ? "How it is mitigated" : "Why the team accepts it"}
        </label>
        {error("reason")}
        <textarea
          className="input"
          id={id("reason")}
          rows={3}
          maxLength={NOTE_MAX_LENGTH}
          aria-invalid={errors.reason ? true : undefined}
          aria-describedby={describe("reason")}
          {...register("reason")}
        />
      </div>
      <div className={errors.by ? "form-group form-group--error" : "form-group"}>
        <label className="label" htmlFor={id("by")}>
          {kind === "mitigated" ? (
            <>
              Who decided <span className="legend-optional">(optional)</span>
            </>
          ) : (
            "Who accepted it"
          )}
        </label>
        {error("by")}
        <input
          className="input"
          id={id("by")}
          type="text"
          autoComplete="off"
          maxLength={PERSON_MAX_LENGTH}
          aria-invalid={errors.by ? true : undefined}
          aria-describedby={describe("by")}
          {...register("by")}
        />
      </div>
      <div className={errors.reviewOn ? "form-group form-group--error" : "form-group"}>
        <label className="label" htmlFor={id("reviewOn")}>
          Review on {kind === "mitigated" ? <span className="legend-optional">(optional)</span> : null}
        </label>
        <p className="hint" id={id("reviewOn-hint")}>
          After this day the risk is back among those to deal with until the team decides again. It also comes back if the answers that
          raise it change.
        </p>
        {error("reviewOn")}
        <input
          className="input input--date"
          id={id("reviewOn")}
          type="date"
          min={today}
          aria-invalid={errors.reviewOn ? true : undefined}
          aria-describedby={describe("reviewOn", true)}
          {...register("reviewOn")}
        />
      </div>
      <div className="button-group">
        <button type="submit" className="button">
          Save the decision
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
