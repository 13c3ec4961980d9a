import type { AreaStatus } from "@/lib/engine";

const STATUS_TEXT: Readonly<Record<AreaStatus, string>> = {
  "not-started": "Not started",
  "in-progress": "In progress",
  completed: "Completed",
};

/** An area's status as a GOV.UK task-list tag, with an optional detail such as "3 of 5". */
export function AreaStatusTag({ status, id, detail }: { status: AreaStatus; id?: string; detail?: string | undefined }) {
  return (
    <span id={id} className={`tag tag--${status}`}>
      {STATUS_TEXT[status]}
      {detail ? ` (${detail})` : ""}
    </span>
  );
}
