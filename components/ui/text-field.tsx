import type { UseFormRegisterReturn } from "react-hook-form";

interface TextFieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  registration: UseFormRegisterReturn;
  autoComplete?: string;
  maxLength?: number;
}

/** A labelled text input with its hint and error tied to it by aria-describedby. */
export function TextField({ id, label, hint, error, registration, autoComplete = "off", maxLength }: TextFieldProps) {
  const describedBy = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <div className={error ? "form-group form-group--error" : "form-group"}>
      <label className="label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          <span className="visually-hidden">Error:</span> {error}
        </p>
      ) : null}
      <input
        className="input"
        id={id}
        type="text"
        autoComplete={autoComplete}
        spellCheck={false}
        maxLength={maxLength}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        {...registration}
      />
    </div>
  );
}
