import type { ChangeEvent } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";

/** A field held in the component's own state, for a form too small for react-hook-form. */
interface ControlledInput {
  value: string;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
}

interface TextFieldBase {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  autoComplete?: string;
  maxLength?: number;
}

/** react-hook-form's registration, or the value and its change handler. */
type TextFieldProps = TextFieldBase & ({ registration: UseFormRegisterReturn } | ControlledInput);

/** A labelled text input with its hint and error tied to it by aria-describedby. */
export function TextField(props: TextFieldProps) {
  const { id, label, hint, error, autoComplete = "off", maxLength } = props;
  const input = "registration" in props ? props.registration : { value: props.value, onChange: props.onChange };
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
        {...input}
      />
    </div>
  );
}
