"use client";
/** Which actions a tracker file holds: only those still to do, or all with their status. */
import { useId } from "react";
import type { TrackerOptions } from "@/lib/engine";

export function IncludeChoice({
  value,
  onChange,
  legend = "Which actions",
}: {
  value: TrackerOptions["include"];
  onChange: (value: TrackerOptions["include"]) => void;
  legend?: string;
}) {
  const id = useId();
  return (
    <fieldset className="form-group">
      <legend className="label">{legend}</legend>
      <div className="choices choices--inline">
        <div className="choice">
          <input id={`${id}-open`} type="radio" name={`${id}-include`} checked={value === "open"} onChange={() => onChange("open")} />
          <label htmlFor={`${id}-open`}>Only those still to do</label>
        </div>
        <div className="choice">
          <input id={`${id}-all`} type="radio" name={`${id}-include`} checked={value === "all"} onChange={() => onChange("all")} />
          <label htmlFor={`${id}-all`}>All, with done and not applicable marked</label>
        </div>
      </div>
    </fieldset>
  );
}
