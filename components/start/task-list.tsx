"use client";
/** GOV.UK task list: each area with its status, linking to its questions. */
import { AppLink } from "../ui/app-link";
import type { Area, AreaProgress } from "@/lib/engine";
import { AreaStatusTag } from "../ui/area-status-tag";

export type TaskListArea = Pick<Area, "id" | "title" | "summary">;

export function TaskList({ areas, progress }: { areas: readonly TaskListArea[]; progress: readonly AreaProgress[] | undefined }) {
  return (
    <ol className="task-list" aria-label="Areas to assess">
      {areas.map((area, index) => {
        const own = progress?.find((entry) => entry.area === area.id);
        const statusId = `task-status-${area.id}`;
        return (
          <li key={area.id} className="task-list__item">
            <span className="task-list__name">
              <AppLink href={`/assess/${area.id}`} aria-describedby={own ? statusId : undefined}>
                {index + 1}. {area.title}
              </AppLink>
              <span className="task-list__hint">{area.summary}</span>
            </span>
            {own ? (
              <AreaStatusTag
                id={statusId}
                status={own.status}
                detail={own.status === "in-progress" ? `${own.answered} of ${own.shown}` : undefined}
              />
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
