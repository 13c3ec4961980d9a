"use client";
/** Renames a saved assessment in place, validated like the start form. */
import { useForm } from "react-hook-form";
import { checkAssessmentName } from "@/lib/engine";
import { formCheckResolver } from "../ui/form-check-resolver";
import { TextField } from "../ui/text-field";

interface RenameFormProps {
  id: string;
  current: string;
  onSave: (name: string) => void;
  onCancel: () => void;
}

export function RenameForm({ id, current, onSave, onCancel }: RenameFormProps) {
  const { register, handleSubmit, formState } = useForm<{ name: string }, unknown, { name: string }>({
    resolver: formCheckResolver(checkAssessmentName),
    defaultValues: { name: current },
  });
  return (
    <form noValidate className="rename-form" onSubmit={handleSubmit((values) => onSave(values.name))}>
      <TextField id={`rename-${id}`} label="New name" error={formState.errors.name?.message} registration={register("name")} />
      <div className="button-group">
        <button type="submit" className="button">
          Save name
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
