"use client";
/** Names a new assessment and opens its first area, or the page that reads the team's files. */
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useForm } from "react-hook-form";
import { useAssessmentStore } from "@/lib/state/use-assessment-store";
import { ErrorSummary, type FieldError } from "../ui/error-summary";
import { formCheckResolver } from "../ui/form-check-resolver";
import { TextField } from "../ui/text-field";
import { useErrorTitle } from "../ui/use-error-title";
import { checkAssessmentMeta, type AssessmentMetaInput, type AssessmentMetaValues } from "@/lib/engine";

const EVIDENCE_HREF = "/assess/evidence";

export function StartForm({ firstAreaHref, heading }: { firstAreaHref: string; heading: string }) {
  const start = useAssessmentStore((state) => state.start);
  const router = useRouter();
  const [attempt, setAttempt] = useState(0);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<AssessmentMetaInput, unknown, AssessmentMetaValues>({
    resolver: formCheckResolver(checkAssessmentMeta),
    defaultValues: { name: "", assessor: "" },
    shouldFocusError: false,
  });

  const summary: FieldError[] = [
    errors.name?.message ? { href: "assessment-name", message: errors.name.message } : undefined,
    errors.assessor?.message ? { href: "assessor-name", message: errors.assessor.message } : undefined,
  ].filter((error): error is FieldError => error !== undefined);
  useErrorTitle(summary.length > 0);

  const [failure, setFailure] = useState("");
  const onValid = (values: AssessmentMetaValues, destination: string) => {
    try {
      start({ name: values.name, assessor: values.assessor });
      router.push(destination);
    } catch (error) {
      setFailure(
        `The assessment could not be started: ${error instanceof Error ? error.message : String(error)}. Nothing you typed was lost; try again.`,
      );
    }
  };

  // Which submit button was used: the questions, or the team's files first (Enter in a field means the first).
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const destination = submitter instanceof HTMLButtonElement && submitter.value === "files" ? EVIDENCE_HREF : firstAreaHref;
    return handleSubmit(
      (values) => onValid(values, destination),
      () => setAttempt((n) => n + 1),
    )(event);
  };

  return (
    <form className="panel" noValidate aria-labelledby="start-form-title" onSubmit={onSubmit}>
      <h2 id="start-form-title">{heading}</h2>
      <ErrorSummary errors={summary} attempt={attempt} />
      {failure ? (
        <p className="field-error" role="alert">
          {failure}
        </p>
      ) : null}
      <TextField
        id="assessment-name"
        label="What are you assessing?"
        hint="The application, service or team, for example “Payments API” or “Claims platform team”."
        error={errors.name?.message}
        registration={register("name")}
      />
      <TextField
        id="assessor-name"
        label="Your name (optional)"
        hint="Shown on exports, so readers know who to ask."
        error={errors.assessor?.message}
        registration={register("assessor")}
        autoComplete="name"
      />
      <div className="button-group">
        <button type="submit" className="button" disabled={isSubmitting} value="questions">
          Start assessment
        </button>
        <button
          type="submit"
          className="button button--secondary"
          disabled={isSubmitting}
          aria-describedby="start-from-files-hint"
          value="files"
        >
          Start from your files
        </button>
      </div>
      <p className="hint" id="start-from-files-hint">
        Have the Dockerfiles, Compose files or Kubernetes manifests? Start from them: the answers they prove are proposed for you to check,
        and the files are read in this browser, never uploaded.
      </p>
    </form>
  );
}
